package org.firebreak.crowd.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import org.firebreak.core.scenario.ScenarioTree;

/**
 * Reads the {@code geometry} mapping of a crowd scenario: {@code walkable} (a polygon),
 * {@code walls} (polylines), {@code obstacles} (polygons), and lists of named {@code gates},
 * {@code sources}, {@code sinks} and {@code waiting_areas}.
 */
final class InlineGeometry {
    private InlineGeometry() {
    }

    static void read(ObjectNode g, String path, ScenarioTree tree, SiteParts parts) {
        tree.keys(g, path, CrowdKeys.GEOMETRY_KEYS);
        PartReader reader = new PartReader(tree, parts);
        ShapeReader shapes = reader.shapes();
        JsonNode walkable = ScenarioTree.present(g, CrowdKeys.WALKABLE);
        if (walkable != null) {
            String p = ScenarioTree.child(path, CrowdKeys.WALKABLE);
            shapes.polygon(walkable, p, "walkable: ").ifPresent(w -> parts.walkable(w,
                    new SiteParts.At(tree, p, "walkable: ")));
        }
        list(g, path, CrowdKeys.WALLS, tree).ifPresent(walls -> {
            for (int i = 0; i < walls.size(); i++) {
                shapes.polyline(walls.get(i), ScenarioTree.element(ScenarioTree.child(path, CrowdKeys.WALLS), i),
                        "wall " + i + ": ").ifPresent(parts::wall);
            }
        });
        list(g, path, CrowdKeys.OBSTACLES, tree).ifPresent(obstacles -> {
            for (int i = 0; i < obstacles.size(); i++) {
                shapes.polygon(obstacles.get(i), ScenarioTree.element(ScenarioTree.child(path, CrowdKeys.OBSTACLES),
                        i), "obstacle " + i + ": ").ifPresent(parts::obstacle);
            }
        });
        named(g, path, CrowdKeys.GATES, "gate", CrowdKeys.PASSAGE, CrowdKeys.GATE_KEYS, tree, reader);
        named(g, path, CrowdKeys.SOURCES, "source", CrowdKeys.AREA, CrowdKeys.SOURCE_KEYS, tree, reader);
        named(g, path, CrowdKeys.SINKS, "sink", CrowdKeys.AREA, CrowdKeys.SINK_KEYS, tree, reader);
        named(g, path, CrowdKeys.WAITING_AREAS, "waiting_area", CrowdKeys.AREA, CrowdKeys.WAITING_KEYS, tree,
                reader);
    }

    /** Reads a list of named parts, each a mapping whose shape is under {@code shapeKey}. */
    static void named(ObjectNode parent, String path, String key, String what, String shapeKey, List<String> keys,
            ScenarioTree tree, PartReader reader) {
        Optional<ArrayNode> items = list(parent, path, key, tree);
        if (items.isEmpty()) {
            return;
        }
        String lp = ScenarioTree.child(path, key);
        for (int i = 0; i < items.get().size(); i++) {
            String ip = ScenarioTree.element(lp, i);
            Optional<ObjectNode> m = tree.mapping(items.get().get(i), ip);
            if (m.isEmpty()) {
                continue;
            }
            tree.keys(m.get(), ip, keys);
            JsonNode shape = ScenarioTree.present(m.get(), shapeKey);
            reader.read(m.get(), ip, shape, ScenarioTree.child(ip, shapeKey), "", what);
        }
    }

    private static Optional<ArrayNode> list(ObjectNode parent, String path, String key, ScenarioTree tree) {
        JsonNode n = ScenarioTree.present(parent, key);
        return n == null ? Optional.empty() : tree.list(n, ScenarioTree.child(path, key));
    }
}
