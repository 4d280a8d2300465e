package org.firebreak.geo.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.firebreak.geo.io.RawLayer.Attribute;

/**
 * Infers a feature type from GeoJSON properties, which carry no schema: each property's type is
 * the one its non-null values share across all features.
 *
 * <ul>
 *   <li>strings → String; whole numbers that fit a long → Long; other numbers → Double; whole and
 *       other numbers mixed → Double; true/false → Boolean;</li>
 *   <li>nested objects and arrays → String, holding their JSON text;</li>
 *   <li>a property that is null (or missing) everywhere → String;</li>
 *   <li>any other mix (say numbers in some features and strings in others) → String holding each
 *       value's JSON text, with a warning, rather than refusing a file GIS tools accept.</li>
 * </ul>
 * Properties keep the order in which they are first met.
 */
final class GeoJsonProperties {

    private static final System.Logger LOG = System.getLogger(GeoJsonProperties.class.getName());

    private enum Kind { STRING, LONG, DOUBLE, BOOLEAN, JSON }

    private final Map<String, Set<Kind>> kinds = new LinkedHashMap<>();

    /** Notes the kinds of one feature's properties (an object, or null for none). */
    void observe(JsonNode properties) {
        if (properties == null || properties.isNull()) {
            return;
        }
        for (Map.Entry<String, JsonNode> entry : properties.properties()) {
            Set<Kind> seen = kinds.computeIfAbsent(entry.getKey(), k -> EnumSet.noneOf(Kind.class));
            Kind kind = kindOf(entry.getValue());
            if (kind != null) {
                seen.add(kind);
            }
        }
    }

    /** @return the attributes, once every feature has been observed */
    List<Attribute> attributes(String source) {
        return kinds.entrySet().stream().map(e -> new Attribute(e.getKey(), binding(source, e.getKey(), e.getValue())))
                .toList();
    }

    /** @return one feature's values, converted to the attributes' bindings */
    static Object[] values(JsonNode properties, List<Attribute> attributes) {
        Object[] values = new Object[attributes.size()];
        if (properties == null || properties.isNull()) {
            return values;
        }
        for (int i = 0; i < values.length; i++) {
            JsonNode value = properties.get(attributes.get(i).name());
            if (value == null || value.isNull()) {
                continue;
            }
            Class<?> binding = attributes.get(i).binding();
            if (binding == Long.class) {
                values[i] = value.asLong();
            } else if (binding == Double.class) {
                values[i] = value.asDouble();
            } else if (binding == Boolean.class) {
                values[i] = value.asBoolean();
            } else {
                values[i] = value.isTextual() ? value.asText() : value.toString();
            }
        }
        return values;
    }

    private static Kind kindOf(JsonNode value) {
        if (value.isNull()) {
            return null;
        } else if (value.isTextual()) {
            return Kind.STRING;
        } else if (value.isIntegralNumber() && value.canConvertToLong()) {
            return Kind.LONG;
        } else if (value.isNumber()) {
            return Kind.DOUBLE;
        } else if (value.isBoolean()) {
            return Kind.BOOLEAN;
        }
        return Kind.JSON;
    }

    private static Class<?> binding(String source, String name, Set<Kind> seen) {
        if (seen.isEmpty() || seen.equals(EnumSet.of(Kind.STRING)) || seen.equals(EnumSet.of(Kind.JSON))) {
            return String.class;
        } else if (seen.equals(EnumSet.of(Kind.LONG))) {
            return Long.class;
        } else if (EnumSet.of(Kind.LONG, Kind.DOUBLE).containsAll(seen)) {
            return Double.class;
        } else if (seen.equals(EnumSet.of(Kind.BOOLEAN))) {
            return Boolean.class;
        }
        LOG.log(System.Logger.Level.WARNING, "{0}: property ''{1}'' has values of several types {2}; "
                + "it is read as text", source, name, seen);
        return String.class;
    }
}
