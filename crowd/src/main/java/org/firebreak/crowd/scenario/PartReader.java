package org.firebreak.crowd.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.firebreak.core.param.ParameterSpec;
import org.firebreak.core.scenario.ScenarioTree;
import org.firebreak.crowd.Gate;
import org.firebreak.crowd.MeasurementLine;
import org.firebreak.crowd.Polygon;
import org.firebreak.crowd.Segment;
import org.firebreak.crowd.ServiceTime;
import org.firebreak.crowd.Sink;
import org.firebreak.crowd.Source;
import org.firebreak.crowd.WaitingArea;

/**
 * Reads the named parts of a site (gates, sources, sinks, waiting areas, measurement lines and
 * areas) from a mapping of their properties and the node of their shape. The inline geometry
 * and GeoJSON features share it: a feature's {@code properties} are the inline mapping without
 * the shape, which is the feature's geometry instead.
 */
final class PartReader {
    /** Lanes of a gate. */
    static final ParameterSpec LANES = new ParameterSpec(CrowdKeys.LANES, "", 1, 1000, 1,
            "screening lanes side by side in the passage");
    /** Mean service or stay time. */
    static final ParameterSpec MEAN = new ParameterSpec(CrowdKeys.MEAN, "s", 0.01, 86_400, 60,
            "mean service (or stay) time of one person");
    /** Source rate. */
    static final ParameterSpec RATE = new ParameterSpec(CrowdKeys.RATE, "persons/s", 0, 100, 0,
            "mean arrivals per second (a Poisson stream)");
    /** The service time distributions by file id. */
    static final List<String> DISTRIBUTIONS = List.of("exponential", "deterministic");

    private final ScenarioTree tree;
    private final ShapeReader shapes;
    private final SiteParts parts;

    PartReader(ScenarioTree tree, SiteParts parts) {
        this.tree = tree;
        this.shapes = new ShapeReader(tree);
        this.parts = parts;
    }

    ShapeReader shapes() {
        return shapes;
    }

    /**
     * @param m the properties
     * @param path their key path
     * @param shape the node of the shape, or null when missing
     * @param shapePath its key path
     * @param label prefix of messages (a feature's index and name), or empty
     * @param what the kind of part ({@code gate}, {@code source}, ...)
     */
    void read(ObjectNode m, String path, JsonNode shape, String shapePath, String label, String what) {
        Optional<String> name = tree.requiredId(m, path, CrowdKeys.NAME);
        String l = label.isEmpty() && name.isPresent() ? what + " " + name.get() + ": " : label;
        SiteParts.At at = new SiteParts.At(tree, path, l);
        int before = tree.problemCount();
        boolean target = what.equals("gate") || what.equals("sink") || what.equals("waiting_area");
        try {
            readShaped(m, path, shape, shapePath, l, what, name, at);
        } finally {
            // a route naming a target that failed to read is not reported again as unknown
            if (target && name.isPresent() && tree.problemCount() > before) {
                parts.failed(name.get());
            }
        }
    }

    private void readShaped(ObjectNode m, String path, JsonNode shape, String shapePath, String l, String what,
            Optional<String> name, SiteParts.At at) {
        if (shape == null) {
            tree.problem(shapePath, l + "missing shape; expected " + shapeExpectation(what));
            return;
        }
        switch (what) {
            case "gate" -> {
                Optional<Segment> passage = shapes.segment(shape, shapePath, l);
                OptionalLong lanes = tree.integer(m, path, LANES, false);
                Optional<ServiceTime> service = service(m, path, CrowdKeys.SERVICE, l, true);
                if (name.isPresent() && passage.isPresent() && lanes.isPresent() && service.isPresent()) {
                    parts.gate(new Gate(name.get(), passage.get(), (int) lanes.getAsLong(), service.get()), at);
                }
            }
            case "source" -> {
                Optional<Polygon> area = shapes.polygon(shape, shapePath, l);
                OptionalDouble rate = tree.number(m, path, RATE, true);
                Optional<List<String>> route = route(m, path, l);
                if (name.isPresent() && area.isPresent() && rate.isPresent() && route.isPresent()) {
                    parts.source(new Source(name.get(), area.get(), rate.getAsDouble(), route.get()), at);
                }
            }
            case "sink" -> {
                Optional<Polygon> area = shapes.polygon(shape, shapePath, l);
                if (name.isPresent() && area.isPresent()) {
                    parts.sink(new Sink(name.get(), area.get()), at);
                }
            }
            case "waiting_area" -> {
                Optional<Polygon> area = shapes.polygon(shape, shapePath, l);
                Optional<ServiceTime> stay = service(m, path, CrowdKeys.STAY, l, true);
                if (name.isPresent() && area.isPresent() && stay.isPresent()) {
                    parts.waitingArea(new WaitingArea(name.get(), area.get(), stay.get()), at);
                }
            }
            case "measurement_line" -> {
                Optional<Segment> line = shapes.segment(shape, shapePath, l);
                if (name.isPresent() && line.isPresent()) {
                    parts.line(new MeasurementLine(name.get(), line.get()), at);
                }
            }
            case "measurement_area" -> {
                Optional<Polygon> area = shapes.polygon(shape, shapePath, l);
                if (name.isPresent() && area.isPresent()) {
                    parts.area(new CrowdScenario.NamedArea(name.get(), area.get()), at);
                }
            }
            default -> throw new IllegalArgumentException("not a named part: " + what);
        }
    }

    static String shapeExpectation(String what) {
        return switch (what) {
            case "gate", "measurement_line" -> "a segment [[x1, y1], [x2, y2]] in metres";
            case "wall" -> "a polyline [[x, y], ...] of at least 2 points in metres";
            default -> "a polygon [[x, y], ...] of at least 3 points in metres";
        };
    }

    private Optional<ServiceTime> service(ObjectNode m, String path, String key, String label, boolean required) {
        String p = ScenarioTree.child(path, key);
        JsonNode n = required ? tree.require(m, path, key, "a mapping {distribution: exponential|deterministic, "
                + "mean_s: " + MEAN.expectation() + "}") : ScenarioTree.present(m, key);
        if (n == null) {
            return Optional.empty();
        }
        Optional<ObjectNode> sm = tree.mapping(n, p);
        if (sm.isEmpty()) {
            return Optional.empty();
        }
        tree.keys(sm.get(), p, CrowdKeys.SERVICE_KEYS);
        OptionalDouble mean = tree.number(sm.get(), p, MEAN, true);
        String dist = "exponential";
        JsonNode d = ScenarioTree.present(sm.get(), CrowdKeys.DISTRIBUTION);
        if (d != null) {
            Optional<String> t = tree.text(d, ScenarioTree.child(p, CrowdKeys.DISTRIBUTION),
                    "one of: " + String.join(", ", DISTRIBUTIONS));
            if (t.isEmpty()) {
                return Optional.empty();
            }
            if (!DISTRIBUTIONS.contains(t.get())) {
                tree.problem(ScenarioTree.child(p, CrowdKeys.DISTRIBUTION), label
                        + org.firebreak.core.scenario.Suggestions.unknown("service distribution", t.get(),
                        DISTRIBUTIONS));
                return Optional.empty();
            }
            dist = t.get();
        }
        if (mean.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ServiceTime(ServiceTime.Kind.valueOf(dist.toUpperCase(Locale.ROOT)),
                mean.getAsDouble()));
    }

    private Optional<List<String>> route(ObjectNode m, String path, String label) {
        String p = ScenarioTree.child(path, CrowdKeys.ROUTE);
        JsonNode n = tree.require(m, path, CrowdKeys.ROUTE, "a list of target names (gates, waiting areas, "
                + "ending at a sink)");
        if (n == null) {
            return Optional.empty();
        }
        if (!n.isArray()) {
            tree.problem(p, label + "expected a list of target names, got " + ScenarioTree.describe(n));
            return Optional.empty();
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n.size(); i++) {
            Optional<String> t = tree.text(n.get(i), ScenarioTree.element(p, i), "a target name");
            if (t.isEmpty()) {
                return Optional.empty();
            }
            out.add(t.get());
        }
        return Optional.of(out);
    }
}
