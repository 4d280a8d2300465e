package org.firebreak.geo.io;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.locationtech.jts.algorithm.Area;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.algorithm.PointLocation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * Reads the geometries of a {@code .shp} file (ESRI Shapefile Technical Description, 1998).
 *
 * <p>Supported shape types: Point, MultiPoint, PolyLine, Polygon and their Z and M variants, of
 * which only X and Y are read (the simulation is planar). Like GeoTools' own store, polygons come
 * out as MultiPolygon and polylines as MultiLineString, whatever their number of parts, so that a
 * layer has one geometry type. MultiPatch is refused.
 *
 * <p>Polygon rings follow the specification: clockwise rings are outer rings, counter-clockwise
 * rings are holes, each given to the smallest outer ring that contains it. A counter-clockwise ring
 * inside no outer ring is taken as an outer ring of its own, as GDAL does.
 */
final class ShpGeometryReader {

    static final int HEADER_BYTES = 100;
    private static final int FILE_CODE = 9994;
    private static final Set<Integer> POINT = Set.of(1, 11, 21);
    private static final Set<Integer> POLYLINE = Set.of(3, 13, 23);
    private static final Set<Integer> POLYGON = Set.of(5, 15, 25);
    private static final Set<Integer> MULTIPOINT = Set.of(8, 18, 28);

    private final String source;
    private final GeometryFactory factory;

    ShpGeometryReader(String source, GeometryFactory factory) {
        this.source = source;
        this.factory = factory;
    }

    /**
     * @param shp the whole {@code .shp} file
     * @return one geometry per record, in order; {@code null} for a Null shape
     */
    List<Geometry> read(byte[] shp) throws GisInputException {
        if (shp.length < HEADER_BYTES) {
            throw truncated("the file has " + shp.length + " bytes, fewer than the 100-byte header");
        }
        ByteBuffer buffer = ByteBuffer.wrap(shp).order(ByteOrder.BIG_ENDIAN);
        int code = buffer.getInt(0);
        if (code != FILE_CODE) {
            throw GisInputException.of(source, "not an ESRI Shapefile: file code " + code + ", expected 9994");
        }
        long declared = 2L * buffer.getInt(24);
        if (declared > shp.length) {
            throw truncated("the header gives a length of " + declared + " bytes but the file has " + shp.length);
        }
        int shapeType = buffer.order(ByteOrder.LITTLE_ENDIAN).getInt(32);
        if (!POINT.contains(shapeType) && !POLYLINE.contains(shapeType) && !POLYGON.contains(shapeType)
                && !MULTIPOINT.contains(shapeType)) {
            throw GisInputException.of(source, "unsupported shape type " + shapeType
                    + "; expected Point, MultiPoint, PolyLine or Polygon (with or without Z or M)");
        }
        List<Geometry> geometries = new ArrayList<>();
        int offset = HEADER_BYTES;
        while (offset < declared) {
            int recordNumber = geometries.size() + 1;
            if (offset + 8 > declared) {
                throw truncated("record " + recordNumber + " at byte " + offset + " has an incomplete header");
            }
            int contentBytes = 2 * buffer.order(ByteOrder.BIG_ENDIAN).getInt(offset + 4);
            if (contentBytes < 4 || offset + 8L + contentBytes > declared) {
                throw truncated("record " + recordNumber + " at byte " + offset + " declares " + contentBytes
                        + " bytes of content but the file ends at byte " + declared);
            }
            ByteBuffer content = ByteBuffer.wrap(shp, offset + 8, contentBytes).slice().order(ByteOrder.LITTLE_ENDIAN);
            geometries.add(record(content, shapeType, recordNumber));
            offset += 8 + contentBytes;
        }
        return geometries;
    }

    private Geometry record(ByteBuffer content, int layerType, int recordNumber) throws GisInputException {
        FeatureRef ref = new FeatureRef(source, "record " + recordNumber, null);
        try {
            int type = content.getInt();
            if (type == 0) {
                return null;
            }
            if (type != layerType) {
                throw GisInputException.of(ref, "has shape type " + type + " in a layer of type " + layerType
                        + "; expected every record to have the layer's type");
            }
            if (POINT.contains(type)) {
                return factory.createPoint(new Coordinate(content.getDouble(), content.getDouble()));
            }
            content.position(content.position() + 32); // the record's bounding box
            if (MULTIPOINT.contains(type)) {
                int count = count(content.getInt(), 16, content, ref, "points");
                Point[] points = new Point[count];
                for (int i = 0; i < count; i++) {
                    points[i] = factory.createPoint(new Coordinate(content.getDouble(), content.getDouble()));
                }
                return factory.createMultiPoint(points);
            }
            List<Coordinate[]> parts = parts(content, ref);
            return POLYLINE.contains(type) ? lines(parts, ref) : polygons(parts, ref);
        } catch (BufferUnderflowException e) {
            throw GisInputException.of(ref, "its content is shorter than its shape needs; the file is corrupt");
        }
    }

    private List<Coordinate[]> parts(ByteBuffer content, FeatureRef ref) throws GisInputException {
        int partCount = count(content.getInt(), 4, content, ref, "parts");
        int pointCount = count(content.getInt(), 16, content, ref, "points");
        int[] starts = new int[partCount + 1];
        for (int i = 0; i < partCount; i++) {
            starts[i] = content.getInt();
            if (starts[i] < 0 || starts[i] > pointCount || (i > 0 && starts[i] < starts[i - 1])) {
                throw GisInputException.of(ref, "part " + i + " starts at point " + starts[i]
                        + ", outside the record's " + pointCount + " points; the file is corrupt");
            }
        }
        starts[partCount] = pointCount;
        List<Coordinate[]> parts = new ArrayList<>(partCount);
        for (int i = 0; i < partCount; i++) {
            Coordinate[] part = new Coordinate[starts[i + 1] - starts[i]];
            for (int j = 0; j < part.length; j++) {
                part[j] = new Coordinate(content.getDouble(), content.getDouble());
            }
            parts.add(part);
        }
        return parts;
    }

    private Geometry lines(List<Coordinate[]> parts, FeatureRef ref) throws GisInputException {
        LineString[] lines = new LineString[parts.size()];
        for (int i = 0; i < lines.length; i++) {
            if (parts.get(i).length < 2) {
                throw GisInputException.of(ref, "part " + i + " has " + parts.get(i).length
                        + " point(s); a line needs at least 2");
            }
            lines[i] = factory.createLineString(parts.get(i));
        }
        return factory.createMultiLineString(lines);
    }

    private Geometry polygons(List<Coordinate[]> parts, FeatureRef ref) throws GisInputException {
        List<LinearRing> shells = new ArrayList<>();
        List<LinearRing> holes = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            Coordinate[] ring = closed(parts.get(i));
            if (ring.length < 4) {
                throw GisInputException.of(ref, "ring " + i + " has " + ring.length
                        + " point(s); a polygon ring needs at least 4");
            }
            (Orientation.isCCW(ring) ? holes : shells).add(factory.createLinearRing(ring));
        }
        // Smallest first, so that a hole goes to the innermost outer ring containing it.
        shells.sort(Comparator.comparingDouble(r -> Math.abs(Area.ofRing(r.getCoordinateSequence()))));
        List<List<LinearRing>> holesOf = new ArrayList<>();
        shells.forEach(s -> holesOf.add(new ArrayList<>()));
        for (LinearRing hole : holes) {
            int owner = owner(hole, shells);
            if (owner < 0) {
                shells.add(hole);
                holesOf.add(new ArrayList<>());
            } else {
                holesOf.get(owner).add(hole);
            }
        }
        Polygon[] polygons = new Polygon[shells.size()];
        for (int i = 0; i < polygons.length; i++) {
            polygons[i] = factory.createPolygon(shells.get(i), holesOf.get(i).toArray(LinearRing[]::new));
        }
        return factory.createMultiPolygon(polygons);
    }

    private static int owner(LinearRing hole, List<LinearRing> shells) {
        for (int i = 0; i < shells.size(); i++) {
            LinearRing shell = shells.get(i);
            if (!shell.getEnvelopeInternal().covers(hole.getEnvelopeInternal())) {
                continue;
            }
            // A hole may touch its shell; decide on the first of its points not on the shell.
            for (Coordinate c : hole.getCoordinates()) {
                int location = PointLocation.locateInRing(c, shell.getCoordinates());
                if (location != Location.BOUNDARY) {
                    if (location == Location.INTERIOR) {
                        return i;
                    }
                    break;
                }
            }
        }
        return -1;
    }

    private static Coordinate[] closed(Coordinate[] ring) {
        if (ring.length == 0 || ring[0].equals2D(ring[ring.length - 1])) {
            return ring;
        }
        Coordinate[] closed = Arrays.copyOf(ring, ring.length + 1);
        closed[ring.length] = new Coordinate(ring[0]);
        return closed;
    }

    /** Checks a count read from the file against the bytes left, before allocating for it. */
    private static int count(int value, int bytesEach, ByteBuffer content, FeatureRef ref, String what)
            throws GisInputException {
        if (value < 0 || (long) value * bytesEach > content.remaining()) {
            throw GisInputException.of(ref, "gives " + value + " " + what + " but its content has room for "
                    + content.remaining() / bytesEach + "; the file is corrupt");
        }
        return value;
    }

    private GisInputException truncated(String detail) {
        return GisInputException.of(source, "truncated or corrupt .shp file: " + detail
                + "; expected a complete ESRI Shapefile");
    }
}
