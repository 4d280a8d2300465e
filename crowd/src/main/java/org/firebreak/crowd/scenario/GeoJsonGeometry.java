package org.firebreak.crowd.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.firebreak.core.scenario.ScenarioTree;
import org.firebreak.core.scenario.Suggestions;

/**
 * Reads a site from a GeoJSON FeatureCollection in local metres (not longitude and latitude).
 * Each feature says what it is in {@code properties.kind}: {@code walkable}, {@code wall}
 * (LineString), {@code obstacle} (Polygon), {@code gate} (two-point LineString, the passage),
 * {@code source}, {@code sink}, {@code waiting_area} (Polygons), {@code measurement_line}
 * (two-point LineString) or {@code measurement_area} (Polygon); its other properties are those
 * of the inline form (name, lanes, service, rate_per_s, route, stay). Polygons have one ring
 * (no holes: draw an obstacle instead). Problems name the feature by index and name.
 */
final class GeoJsonGeometry {
    /** Feature kinds, in documented order. */
    static final List<String> KINDS = List.of(CrowdKeys.WALKABLE, "wall", "obstacle", "gate", "source", "sink",
            "waiting_area", "measurement_line", "measurement_area");
    private static final List<String> FEATURE_KEYS = List.of("type", "id", "properties", "geometry", "bbox");

    private GeoJsonGeometry() {
    }

    /**
     * @param tree the parsed GeoJSON file
     * @param parts receives the site's parts
     */
    static void read(ScenarioTree tree, SiteParts parts) {
        JsonNode root = tree.root();
        if (root == null || !root.isObject() || !"FeatureCollection".equals(root.path("type").asText())) {
            tree.problem("", "expected a GeoJSON FeatureCollection ({\"type\": \"FeatureCollection\", "
                    + "\"features\": [...]}), got " + ScenarioTree.describe(root));
            return;
        }
        JsonNode features = root.get("features");
        if (features == null || !features.isArray()) {
            tree.problem("features", "expected a list of features, got " + ScenarioTree.describe(features));
            return;
        }
        if (root.has("crs")) {
            tree.problem("crs", "a named CRS is not read; expected coordinates in local metres and no crs member");
        }
        PartReader reader = new PartReader(tree, parts);
        for (int i = 0; i < features.size(); i++) {
            feature(features.get(i), i, tree, reader, parts);
        }
    }

    private static void feature(JsonNode f, int index, ScenarioTree tree, PartReader reader, SiteParts parts) {
        String path = ScenarioTree.element("features", index);
        Optional<ObjectNode> fm = tree.mapping(f, path);
        if (fm.isEmpty()) {
            return;
        }
        tree.keys(fm.get(), path, FEATURE_KEYS);
        String pp = ScenarioTree.child(path, "properties");
        JsonNode propsNode = ScenarioTree.present(fm.get(), "properties");
        if (propsNode == null || !propsNode.isObject()) {
            tree.problem(pp, "feature " + index + ": expected properties with a kind (one of: "
                    + String.join(", ", KINDS) + "), got " + ScenarioTree.describe(propsNode));
            return;
        }
        ObjectNode props = (ObjectNode) propsNode;
        JsonNode kindNode = ScenarioTree.present(props, "kind");
        String name = props.path(CrowdKeys.NAME).asText("");
        String id = fm.get().has("id") ? fm.get().get("id").asText() : "";
        String label = "feature " + index + (id.isEmpty() ? "" : " (id '" + id + "')")
                + (name.isEmpty() ? "" : " '" + name + "'") + ": ";
        if (!name.isEmpty()) {
            parts.failed(name);
        }
        if (kindNode == null || !KINDS.contains(kindNode.asText())) {
            tree.problem(ScenarioTree.child(pp, "kind"), label + (kindNode == null ? "missing kind; expected one of: "
                    + String.join(", ", KINDS) : Suggestions.unknown("feature kind", kindNode.asText(), KINDS)));
            return;
        }
        String kind = kindNode.asText();
        String l = "feature " + index + " (" + kind + (id.isEmpty() ? "" : ", id '" + id + "'")
                + (name.isEmpty() ? "" : ", name '" + name + "'") + "): ";
        int before = tree.problemCount();
        feature(fm.get(), props, kind, path, l, tree, reader, parts);
        tree.prefixSince(before, l);
    }

    private static void feature(ObjectNode fm, ObjectNode props, String kind, String path, String label,
            ScenarioTree tree, PartReader reader, SiteParts parts) {
        String pp = ScenarioTree.child(path, "properties");
        String gp = ScenarioTree.child(path, "geometry");
        JsonNode geometry = ScenarioTree.present(fm, "geometry");
        String type = geometry == null ? "" : geometry.path("type").asText();
        boolean polygonal = !kind.equals("wall") && !kind.equals("gate") && !kind.equals("measurement_line");
        String wanted = polygonal ? "Polygon" : "LineString";
        if (!wanted.equals(type)) {
            tree.problem(gp, label + "expected a " + wanted + " geometry (" + PartReader.shapeExpectation(kind)
                    + "), got " + (geometry == null ? "none" : type.isEmpty() ? ScenarioTree.describe(geometry)
                    : type));
            return;
        }
        String cp = ScenarioTree.child(gp, "coordinates");
        JsonNode coords = geometry.get("coordinates");
        if (coords == null || !coords.isArray() || (polygonal && coords.size() == 0)) {
            tree.problem(cp, label + "expected coordinates, got " + ScenarioTree.describe(coords));
            return;
        }
        if (polygonal) {
            if (coords.size() > 1) {
                tree.problem(cp, label + "polygon has " + (coords.size() - 1) + " hole(s); expected a single ring "
                        + "(draw obstacles inside instead)");
                return;
            }
            coords = coords.get(0);
            cp = ScenarioTree.element(cp, 0);
        }
        List<String> allowed = new ArrayList<>(List.of("kind"));
        switch (kind) {
            case "walkable" -> reader.shapes().polygon(coords, cp, label)
                    .ifPresent(p -> parts.walkable(p, new SiteParts.At(tree, path, label)));
            case "wall" -> reader.shapes().polyline(coords, cp, label).ifPresent(parts::wall);
            case "obstacle" -> reader.shapes().polygon(coords, cp, label).ifPresent(parts::obstacle);
            default -> {
                allowed.addAll(switch (kind) {
                    case "gate" -> CrowdKeys.GATE_KEYS;
                    case "source" -> CrowdKeys.SOURCE_KEYS;
                    case "sink" -> CrowdKeys.SINK_KEYS;
                    case "waiting_area" -> CrowdKeys.WAITING_KEYS;
                    default -> CrowdKeys.NAMED_AREA_KEYS;
                });
                allowed.remove(CrowdKeys.PASSAGE);
                allowed.remove(CrowdKeys.AREA);
                allowed.remove(CrowdKeys.LINE);
                reader.read(props, pp, coords, cp, label, kind);
            }
        }
        if (kind.equals("walkable") || kind.equals("wall") || kind.equals("obstacle")) {
            allowed.add(CrowdKeys.NAME);
        }
        tree.keys(props, pp, allowed);
    }
}
