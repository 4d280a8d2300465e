package org.firebreak.frontier.scenario;

import java.util.List;
import org.firebreak.core.terrain.GeoReference;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

/** Source areas as polygons, in degrees for checking and in a terrain's metres for spawning. */
public final class SourceAreas {
    private static final GeometryFactory FACTORY = new GeometryFactory();

    private SourceAreas() {
    }

    /**
     * @param vertices the outline, not closed
     * @return the polygon in degrees
     */
    public static Polygon polygon(List<LonLat> vertices) {
        Coordinate[] c = new Coordinate[vertices.size() + 1];
        for (int i = 0; i < vertices.size(); i++) {
            c[i] = new Coordinate(vertices.get(i).lon(), vertices.get(i).lat());
        }
        c[vertices.size()] = c[0];
        return FACTORY.createPolygon(c);
    }

    /**
     * @param vertices the outline, not closed
     * @param reference the terrain's geographic reference
     * @return the polygon in the terrain's metres
     */
    public static Polygon inMetres(List<LonLat> vertices, GeoReference reference) {
        Coordinate[] c = new Coordinate[vertices.size() + 1];
        for (int i = 0; i < vertices.size(); i++) {
            double[] xy = reference.metres(vertices.get(i).lon(), vertices.get(i).lat());
            c[i] = new Coordinate(xy[0], xy[1]);
        }
        c[vertices.size()] = c[0];
        return FACTORY.createPolygon(c);
    }
}
