package org.firebreak.geo.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.firebreak.geo.io.RawLayer.Attribute;
import org.firebreak.geo.io.RawLayer.RawFeature;
import org.geotools.api.referencing.crs.CoordinateReferenceSystem;
import org.geotools.referencing.crs.DefaultGeographicCRS;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * Reads a GeoJSON FeatureCollection (or a single Feature) with its properties.
 *
 * <p>RFC 7946 GeoJSON is always WGS 84 longitude/latitude, and positions are range-checked as such.
 * A legacy (2008) {@code crs} member of type {@code name} is honoured: {@code CRS84} and EPSG codes
 * ({@code EPSG:32638}, {@code urn:ogc:def:crs:EPSG::32638}) are decoded with longitude (easting)
 * first, as GDAL writes them; any other {@code crs} member is refused. The features array is read
 * one feature at a time so that messages can give the line each feature starts on.
 */
final class GeoJsonLayerReader {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    private static final GeometryFactory GEOMETRY_FACTORY = new GeometryFactory();
    private static final Pattern CRS84 = Pattern.compile("(?i)(urn:ogc:def:crs:OGC:(1\\.3)?:CRS84|CRS:84|OGC:CRS84)");
    private static final Pattern EPSG = Pattern.compile("(?i)(?:urn:ogc:def:crs:EPSG:[0-9.]*:|EPSG:)(\\d+)");

    private record Located(JsonNode node, int line) {
    }

    private GeoJsonLayerReader() {
    }

    /**
     * @param source the file or resource, for messages
     * @param defaultName the layer name when the file has no {@code name} member
     */
    static RawLayer read(String source, String defaultName, InputStream in) throws GisInputException {
        ObjectNode top = MAPPER.createObjectNode();
        List<Located> features = new ArrayList<>();
        try (JsonParser parser = MAPPER.createParser(in)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw GisInputException.of(source, "expected a GeoJSON object (a FeatureCollection) at line "
                        + parser.currentTokenLocation().getLineNr() + ", found " + describe(parser.currentToken()));
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if (field.equals("features") && value == JsonToken.START_ARRAY) {
                    while (parser.nextToken() != JsonToken.END_ARRAY) {
                        JsonLocation start = parser.currentTokenLocation();
                        features.add(new Located(MAPPER.readTree(parser), start.getLineNr()));
                    }
                    top.putArray("features"); // marks it as seen
                } else {
                    top.set(field, MAPPER.readTree(parser));
                }
            }
            if (parser.nextToken() != null) {
                JsonLocation at = parser.currentTokenLocation();
                throw GisInputException.of(source, "malformed JSON at line " + at.getLineNr() + ", column "
                        + at.getColumnNr() + ": content after the end of the GeoJSON object");
            }
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw GisInputException.of(source, "malformed JSON" + where + ": " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw GisInputException.of(source, "cannot read: " + e.getMessage(), e);
        }
        String type = top.path("type").asText("");
        if (type.equals("Feature")) {
            features = List.of(new Located(top, 1));
        } else if (!type.equals("FeatureCollection")) {
            throw GisInputException.of(source, "GeoJSON \"type\" is \"" + type
                    + "\"; expected \"FeatureCollection\" (or a single \"Feature\")");
        } else if (!top.has("features")) {
            throw GisInputException.of(source, "the FeatureCollection has no \"features\" array");
        }
        CoordinateReferenceSystem crs = crs(source, top.get("crs"));
        String name = top.path("name").isTextual() ? top.get("name").asText() : defaultName;
        return build(source, name, crs, features);
    }

    private static RawLayer build(String source, String name, CoordinateReferenceSystem crs, List<Located> located)
            throws GisInputException {
        GeoJsonGeometryParser geometries = new GeoJsonGeometryParser(GEOMETRY_FACTORY,
                crs == DefaultGeographicCRS.WGS84);
        GeoJsonProperties properties = new GeoJsonProperties();
        for (int i = 0; i < located.size(); i++) {
            JsonNode feature = located.get(i).node();
            FeatureRef ref = ref(source, i, located.get(i));
            if (!feature.isObject() || !"Feature".equals(feature.path("type").asText())) {
                throw GisInputException.of(ref, "expected an object with \"type\": \"Feature\"");
            }
            JsonNode props = feature.get("properties");
            if (props != null && !props.isNull() && !props.isObject()) {
                throw GisInputException.of(ref, "\"properties\" must be an object or null");
            }
            properties.observe(props);
        }
        List<Attribute> attributes = properties.attributes(source);
        List<RawFeature> features = new ArrayList<>(located.size());
        for (int i = 0; i < located.size(); i++) {
            JsonNode feature = located.get(i).node();
            FeatureRef ref = ref(source, i, located.get(i));
            JsonNode geometryNode = feature.get("geometry");
            if (geometryNode == null) {
                throw GisInputException.of(ref, "has no \"geometry\" member; expected a geometry object");
            }
            Geometry geometry = null;
            if (!geometryNode.isNull()) {
                try {
                    geometry = geometries.parse(geometryNode);
                } catch (GeoJsonGeometryParser.Problem e) {
                    throw GisInputException.of(ref, e.getMessage());
                }
            }
            String fid = ref.id() != null ? ref.id() : name + "." + (i + 1);
            features.add(new RawFeature(ref, fid, geometry,
                    GeoJsonProperties.values(feature.get("properties"), attributes)));
        }
        return new RawLayer(name, source, crs, attributes, features);
    }

    private static FeatureRef ref(String source, int index, Located feature) throws GisInputException {
        String position = "features[" + index + "] at line " + feature.line();
        JsonNode id = feature.node().get("id");
        if (id == null || id.isNull()) {
            JsonNode property = feature.node().path("properties").get("id");
            return new FeatureRef(source, position, property != null && property.isValueNode() && !property.isNull()
                    ? property.asText() : null);
        }
        if (!id.isTextual() && !id.isNumber()) {
            throw GisInputException.of(new FeatureRef(source, position, null),
                    "\"id\" must be a string or a number (RFC 7946 section 3.2), got " + id);
        }
        return new FeatureRef(source, position, id.asText());
    }

    private static CoordinateReferenceSystem crs(String source, JsonNode crs) throws GisInputException {
        if (crs == null || crs.isNull()) {
            return DefaultGeographicCRS.WGS84;
        }
        String name = crs.path("type").asText("").equals("name") ? crs.path("properties").path("name").asText("") : "";
        if (CRS84.matcher(name).matches()) {
            return DefaultGeographicCRS.WGS84;
        }
        Matcher epsg = EPSG.matcher(name);
        if (epsg.matches()) {
            long code = Long.parseLong(epsg.group(1));
            // GDAL and QGIS write EPSG:4326 GeoJSON in longitude/latitude order whatever EPSG says.
            return code == 4326 ? DefaultGeographicCRS.WGS84 : CrsSupport.decodeEpsg(source, code, "the \"crs\" member names an");
        }
        throw GisInputException.of(source, "unsupported \"crs\" member " + crs + "; RFC 7946 GeoJSON is WGS 84 "
                + "longitude/latitude: remove the member, or name an EPSG code (\"EPSG:32638\")");
    }

    private static String describe(JsonToken token) {
        return token == null ? "an empty file" : token.asString() == null ? token.name() : "'" + token.asString() + "'";
    }
}
