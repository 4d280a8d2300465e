package org.firebreak.frontier.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.firebreak.frontier.scenario.ScenarioFiles.HEAD;
import static org.firebreak.frontier.scenario.ScenarioFiles.load;
import static org.firebreak.frontier.scenario.ScenarioFiles.problems;
import static org.firebreak.frontier.scenario.ScenarioFiles.single;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.firebreak.frontier.behaviour.defaults.DefaultBehaviours;
import org.firebreak.core.param.ParameterSpec;
import org.firebreak.core.param.Parameters;
import org.firebreak.core.scenario.ScenarioException;
import org.firebreak.core.scenario.ScenarioProblem;
import org.firebreak.core.terrain.TerrainCatalog;
import org.firebreak.frontier.behaviour.BehaviourRegistry;
import org.firebreak.frontier.detection.CookieCutterLaw;
import org.firebreak.frontier.detection.DetectionLaw;
import org.firebreak.frontier.detection.DetectionLawDefinition;
import org.firebreak.frontier.detection.DetectionLaws;
import org.firebreak.frontier.detection.DetectionModel;
import org.firebreak.frontier.detection.DetectionModifiers;
import org.firebreak.frontier.detection.ExponentialLaw;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** {@code agents.guard.detection}: every key, the short form of format 1, and every problem. */
class DetectionScenarioTest {
    private static final String KNOWN_LAWS = "known: detection.exponential, detection.cookie-cutter";
    private static final String EXPONENTIAL_KEYS = "law, range_m, rate_per_hour, decay_per_km, night_range_factor, "
            + "night_rate_factor, relief_cover, group_exponent, line_of_sight, observer_height_m, target_height_m, "
            + "terrain_sample_m";

    /** @return HEAD, then agents.guard with the given lines (the first at line 9) */
    private static String guard(String lines) {
        return HEAD + "agents:\n  guard:\n" + lines.stripTrailing().indent(4);
    }

    private static DetectionModel detection(String text) {
        return load("d.yaml", text).agents().guard().detection();
    }

    @Test
    void everyKeyIsRead() {
        DetectionModel m = detection(guard("""
                detection:
                  law: detection.exponential
                  range_m: 3000
                  rate_per_hour: 12
                  decay_per_km: 0.7
                  night_range_factor: 0.3
                  night_rate_factor: 0.6
                  relief_cover: 12
                  group_exponent: 0.8
                  line_of_sight: true
                  observer_height_m: 8
                  target_height_m: 1.2
                  terrain_sample_m: 90
                """));
        assertThat(m).isEqualTo(DetectionModel.of(DetectionLaws.EXPONENTIAL, Parameters.of(ExponentialLaw.SPECS,
                Map.of("range_m", 3000.0, "rate_per_hour", 12.0, "decay_per_km", 0.7)),
                new DetectionModifiers(0.3, 0.6, 12, 0.8, true, 8, 1.2, 90)));
        assertThat(m.law()).isInstanceOf(ExponentialLaw.class);
    }

    @Test
    void theCookieCutterLawIsNamedById() {
        DetectionModel m = detection(guard("detection: {law: detection.cookie-cutter, range_m: 800}"));
        assertThat(m.lawId()).isEqualTo(CookieCutterLaw.ID);
        assertThat(m.law()).isInstanceOf(CookieCutterLaw.class);
        assertThat(m.maxRangeM()).isEqualTo(800);
        assertThat(m.modifiers()).isEqualTo(DetectionModifiers.defaults());
    }

    @Test
    void leftOutDetectionIsTheDefaultExponentialLaw() {
        assertThat(detection(HEAD)).isEqualTo(DetectionModel.defaults());
        assertThat(detection(guard("speed_factor_mean: 1.2"))).isEqualTo(DetectionModel.defaults());
        assertThat(detection(guard("detection: {range_m: 1000}")).lawId()).isEqualTo(ExponentialLaw.ID);
        DetectionModel d = DetectionModel.defaults();
        assertThat(d.lawParameters().asMap()).containsExactly(Map.entry("range_m", 2000.0),
                Map.entry("rate_per_hour", 6.0), Map.entry("decay_per_km", 0.0));
        assertThat(d.modifiers()).isEqualTo(new DetectionModifiers(1, 1, 0, 1, false, 1.6, 1.7, 250));
    }

    @Test
    void theShortFormOfFormatOneMeansWhatItMeant() {
        // format 1: a constant rate within a range, nothing else
        Scenario old = load("old.yaml", guard("detection_range_m: 1500\ndetection_rate_per_hour: 4.5"));
        Scenario mapped = load("new.yaml", guard("detection: {law: detection.exponential, range_m: 1500, "
                + "rate_per_hour: 4.5, decay_per_km: 0, night_range_factor: 1, night_rate_factor: 1, relief_cover: 0, "
                + "group_exponent: 1, line_of_sight: false}"));
        assertThat(old).isEqualTo(mapped);
        assertThat(ScenarioCodec.contentHash(old)).isEqualTo(ScenarioCodec.contentHash(mapped));
        // each key of the short form alone keeps the other's default
        assertThat(detection(guard("detection_rate_per_hour: 30"))).isEqualTo(DetectionModel.exponential(2000, 30));
        assertThat(detection(guard("detection_range_m: 700"))).isEqualTo(DetectionModel.exponential(700, 6));
    }

    @Test
    void theBundledScenarioOfTheSyntheticFrontierStillLoads() throws Exception {
        Path file = Path.of("..", "data", "src", "main", "resources", "org", "firebreak", "data", "scenarios",
                "synthetic-frontier.yaml");
        Assumptions.assumeTrue(Files.exists(file), "the data module is not beside this one");
        Scenario s = ScenarioFiles.LOADER.load(file);
        assertThat(s.agents().guard().detection()).isEqualTo(DetectionModel.exponential(2000, 6));
    }

    @Test
    void theCanonicalFormWritesTheMappingAndLoadsBackEqual() {
        Scenario s = load("d.yaml", guard("""
                detection:
                  law: detection.cookie-cutter
                  range_m: 1200
                  night_range_factor: 0.4
                  line_of_sight: true
                """));
        String canonical = ScenarioCodec.toCanonicalJson(s);
        assertThat(canonical).contains("""
                    "detection": {
                      "law": "detection.cookie-cutter",
                      "range_m": 1200,
                      "night_range_factor": 0.4,
                      "night_rate_factor": 1,
                      "relief_cover": 0,
                      "group_exponent": 1,
                      "line_of_sight": true,
                      "observer_height_m": 1.6,
                      "target_height_m": 1.7,
                      "terrain_sample_m": 250
                    }
                """.indent(2));
        assertThat(load("d.json", canonical)).isEqualTo(s);
        Scenario other = load("e.yaml", guard("detection: {law: detection.cookie-cutter, range_m: 1200, "
                + "night_range_factor: 0.4, line_of_sight: false}"));
        assertThat(ScenarioCodec.contentHash(other)).isNotEqualTo(ScenarioCodec.contentHash(s));
    }

    @Test
    void aLawRegisteredByAProgramIsNamedLikeTheLibrarys() {
        BehaviourRegistry registry = DefaultBehaviours.registry();
        ParameterSpec chance = new ParameterSpec("chance", "", 0, 1, 0.5, "test chance per step");
        registry.detectionLaws().register(new DetectionLawDefinition("detection.test-flat", "a flat chance",
                List.of(chance), p -> new FlatLaw(p.get(chance))));
        ScenarioLoader loader = new ScenarioLoader(registry, TerrainCatalog.withBuiltIns());
        DetectionModel m;
        try {
            m = loader.load("flat.yaml", guard("detection: {law: detection.test-flat, chance: 0.25}"))
                    .agents().guard().detection();
        } catch (ScenarioException e) {
            throw new AssertionError(e.getMessage(), e);
        }
        assertThat(m.probability(0, 0, 10, 10, 1, 90, 60, null)).isEqualTo(0.25);
    }

    /** A law for the registry test: the same chance everywhere within 100 m. */
    private record FlatLaw(double chance) implements DetectionLaw {
        @Override
        public double maxRangeM() {
            return 100;
        }

        @Override
        public double probability(double distanceM, double dtSeconds) {
            return distanceM <= 100 ? chance : 0;
        }
    }

    @Test
    void anUnknownLawIsNamedWithTheNearestKnownOne() {
        assertThat(single("d.yaml", guard("detection:\n  law: detection.exponentail\n  range_m: 100")))
                .isEqualTo("d.yaml:10: agents.guard.detection.law: unknown detection law 'detection.exponentail'; "
                        + "did you mean 'detection.exponential'? " + KNOWN_LAWS);
        assertThat(single("d.yaml", guard("detection:\n  law: sonar")))
                .isEqualTo("d.yaml:10: agents.guard.detection.law: unknown detection law 'sonar'; " + KNOWN_LAWS);
        assertThat(single("d.yaml", guard("detection:\n  law: 5"))).isEqualTo("d.yaml:10: agents.guard.detection.law: "
                + "expected a detection law id, one of: detection.exponential, detection.cookie-cutter, got 5");
    }

    @Test
    void valuesOutOfRangeNaNOrOfTheWrongTypeAreRefusedWithTheirRange() {
        assertThat(single("d.yaml", guard("detection:\n  night_range_factor: 1.5"))).isEqualTo(
                "d.yaml:10: agents.guard.detection.night_range_factor: night_range_factor = 1.5 is out of range; "
                        + "expected a number in [0, 1]");
        assertThat(single("d.yaml", guard("detection:\n  rate_per_hour: .nan"))).isEqualTo(
                "d.yaml:10: agents.guard.detection.rate_per_hour: rate_per_hour = NaN is out of range; "
                        + "expected a number in [0, 3600] 1/h");
        assertThat(single("d.yaml", guard("detection:\n  law: detection.cookie-cutter\n  range_m: \"900\"")))
                .isEqualTo("d.yaml:11: agents.guard.detection.range_m: expected a number in [0, 50000] m, got string "
                        + "\"900\"");
        assertThat(single("d.yaml", guard("detection:\n  relief_cover: -1"))).isEqualTo(
                "d.yaml:10: agents.guard.detection.relief_cover: relief_cover = -1 is out of range; "
                        + "expected a number in [0, 100]");
        assertThat(single("d.yaml", guard("detection:\n  group_exponent: 2"))).isEqualTo(
                "d.yaml:10: agents.guard.detection.group_exponent: group_exponent = 2 is out of range; "
                        + "expected a number in [0, 1]");
        assertThat(single("d.yaml", guard("detection:\n  observer_height_m: 501"))).isEqualTo(
                "d.yaml:10: agents.guard.detection.observer_height_m: observer_height_m = 501 is out of range; "
                        + "expected a number in [0, 500] m");
        assertThat(single("d.yaml", guard("detection:\n  target_height_m: .inf"))).isEqualTo(
                "d.yaml:10: agents.guard.detection.target_height_m: target_height_m = Infinity is out of range; "
                        + "expected a number in [0, 10] m");
        assertThat(single("d.yaml", guard("detection:\n  terrain_sample_m: 0"))).isEqualTo(
                "d.yaml:10: agents.guard.detection.terrain_sample_m: terrain_sample_m = 0 is out of range; "
                        + "expected a number in [1, 10000] m");
        assertThat(single("d.yaml", guard("detection:\n  decay_per_km: 101"))).isEqualTo(
                "d.yaml:10: agents.guard.detection.decay_per_km: decay_per_km = 101 is out of range; "
                        + "expected a number in [0, 100] 1/km");
        assertThat(single("d.yaml", guard("detection:\n  night_rate_factor: -0.1"))).isEqualTo(
                "d.yaml:10: agents.guard.detection.night_rate_factor: night_rate_factor = -0.1 is out of range; "
                        + "expected a number in [0, 1]");
        assertThat(single("d.yaml", guard("detection:\n  line_of_sight: 1"))).isEqualTo(
                "d.yaml:10: agents.guard.detection.line_of_sight: expected true or false, got 1");
        assertThat(single("d.yaml", guard("detection: exponential"))).isEqualTo(
                "d.yaml:9: agents.guard.detection: expected a mapping, got string \"exponential\"");
    }

    @Test
    void unknownKeysNameTheLawAndItsKeys() {
        assertThat(single("d.yaml", guard("detection:\n  rate_per_huor: 5"))).isEqualTo(
                "d.yaml:10: agents.guard.detection.rate_per_huor: unknown key 'rate_per_huor' for detection law "
                        + "'detection.exponential'; expected one of: " + EXPONENTIAL_KEYS
                        + " (did you mean 'rate_per_hour'?)");
        // a key of another law
        assertThat(single("d.yaml", guard("detection:\n  law: detection.cookie-cutter\n  rate_per_hour: 5")))
                .isEqualTo("d.yaml:11: agents.guard.detection.rate_per_hour: unknown key 'rate_per_hour' for detection "
                        + "law 'detection.cookie-cutter'; expected one of: law, range_m, night_range_factor, "
                        + "night_rate_factor, relief_cover, group_exponent, line_of_sight, observer_height_m, "
                        + "target_height_m, terrain_sample_m");
        assertThat(single("d.yaml", guard("detecton: {range_m: 100}"))).isEqualTo(
                "d.yaml:9: agents.guard.detecton: unknown key 'detecton'; expected one of: speed_factor_mean, "
                        + "speed_factor_sd, detection, detection_range_m, detection_rate_per_hour "
                        + "(did you mean 'detection'?)");
    }

    @Test
    void theShortFormAndTheMappingTogetherAreRefused() {
        assertThat(problems("d.yaml", guard("detection_range_m: 1500\ndetection: {range_m: 1500}\n"
                + "detection_rate_per_hour: 3")).stream().map(ScenarioProblem::toString).toList()).containsExactly(
                "d.yaml:9: agents.guard.detection_range_m: 'detection_range_m' is the short form of detection.range_m; "
                        + "give either the short form or a 'detection' mapping, not both",
                "d.yaml:11: agents.guard.detection_rate_per_hour: 'detection_rate_per_hour' is the short form of "
                        + "detection.rate_per_hour; give either the short form or a 'detection' mapping, not both");
    }

    @Test
    void theShortFormIsRangeCheckedAsBefore() {
        assertThat(single("d.yaml", guard("detection_range_m: 60000"))).isEqualTo(
                "d.yaml:9: agents.guard.detection_range_m: detection_range_m = 60000 is out of range; "
                        + "expected a number in [0, 50000] m");
        assertThat(single("d.yaml", guard("detection_rate_per_hour: .nan"))).isEqualTo(
                "d.yaml:9: agents.guard.detection_rate_per_hour: detection_rate_per_hour = NaN is out of range; "
                        + "expected a number in [0, 3600] 1/h");
    }

    @Test
    void everyProblemOfTheMappingIsReportedAtOnce() {
        List<ScenarioProblem> all = problems("d.yaml", guard("""
                detection:
                  law: detection.cookie-cutter
                  range_m: -5
                  night_range_factor: 2
                  line_of_sight: maybe
                  colour: green
                """));
        assertThat(all).extracting(ScenarioProblem::keyPath).containsExactly("agents.guard.detection.range_m",
                "agents.guard.detection.night_range_factor", "agents.guard.detection.line_of_sight",
                "agents.guard.detection.colour");
        assertThat(all).extracting(ScenarioProblem::line).containsExactly(11, 12, 13, 14);
    }
}
