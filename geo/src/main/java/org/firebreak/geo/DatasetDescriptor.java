package org.firebreak.geo;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.firebreak.core.scenario.Suggestions;
import org.locationtech.jts.geom.Envelope;

/**
 * A map dataset's {@code dataset.json}, read and checked as strictly as a scenario file: unknown
 * or misspelled keys and layer names, a layer listed twice, a required layer missing, a file path
 * that leaves the dataset's directory, a bounding box that is not one, are each a problem naming
 * the key or layer and what was expected (with a did-you-mean), and every problem is reported at
 * once. The layout is the data module's README's.
 *
 * @param label where the descriptor came from, for messages
 * @param layers each layer's descriptor, by name, in file order
 * @param bbox the dataset's declared extent in longitude and latitude, when given
 */
record DatasetDescriptor(String label, Map<String, JsonNode> layers, Optional<Envelope> bbox) {
    /** Layers a dataset must have. */
    static final List<String> REQUIRED = List.of("countries", "borders", "places", "elevation");
    /** Every layer name the terrain reads, in the order the layout lists them. */
    static final List<String> LAYER_NAMES = List.of("countries", "borders", "elevation", "rivers", "lakes", "marshes",
            "places", "crossings", "roads");

    private static final List<String> TOP_KEYS = List.of("name", "title", "description", "bbox", "crs", "layers",
            "elevation_grid", "licences");
    private static final List<String> LAYER_KEYS = List.of("name", "file", "prj", "format", "geometry", "crs",
            "units", "features", "licence", "attribution", "source", "schematic", "description");
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    /**
     * @param in the text of dataset.json
     * @param label where it came from
     * @return the checked descriptor
     * @throws IllegalArgumentException listing every problem, each naming the key or layer
     */
    static DatasetDescriptor read(InputStream in, String label) {
        JsonNode root;
        try {
            root = JSON.readTree(in);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(label + ": not valid JSON: " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")"), e);
        } catch (IOException e) {
            throw new IllegalArgumentException(label + ": cannot read: " + e.getMessage(), e);
        }
        List<String> problems = new ArrayList<>();
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException(label + ": expected a JSON object with \"layers\"");
        }
        unknownKeys(root, TOP_KEYS, "", problems);
        Optional<Envelope> bbox = bbox(root.get("bbox"), problems);
        Map<String, JsonNode> layers = new LinkedHashMap<>();
        JsonNode list = root.get("layers");
        if (list == null || !list.isArray() || list.isEmpty()) {
            problems.add("layers: expected a list of layers, each {name, file, ...}");
        } else {
            for (int i = 0; i < list.size(); i++) {
                layer(list.get(i), "layers[" + i + "]", layers, problems);
            }
            for (String required : REQUIRED) {
                if (!layers.containsKey(required)) {
                    problems.add("layers: no '" + required + "' layer; expected " + String.join(", ", REQUIRED)
                            + " at least");
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(report(label, problems));
        }
        return new DatasetDescriptor(label, layers, bbox);
    }

    /**
     * @param label what was checked
     * @param problems one line each
     * @return the message listing them, in the form the scenario loaders use
     */
    static String report(String label, List<String> problems) {
        StringBuilder b = new StringBuilder(label).append(": ").append(problems.size()).append(" problem(s)");
        for (String p : problems) {
            b.append("\n  - ").append(p);
        }
        return b.toString();
    }

    private static void layer(JsonNode l, String at, Map<String, JsonNode> layers, List<String> problems) {
        if (!l.isObject()) {
            problems.add(at + ": expected an object {name, file, ...}");
            return;
        }
        JsonNode name = l.get("name");
        if (name == null || !name.isTextual()) {
            problems.add(at + ": no \"name\"; expected one of " + String.join(", ", LAYER_NAMES));
            return;
        }
        String n = name.asText();
        String where = at + " (" + n + ")";
        if (!LAYER_NAMES.contains(n)) {
            problems.add(where + ": " + Suggestions.unknown("layer", n, LAYER_NAMES));
        } else if (layers.containsKey(n)) {
            problems.add(where + ": layer '" + n + "' is listed twice; expected each layer once");
        } else {
            layers.put(n, l);
        }
        unknownKeys(l, LAYER_KEYS, where + ".", problems);
        JsonNode file = l.get("file");
        if (file == null || !file.isTextual() || file.asText().isBlank()) {
            problems.add(where + ".file: expected the layer's file name, relative to the dataset's directory");
        } else {
            confined(file.asText(), where + ".file", problems);
        }
        JsonNode prj = l.get("prj");
        if (prj != null) {
            if (!prj.isTextual()) {
                problems.add(where + ".prj: expected a file name");
            } else {
                confined(prj.asText(), where + ".prj", problems);
            }
        }
        JsonNode features = l.get("features");
        if (features != null && !(features.canConvertToInt() && features.isIntegralNumber() && features.asInt() >= 0)) {
            problems.add(where + ".features: " + features + "; expected a whole number of features, 0 or more");
        }
    }

    /** A path named in the descriptor must stay inside the dataset's directory. */
    private static void confined(String file, String key, List<String> problems) {
        Path p;
        try {
            p = Path.of(file);
        } catch (java.nio.file.InvalidPathException e) {
            problems.add(key + ": '" + file + "' is not a file name");
            return;
        }
        if (p.isAbsolute() || file.startsWith("/") || file.startsWith("\\") || p.normalize().startsWith("..")
                || p.normalize().toString().isEmpty()) {
            problems.add(key + ": '" + file + "' leaves the dataset's directory; expected a file inside it");
        }
    }

    private static void unknownKeys(JsonNode node, List<String> known, String prefix, List<String> problems) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
            String k = it.next();
            if (!known.contains(k)) {
                problems.add(prefix + k + ": unknown key '" + k + "'" + Suggestions.didYouMean(k, known)
                        + "; expected one of " + String.join(", ", known));
            }
        }
    }

    private static Optional<Envelope> bbox(JsonNode b, List<String> problems) {
        if (b == null) {
            return Optional.empty();
        }
        String expected = "; expected [west, south, east, north] in degrees, west < east, south < north";
        if (!b.isArray() || b.size() != 4) {
            problems.add("bbox: " + b + expected);
            return Optional.empty();
        }
        double[] v = new double[4];
        for (int i = 0; i < 4; i++) {
            if (!b.get(i).isNumber() || !Double.isFinite(b.get(i).asDouble())) {
                problems.add("bbox[" + i + "]: " + b.get(i) + expected);
                return Optional.empty();
            }
            v[i] = b.get(i).asDouble();
        }
        if (!(v[0] >= -180 && v[2] <= 180 && v[1] >= -90 && v[3] <= 90 && v[0] < v[2] && v[1] < v[3])) {
            problems.add("bbox: " + b + expected);
            return Optional.empty();
        }
        return Optional.of(new Envelope(v[0], v[2], v[1], v[3]));
    }

    /**
     * @param layer a layer name
     * @return its file, or empty when the descriptor lists no such layer
     */
    Optional<String> file(String layer) {
        JsonNode l = layers.get(layer);
        return l == null ? Optional.empty() : Optional.of(l.path("file").asText());
    }

    /**
     * @param layer a layer name
     * @return whether the descriptor says the layer holds no features (its provenance says why)
     */
    boolean declaredEmpty(String layer) {
        JsonNode l = layers.get(layer);
        return l != null && l.path("features").asInt(-1) == 0;
    }

    /** @return the layer names given */
    Set<String> names() {
        return layers.keySet();
    }
}
