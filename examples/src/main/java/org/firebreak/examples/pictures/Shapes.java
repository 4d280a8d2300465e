package org.firebreak.examples.pictures;

import java.awt.geom.Path2D;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/** JTS geometries in metres as Java 2D paths in image pixels, through a {@link MapFrame}. */
final class Shapes {
    private Shapes() {
    }

    /**
     * @param geometry polygons, lines or collections of them (points are skipped)
     * @param frame where metres land in the image
     * @return one path; polygons with holes fill by the even-odd rule
     */
    static Path2D.Double of(Geometry geometry, MapFrame frame) {
        Path2D.Double path = new Path2D.Double(Path2D.WIND_EVEN_ODD);
        add(path, geometry, frame);
        return path;
    }

    private static void add(Path2D.Double path, Geometry g, MapFrame frame) {
        if (g instanceof Polygon p) {
            ring(path, p.getExteriorRing().getCoordinates(), frame, true);
            for (int i = 0; i < p.getNumInteriorRing(); i++) {
                ring(path, p.getInteriorRingN(i).getCoordinates(), frame, true);
            }
        } else if (g instanceof LineString l) {
            ring(path, l.getCoordinates(), frame, false);
        } else {
            for (int i = 0; i < g.getNumGeometries(); i++) {
                Geometry part = g.getGeometryN(i);
                if (part != g) {
                    add(path, part, frame);
                }
            }
        }
    }

    private static void ring(Path2D.Double path, Coordinate[] cs, MapFrame frame, boolean close) {
        if (cs.length == 0) {
            return;
        }
        path.moveTo(frame.px(cs[0].x), frame.py(cs[0].y));
        for (int i = 1; i < cs.length; i++) {
            path.lineTo(frame.px(cs[i].x), frame.py(cs[i].y));
        }
        if (close) {
            path.closePath();
        }
    }
}
