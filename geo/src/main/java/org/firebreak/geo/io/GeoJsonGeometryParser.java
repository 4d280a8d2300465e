package org.firebreak.geo.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * Builds JTS geometries from GeoJSON geometry objects (RFC 7946 section 3.1). Built here rather than
 * with JTS' own GeoJSON reader so that every mistake is reported with its path inside the geometry
 * ({@code coordinates[0][3]}) instead of a class-cast exception.
 *
 * <p>Only x and y are kept: the simulation is planar and takes elevation from rasters.
 */
final class GeoJsonGeometryParser {

    /** A problem found inside a geometry; the reader adds the file and feature. */
    static final class Problem extends Exception {
        private static final long serialVersionUID = 1L;

        Problem(String message) {
            super(message);
        }
    }

    private final GeometryFactory factory;
    private final boolean lonLat;

    /**
     * @param lonLat whether coordinates are WGS 84 longitude/latitude and are to be range-checked
     */
    GeoJsonGeometryParser(GeometryFactory factory, boolean lonLat) {
        this.factory = factory;
        this.lonLat = lonLat;
    }

    Geometry parse(JsonNode node) throws Problem {
        return parse(node, "geometry");
    }

    private Geometry parse(JsonNode node, String path) throws Problem {
        if (!node.isObject()) {
            throw new Problem(path + " must be a GeoJSON geometry object, got " + kind(node));
        }
        JsonNode typeNode = node.get("type");
        if (typeNode == null || !typeNode.isTextual()) {
            throw new Problem(path + " has no \"type\"; expected Point, LineString, Polygon, MultiPoint, "
                    + "MultiLineString, MultiPolygon or GeometryCollection");
        }
        String type = typeNode.asText();
        if (type.equals("GeometryCollection")) {
            JsonNode members = array(node.get("geometries"), path + ".geometries");
            List<Geometry> parts = new ArrayList<>();
            for (int i = 0; i < members.size(); i++) {
                parts.add(parse(members.get(i), path + ".geometries[" + i + "]"));
            }
            return factory.createGeometryCollection(parts.toArray(Geometry[]::new));
        }
        String at = path + ".coordinates";
        JsonNode coordinates = array(node.get("coordinates"), at);
        switch (type) {
            case "Point":
                return factory.createPoint(position(coordinates, at));
            case "MultiPoint": {
                Point[] points = new Point[coordinates.size()];
                for (int i = 0; i < points.length; i++) {
                    points[i] = factory.createPoint(position(coordinates.get(i), at + "[" + i + "]"));
                }
                return factory.createMultiPoint(points);
            }
            case "LineString":
                return line(coordinates, at);
            case "MultiLineString": {
                LineString[] lines = new LineString[coordinates.size()];
                for (int i = 0; i < lines.length; i++) {
                    lines[i] = line(array(coordinates.get(i), at + "[" + i + "]"), at + "[" + i + "]");
                }
                return factory.createMultiLineString(lines);
            }
            case "Polygon":
                return polygon(coordinates, at);
            case "MultiPolygon": {
                Polygon[] polygons = new Polygon[coordinates.size()];
                for (int i = 0; i < polygons.length; i++) {
                    polygons[i] = polygon(array(coordinates.get(i), at + "[" + i + "]"), at + "[" + i + "]");
                }
                return factory.createMultiPolygon(polygons);
            }
            default:
                throw new Problem(path + " has unknown type \"" + type + "\"; expected Point, LineString, Polygon, "
                        + "MultiPoint, MultiLineString, MultiPolygon or GeometryCollection");
        }
    }

    private LineString line(JsonNode positions, String path) throws Problem {
        Coordinate[] coordinates = positions(positions, path);
        if (coordinates.length < 2) {
            throw new Problem(path + " has " + coordinates.length + " position(s); a LineString needs at least 2");
        }
        return factory.createLineString(coordinates);
    }

    private Polygon polygon(JsonNode rings, String path) throws Problem {
        if (rings.isEmpty()) {
            throw new Problem(path + " has no rings; a Polygon needs an exterior ring");
        }
        LinearRing shell = ring(array(rings.get(0), path + "[0]"), path + "[0]");
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 1; i < rings.size(); i++) {
            holes[i - 1] = ring(array(rings.get(i), path + "[" + i + "]"), path + "[" + i + "]");
        }
        return factory.createPolygon(shell, holes);
    }

    private LinearRing ring(JsonNode positions, String path) throws Problem {
        Coordinate[] coordinates = positions(positions, path);
        if (coordinates.length < 4) {
            throw new Problem(path + " has " + coordinates.length + " position(s); a linear ring needs at least 4");
        }
        if (!coordinates[0].equals2D(coordinates[coordinates.length - 1])) {
            throw new Problem(path + " is not closed; a linear ring's last position must equal its first");
        }
        return factory.createLinearRing(coordinates);
    }

    private Coordinate[] positions(JsonNode positions, String path) throws Problem {
        Coordinate[] coordinates = new Coordinate[positions.size()];
        for (int i = 0; i < coordinates.length; i++) {
            coordinates[i] = position(positions.get(i), path + "[" + i + "]");
        }
        return coordinates;
    }

    private Coordinate position(JsonNode position, String path) throws Problem {
        if (!position.isArray() || position.size() < 2 || !position.get(0).isNumber() || !position.get(1).isNumber()) {
            throw new Problem(path + " must be a position [x, y] of at least two numbers, got " + position);
        }
        double x = position.get(0).asDouble();
        double y = position.get(1).asDouble();
        if (lonLat && (!(x >= -180 && x <= 180) || !(y >= -90 && y <= 90))) {
            throw new Problem(String.format(Locale.ROOT, "%s is (%s, %s), outside WGS 84 longitude -180..180 and "
                    + "latitude -90..90; GeoJSON positions are [longitude, latitude] (RFC 7946)", path, x, y));
        }
        return new Coordinate(x, y);
    }

    private static JsonNode array(JsonNode node, String path) throws Problem {
        if (node == null || !node.isArray()) {
            throw new Problem(path + " must be an array, got " + kind(node));
        }
        return node;
    }

    private static String kind(JsonNode node) {
        return node == null || node.isMissingNode() ? "nothing" : node.getNodeType().name().toLowerCase(Locale.ROOT);
    }
}
