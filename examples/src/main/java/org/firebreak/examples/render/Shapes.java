package org.firebreak.examples.render;

import java.awt.geom.Path2D;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/**
 * Turns JTS geometries (metres) into Java2D paths, in the same metres (to transform as they are
 * drawn, as the GUI's cached layers do) or in an image's pixels through a {@link MapFrame}.
 */
public final class Shapes {
    private Shapes() {
    }

    /**
     * @param g any geometry: polygons become closed rings (holes by the even-odd rule), lines open paths
     * @param into the path to add to
     */
    public static void append(Geometry g, Path2D.Double into) {
        for (int i = 0; i < g.getNumGeometries(); i++) {
            Geometry part = g.getGeometryN(i);
            if (part instanceof Polygon p) {
                ring(p.getExteriorRing().getCoordinates(), into, true);
                for (int h = 0; h < p.getNumInteriorRing(); h++) {
                    ring(p.getInteriorRingN(h).getCoordinates(), into, true);
                }
            } else if (part instanceof LineString l) {
                ring(l.getCoordinates(), into, false);
            } else if (part != g) {
                // a collection inside a collection
                append(part, into);
            }
        }
    }

    /**
     * @param g a geometry
     * @return its path
     */
    public static Path2D.Double of(Geometry g) {
        Path2D.Double p = new Path2D.Double(Path2D.WIND_EVEN_ODD);
        append(g, p);
        return p;
    }

    /**
     * @param g polygons, lines or collections of them (points are skipped)
     * @param frame where metres land in the image
     * @return one path in the image's pixels; polygons with holes fill by the even-odd rule
     */
    public static Path2D.Double of(Geometry g, MapFrame frame) {
        return new Path2D.Double(of(g), frame.transform());
    }

    private static void ring(Coordinate[] cs, Path2D.Double into, boolean close) {
        if (cs.length == 0) {
            return;
        }
        into.moveTo(cs[0].x, cs[0].y);
        for (int i = 1; i < cs.length; i++) {
            into.lineTo(cs[i].x, cs[i].y);
        }
        if (close) {
            into.closePath();
        }
    }
}
