package org.firebreak.crowd.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.firebreak.core.param.ParameterSpec;
import org.firebreak.core.param.Parameters;
import org.firebreak.core.scenario.ScenarioException;
import org.firebreak.core.scenario.ScenarioTree;
import org.firebreak.core.scenario.Suggestions;
import org.firebreak.crowd.CrowdGeometry;
import org.firebreak.crowd.CrowdSettings;
import org.firebreak.crowd.measure.CrowdMeasureConfig;

/**
 * Reads a crowd scenario tree (version and kind already checked) into a {@link CrowdScenario}:
 * top-level keys, settings, model and measurement here, the site in {@link InlineGeometry} or
 * {@link GeoJsonGeometry}, whole-site checks in {@link SiteParts}.
 */
final class CrowdScenarioReader {
    /** Integer-valued settings. */
    private static final List<ParameterSpec> WHOLE = List.of(CrowdSettings.THREADS, CrowdSettings.OBSERVE_EVERY);

    private final ScenarioTree tree;
    private final CrowdScenarioLoader.Resolver files;

    CrowdScenarioReader(ScenarioTree tree, CrowdScenarioLoader.Resolver files) {
        this.tree = tree;
        this.files = files;
    }

    Optional<CrowdScenario> read(ObjectNode root) throws ScenarioException {
        tree.keys(root, "", CrowdKeys.TOP);
        Optional<String> name = tree.requiredId(root, "", CrowdKeys.NAME);
        Optional<String> description = tree.requiredText(root, "", CrowdKeys.DESCRIPTION, "a non-empty text");
        JsonNode seedNode = tree.require(root, "", CrowdKeys.SEED, "an integer (64-bit)");
        OptionalLong seed = seedNode == null ? OptionalLong.empty()
                : tree.wholeNumber(seedNode, CrowdKeys.SEED, "an integer (64-bit)");
        OptionalDouble duration = tree.number(root, "", CrowdScenario.DURATION, true);
        Optional<CrowdSettings> settings = settings(root);
        Optional<ModelChoice> model = model(root);
        SiteParts parts = new SiteParts();
        Optional<ScenarioTree> geoTree = geometry(root, parts);
        Optional<CrowdScenario.Measurement> measurement = measurement(root, parts);
        Optional<CrowdGeometry> geometry = Optional.empty();
        if (settings.isPresent()) {
            geometry = parts.build(settings.get().fieldCell(), new SiteParts.At(tree, "", ""));
        }
        geoTree.ifPresent(g -> g.problems().forEach(tree::add));
        if (tree.problemCount() > 0) {
            return Optional.empty();
        }
        try {
            CrowdScenario s = new CrowdScenario(CrowdScenarioLoader.CURRENT_VERSION, name.get(), description.get(),
                    seed.getAsLong(), duration.getAsDouble(), settings.get(), model.get(), geometry.get(),
                    parts.walkable(), measurement.get());
            s.measureConfig();
            return Optional.of(s);
        } catch (IllegalArgumentException e) {
            tree.problem(CrowdKeys.MEASUREMENT, e.getMessage());
            return Optional.empty();
        }
    }

    private Optional<ObjectNode> section(ObjectNode root, String key) {
        JsonNode n = ScenarioTree.present(root, key);
        return n == null ? Optional.of(root.objectNode()) : tree.mapping(n, key);
    }

    private Optional<CrowdSettings> settings(ObjectNode root) {
        Optional<ObjectNode> m = section(root, CrowdKeys.SETTINGS);
        if (m.isEmpty()) {
            return Optional.empty();
        }
        tree.keys(m.get(), CrowdKeys.SETTINGS, CrowdKeys.SETTINGS_KEYS);
        int before = tree.problemCount();
        Map<String, Double> given = new LinkedHashMap<>();
        for (ParameterSpec spec : CrowdSettings.SPECS) {
            if (WHOLE.contains(spec)) {
                tree.integer(m.get(), CrowdKeys.SETTINGS, spec, false).ifPresent(v -> given.put(spec.key(), (double) v));
            } else {
                tree.number(m.get(), CrowdKeys.SETTINGS, spec, false).ifPresent(v -> given.put(spec.key(), v));
            }
        }
        if (tree.problemCount() > before) {
            return Optional.empty();
        }
        try {
            return Optional.of(CrowdSettings.of(Parameters.of(CrowdSettings.SPECS, given)));
        } catch (IllegalArgumentException e) {
            tree.problem(CrowdKeys.SETTINGS, e.getMessage());
            return Optional.empty();
        }
    }

    private Optional<ModelChoice> model(ObjectNode root) {
        Optional<ObjectNode> m = section(root, CrowdKeys.MODEL);
        if (m.isEmpty()) {
            return Optional.empty();
        }
        String id = ModelChoice.SOCIAL_FORCE;
        JsonNode idNode = ScenarioTree.present(m.get(), CrowdKeys.ID);
        List<String> models = List.copyOf(ModelChoice.MODELS.keySet());
        if (idNode != null) {
            Optional<String> t = tree.text(idNode, ScenarioTree.child(CrowdKeys.MODEL, CrowdKeys.ID),
                    "a model id, one of: " + String.join(", ", models));
            if (t.isEmpty()) {
                return Optional.empty();
            }
            if (!models.contains(t.get())) {
                tree.problem(ScenarioTree.child(CrowdKeys.MODEL, CrowdKeys.ID),
                        Suggestions.unknown("pedestrian model", t.get(), models));
                return Optional.empty();
            }
            id = t.get();
        }
        List<ParameterSpec> specs = ModelChoice.MODELS.get(id);
        List<String> keys = new ArrayList<>(List.of(CrowdKeys.ID));
        specs.forEach(spec -> keys.add(spec.key()));
        tree.keys(m.get(), CrowdKeys.MODEL, keys);
        String model = id;
        return tree.parameters(m.get(), CrowdKeys.MODEL, specs).map(p -> new ModelChoice(model, p));
    }

    /** @return the GeoJSON file's tree when the geometry came from one */
    private Optional<ScenarioTree> geometry(ObjectNode root, SiteParts parts) throws ScenarioException {
        JsonNode inline = ScenarioTree.present(root, CrowdKeys.GEOMETRY);
        JsonNode file = ScenarioTree.present(root, CrowdKeys.GEOMETRY_FILE);
        if (inline != null && file != null) {
            tree.problem(CrowdKeys.GEOMETRY_FILE, "both geometry and geometry_file are given; expected one of them");
            return Optional.empty();
        }
        if (inline == null && file == null) {
            tree.problem("", "missing key 'geometry' (or 'geometry_file'); expected the site inline or a GeoJSON file");
            return Optional.empty();
        }
        if (inline != null) {
            tree.mapping(inline, CrowdKeys.GEOMETRY).ifPresent(g -> InlineGeometry.read(g, CrowdKeys.GEOMETRY, tree,
                    parts));
            return Optional.empty();
        }
        Optional<String> name = tree.text(file, CrowdKeys.GEOMETRY_FILE, "a GeoJSON file name, relative to the "
                + "scenario file");
        if (name.isEmpty()) {
            return Optional.empty();
        }
        Optional<CrowdScenarioLoader.Text> text = files.read(name.get(), tree);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        ScenarioTree geo;
        try {
            geo = ScenarioTree.parse(text.get().label(), text.get().text(), false);
        } catch (ScenarioException e) {
            e.problems().forEach(tree::add);
            return Optional.empty();
        }
        GeoJsonGeometry.read(geo, parts);
        return Optional.of(geo);
    }

    private Optional<CrowdScenario.Measurement> measurement(ObjectNode root, SiteParts parts) {
        Optional<ObjectNode> m = section(root, CrowdKeys.MEASUREMENT);
        if (m.isEmpty()) {
            return Optional.empty();
        }
        String p = CrowdKeys.MEASUREMENT;
        tree.keys(m.get(), p, CrowdKeys.MEASUREMENT_KEYS);
        int before = tree.problemCount();
        OptionalDouble cell = tree.number(m.get(), p, renamed(CrowdMeasureConfig.CELL_SIZE, CrowdKeys.CELL_SIZE), false);
        OptionalDouble bin = tree.number(m.get(), p, renamed(CrowdMeasureConfig.BIN, CrowdKeys.BIN), false);
        OptionalDouble vi = tree.number(m.get(), p, renamed(CrowdMeasureConfig.VORONOI_INTERVAL,
                CrowdKeys.VORONOI_INTERVAL), false);
        OptionalDouble vr = tree.number(m.get(), p, renamed(CrowdMeasureConfig.VORONOI_RADIUS,
                CrowdKeys.VORONOI_RADIUS), false);
        Optional<Boolean> all = tree.bool(m.get(), p, CrowdKeys.VORONOI_ALL, false);
        OptionalDouble ti = tree.number(m.get(), p, renamed(CrowdMeasureConfig.TRAJECTORY_INTERVAL,
                CrowdKeys.TRAJECTORY_INTERVAL), false);
        Optional<Boolean> geojson = tree.bool(m.get(), p, CrowdKeys.TRAJECTORY_GEOJSON, false);
        Optional<List<Double>> thresholds = thresholds(m.get(), p);
        PartReader reader = new PartReader(tree, parts);
        InlineGeometry.named(m.get(), p, CrowdKeys.AREAS, "measurement_area", CrowdKeys.AREA,
                CrowdKeys.NAMED_AREA_KEYS, tree, reader);
        InlineGeometry.named(m.get(), p, CrowdKeys.LINES, "measurement_line", CrowdKeys.LINE,
                CrowdKeys.NAMED_LINE_KEYS, tree, reader);
        if (tree.problemCount() > before) {
            return Optional.empty();
        }
        return Optional.of(new CrowdScenario.Measurement(cell.getAsDouble(), bin.getAsDouble(), vi.getAsDouble(),
                vr.getAsDouble(), all.get(), thresholds.get(), ti.getAsDouble(), geojson.get(), parts.areas()));
    }

    private Optional<List<Double>> thresholds(ObjectNode m, String p) {
        String tp = ScenarioTree.child(p, CrowdKeys.THRESHOLDS);
        JsonNode n = ScenarioTree.present(m, CrowdKeys.THRESHOLDS);
        if (n == null) {
            return Optional.of(List.of(4.0, 6.0));
        }
        if (!n.isArray()) {
            tree.problem(tp, "expected a list of increasing densities, each " + CrowdMeasureConfig.THRESHOLD
                    .expectation() + ", got " + ScenarioTree.describe(n));
            return Optional.empty();
        }
        List<Double> out = new ArrayList<>();
        double last = 0;
        for (int i = 0; i < n.size(); i++) {
            JsonNode v = n.get(i);
            String ep = ScenarioTree.element(tp, i);
            if (!v.isNumber() || !CrowdMeasureConfig.THRESHOLD.accepts(v.doubleValue())) {
                tree.problem(ep, "expected " + CrowdMeasureConfig.THRESHOLD.expectation() + ", got "
                        + ScenarioTree.describe(v));
                return Optional.empty();
            }
            if (v.doubleValue() <= last) {
                tree.problem(ep, "threshold " + ParameterSpec.format(v.doubleValue())
                        + " does not exceed the one before; expected strictly increasing densities");
                return Optional.empty();
            }
            last = v.doubleValue();
            out.add(last);
        }
        return Optional.of(out);
    }

    /** The measurement package's specs under this format's key names (unit suffixes as elsewhere in the file). */
    static ParameterSpec renamed(ParameterSpec spec, String key) {
        return new ParameterSpec(key, spec.unit(), spec.min(), spec.max(), spec.defaultValue(), spec.description());
    }
}
