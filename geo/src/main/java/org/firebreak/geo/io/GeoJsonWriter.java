package org.firebreak.geo.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.temporal.TemporalAccessor;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import org.geotools.api.feature.simple.SimpleFeature;
import org.geotools.api.feature.type.AttributeDescriptor;
import org.geotools.data.simple.SimpleFeatureCollection;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * Writes features as an RFC 7946 GeoJSON FeatureCollection in WGS 84 longitude/latitude, which
 * QGIS and every web map open as they are.
 *
 * <p>The output is deterministic, so that two runs can be compared byte for byte: features in the
 * collection's order, one per line; members in a fixed order ({@code type}, {@code id},
 * {@code geometry}, {@code properties}); properties in the feature type's order; coordinates
 * rounded to 7 decimals (about 1 cm) without trailing zeros; polygon rings turned to the RFC's
 * orientation (exterior counter-clockwise). Property values: numbers and booleans as JSON
 * numbers and booleans, dates and times as ISO-8601 text, byte arrays as Base64, anything else as
 * its text. A non-finite number cannot be written in JSON and is refused.
 *
 * <p>The collection's {@code name} member (read by GDAL and QGIS as the layer name) is the feature
 * type's name.
 */
public final class GeoJsonWriter {

    private static final JsonFactory JSON = new JsonFactory();

    private GeoJsonWriter() {
    }

    /**
     * Writes a GeoJSON file, under a temporary name first, renamed when complete.
     *
     * @param target the file to write (replaced if it exists); its directory must exist
     * @param features features whose geometries carry a CRS (their feature type's)
     * @throws IOException if the file cannot be written
     * @throws IllegalArgumentException if the geometries have no CRS or cannot be brought into
     *     WGS 84, or a property is a non-finite number
     */
    public static void write(Path target, SimpleFeatureCollection features) throws IOException {
        Objects.requireNonNull(target, "target");
        String json = toJson(features);
        AtomicFiles.write(target, false, temporary -> Files.writeString(temporary, json, StandardCharsets.UTF_8));
    }

    /**
     * Writes GeoJSON to a stream, UTF-8; the stream is flushed, not closed.
     *
     * @param out where to write
     * @param features features whose geometries carry a CRS
     * @throws IOException if the stream cannot be written
     * @throws IllegalArgumentException as for {@link #write(Path, SimpleFeatureCollection)}
     */
    public static void write(OutputStream out, SimpleFeatureCollection features) throws IOException {
        out.write(toJson(features).getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /**
     * @param features features whose geometries carry a CRS
     * @return the GeoJSON text, ending with a line break
     * @throws IllegalArgumentException as for {@link #write(Path, SimpleFeatureCollection)}
     */
    public static String toJson(SimpleFeatureCollection features) {
        Objects.requireNonNull(features, "features");
        List<WgsFeatures.Entry> entries = WgsFeatures.of(features);
        StringWriter out = new StringWriter();
        try {
            out.write("{\"type\":\"FeatureCollection\",\"name\":");
            write(out, gen -> gen.writeString(features.getSchema().getTypeName()));
            out.write(",\"features\":[\n");
            for (int i = 0; i < entries.size(); i++) {
                WgsFeatures.Entry entry = entries.get(i);
                write(out, gen -> feature(gen, entry));
                out.write(i + 1 < entries.size() ? ",\n" : "\n");
            }
            out.write("]}\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.toString();
    }

    private interface Content {
        void write(JsonGenerator gen) throws IOException;
    }

    private static void write(Writer out, Content content) throws IOException {
        try (JsonGenerator gen = JSON.createGenerator(out)) {
            gen.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            content.write(gen);
        }
    }

    private static void feature(JsonGenerator gen, WgsFeatures.Entry entry) throws IOException {
        SimpleFeature feature = entry.feature();
        gen.writeStartObject();
        gen.writeStringField("type", "Feature");
        if (feature.getID() != null) {
            gen.writeStringField("id", feature.getID());
        }
        gen.writeFieldName("geometry");
        if (entry.lonLat() == null || entry.lonLat().isEmpty()) {
            gen.writeNull();
        } else {
            geometry(gen, entry.lonLat());
        }
        gen.writeObjectFieldStart("properties");
        AttributeDescriptor geometryDescriptor = feature.getFeatureType().getGeometryDescriptor();
        for (AttributeDescriptor descriptor : feature.getFeatureType().getAttributeDescriptors()) {
            if (descriptor.equals(geometryDescriptor)) {
                continue;
            }
            gen.writeFieldName(descriptor.getLocalName());
            value(gen, feature, descriptor.getLocalName(), feature.getAttribute(descriptor.getName()));
        }
        gen.writeEndObject();
        gen.writeEndObject();
    }

    private static void value(JsonGenerator gen, SimpleFeature feature, String name, Object value) throws IOException {
        if (value == null) {
            gen.writeNull();
        } else if (value instanceof Boolean) {
            gen.writeBoolean((Boolean) value);
        } else if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            gen.writeNumber(((Number) value).longValue());
        } else if (value instanceof BigDecimal) {
            gen.writeNumber((BigDecimal) value);
        } else if (value instanceof Number) {
            double number = ((Number) value).doubleValue();
            if (!Double.isFinite(number)) {
                throw new IllegalArgumentException("feature '" + feature.getID() + "': property '" + name + "' is "
                        + number + ", which JSON cannot hold; expected a finite number or null");
            }
            gen.writeNumber(number);
        } else if (value instanceof Date) {
            gen.writeString(((Date) value).toInstant().toString());
        } else if (value instanceof TemporalAccessor) {
            gen.writeString(value.toString());
        } else if (value instanceof byte[]) {
            gen.writeString(Base64.getEncoder().encodeToString((byte[]) value));
        } else if (value instanceof Geometry) {
            gen.writeString(((Geometry) value).toText());
        } else {
            gen.writeString(value.toString());
        }
    }

    private static void geometry(JsonGenerator gen, Geometry geometry) throws IOException {
        gen.writeStartObject();
        gen.writeStringField("type", geometry.getGeometryType());
        if (geometry.getClass() == GeometryCollection.class) {
            gen.writeArrayFieldStart("geometries");
            for (int i = 0; i < geometry.getNumGeometries(); i++) {
                geometry(gen, geometry.getGeometryN(i));
            }
            gen.writeEndArray();
        } else {
            gen.writeFieldName("coordinates");
            coordinates(gen, geometry);
        }
        gen.writeEndObject();
    }

    private static void coordinates(JsonGenerator gen, Geometry geometry) throws IOException {
        if (geometry instanceof Point) {
            position(gen, geometry.getCoordinate());
        } else if (geometry instanceof LineString) {
            positions(gen, geometry.getCoordinates());
        } else if (geometry instanceof Polygon) {
            Polygon polygon = (Polygon) geometry;
            // RFC 7946 section 3.1.6: exterior rings counter-clockwise, holes clockwise.
            gen.writeStartArray();
            positions(gen, oriented(polygon.getExteriorRing().getCoordinates(), true));
            for (int i = 0; i < polygon.getNumInteriorRing(); i++) {
                positions(gen, oriented(polygon.getInteriorRingN(i).getCoordinates(), false));
            }
            gen.writeEndArray();
        } else {
            gen.writeStartArray();
            for (int i = 0; i < geometry.getNumGeometries(); i++) {
                coordinates(gen, geometry.getGeometryN(i));
            }
            gen.writeEndArray();
        }
    }

    private static Coordinate[] oriented(Coordinate[] ring, boolean counterClockwise) {
        if (ring.length < 4 || Orientation.isCCW(ring) == counterClockwise) {
            return ring;
        }
        Coordinate[] reversed = ring.clone();
        Collections.reverse(Arrays.asList(reversed));
        return reversed;
    }

    private static void positions(JsonGenerator gen, Coordinate[] coordinates) throws IOException {
        gen.writeStartArray();
        for (Coordinate c : coordinates) {
            position(gen, c);
        }
        gen.writeEndArray();
    }

    private static void position(JsonGenerator gen, Coordinate c) throws IOException {
        gen.writeStartArray();
        gen.writeNumber(degrees(c.x));
        gen.writeNumber(degrees(c.y));
        gen.writeEndArray();
    }

    /** Seven decimals, no trailing zeros, no exponent, no negative zero: one text per value. */
    static String degrees(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("coordinate " + value + " is not a finite number");
        }
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(7, RoundingMode.HALF_EVEN).stripTrailingZeros();
        return rounded.signum() == 0 ? "0" : rounded.toPlainString();
    }
}
