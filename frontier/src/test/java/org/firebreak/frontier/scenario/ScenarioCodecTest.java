package org.firebreak.frontier.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.firebreak.frontier.scenario.ScenarioFiles.HEAD;
import static org.firebreak.frontier.scenario.ScenarioFiles.load;
import static org.firebreak.frontier.scenario.ScenarioFiles.resource;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.firebreak.core.param.ParameterSpec;
import org.firebreak.core.param.Parameters;
import org.firebreak.core.scenario.CanonicalJson;
import org.firebreak.frontier.agent.kind.AgentType;
import org.firebreak.frontier.detection.DetectionLaws;
import org.firebreak.frontier.detection.DetectionModel;
import org.firebreak.frontier.detection.DetectionModifiers;
import org.firebreak.frontier.detection.ExponentialLaw;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScenarioCodecTest {
    private static final ParameterSpec SPEED = new ParameterSpec("speed_kmh", "km/h", 1, 12, 6, "test speed");

    /** Built in code, so the golden text below depends on no default outside this test. */
    private static Scenario golden() {
        BehaviourChoice none = new BehaviourChoice("test.none", Parameters.defaults(List.of()));
        BehaviourChoice go = new BehaviourChoice("test.go", Parameters.of(List.of(SPEED), Map.of("speed_kmh", 4.25)));
        BehaviourSet set = new BehaviourSet(none, none, go);
        Map<String, CrossingCapacity> crossings = new LinkedHashMap<>();
        crossings.put("south-crossing", new CrossingCapacity(3, 100.5));
        crossings.put("north-crossing", new CrossingCapacity(4, 120));
        return new Scenario(1, "golden", "line one\n\"quoted\"\tcaf\u00e9", 42, TerrainSpec.of("synthetic"),
                new TimeSettings(60, 0.5), new AgentSettings(new RefugeeParameters(0.85, 0.15),
                new FighterParameters(1, 0.1), new GuardParameters(1, 0, DetectionModel.of(DetectionLaws.EXPONENTIAL,
                Parameters.of(ExponentialLaw.SPECS, Map.of("range_m", 2000.0, "rate_per_hour", 6.0, "decay_per_km", 0.5)),
                new DetectionModifiers(0.25, 0.5, 8, 0.75, true, 2.5, 1.7, 100)))), crossings,
                List.of(new SourceSpec("s", AgentType.REFUGEE, "east-town", 2000, 0, 24, 100, new GroupSize(1, 8, 4.5),
                        "west-city", set)),
                List.of(new GuardDeployment("p", Optional.empty(), Optional.of(new PatrolSector("IRN-IRQ", 0.001, 12.5)),
                        4, 2, set), new GuardDeployment("q", Optional.of("north-crossing"), Optional.empty(), 1, 1, set)));
    }

    private static final String BEHAVIOURS = """
                  "behaviours": {
                    "strategic": {
                      "id": "test.none",
                      "parameters": {}
                    },
                    "tactical": {
                      "id": "test.none",
                      "parameters": {}
                    },
                    "operational": {
                      "id": "test.go",
                      "parameters": {
                        "speed_kmh": 4.25
                      }
                    }
                  }
            """;

    private static final String GOLDEN = """
            {
              "version": 1,
              "name": "golden",
              "description": "line one\\n\\"quoted\\"\\tcaf\u00e9",
              "seed": 42,
              "terrain": {
                "dataset": "synthetic",
                "cell_size_m": 1000,
                "off_road_factor": 1,
                "road_factor": 1,
                "marsh_factor": 0.3,
                "vehicle_road_kmh": 40,
                "vehicle_off_road_kmh": 10,
                "fords": []
              },
              "time": {
                "step_seconds": 60,
                "duration_hours": 0.5,
                "start_utc": "2026-03-20T00:00:00Z"
              },
              "agents": {
                "refugee": {
                  "speed_factor_mean": 0.85,
                  "speed_factor_sd": 0.15
                },
                "fighter": {
                  "speed_factor_mean": 1,
                  "speed_factor_sd": 0.1,
                  "sighting_range_m": 1500
                },
                "guard": {
                  "speed_factor_mean": 1,
                  "speed_factor_sd": 0,
                  "detection": {
                    "law": "detection.exponential",
                    "range_m": 2000,
                    "rate_per_hour": 6,
                    "decay_per_km": 0.5,
                    "night_range_factor": 0.25,
                    "night_rate_factor": 0.5,
                    "relief_cover": 8,
                    "group_exponent": 0.75,
                    "line_of_sight": true,
                    "observer_height_m": 2.5,
                    "target_height_m": 1.7,
                    "terrain_sample_m": 100
                  }
                }
              },
              "crossings": {
                "north-crossing": {
                  "lanes": 4,
                  "service_seconds_mean": 120,
                  "fighter_detection_probability": 0.3,
                  "closed_from_hours": 87600,
                  "closed_to_hours": 87600
                },
                "south-crossing": {
                  "lanes": 3,
                  "service_seconds_mean": 100.5,
                  "fighter_detection_probability": 0.3,
                  "closed_from_hours": 87600,
                  "closed_to_hours": 87600
                }
              },
              "sources": [
                {
                  "id": "s",
                  "type": "refugee",
                  "place": "east-town",
                  "radius_m": 2000,
                  "start_hours": 0,
                  "end_hours": 24,
                  "people": 100,
                  "group_size": {
                    "min": 1,
                    "max": 8,
                    "mean": 4.5
                  },
                  "age_groups": [],
                  "vehicle_share": 0,
                  "destination": "west-city",
            %s    }
              ],
              "guards": [
                {
                  "id": "p",
                  "patrol": {
                    "border": "IRN-IRQ",
                    "from_km": 0.001,
                    "to_km": 12.5
                  },
                  "guards": 4,
                  "team_size": 2,
            %s    },
                {
                  "id": "q",
                  "post": "north-crossing",
                  "guards": 1,
                  "team_size": 1,
            %s    }
              ],
              "reallocations": [],
              "camps": []
            }
            """.formatted(BEHAVIOURS, BEHAVIOURS, BEHAVIOURS);

    @Test
    void canonicalJsonIsExactlyTheDocumentedLayout() {
        assertThat(ScenarioCodec.toCanonicalJson(golden())).isEqualTo(GOLDEN);
    }

    @Test
    void hashIsSha256OfTheCanonicalJsonWithoutTheSeed() throws Exception {
        String withoutSeed = GOLDEN.replace("  \"seed\": 42,\n", "");
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(withoutSeed.getBytes(StandardCharsets.UTF_8));
        assertThat(ScenarioCodec.contentHash(golden())).isEqualTo(HexFormat.of().formatHex(digest)).hasSize(64)
                .matches("[0-9a-f]{64}");
    }

    @Test
    void canonicalJsonLoadsBackEqual() {
        Scenario full = load("full.yaml", resource("full.yaml"));
        String canonical = ScenarioCodec.toCanonicalJson(full);
        Scenario again = load("canonical.json", canonical);
        assertThat(again).isEqualTo(full);
        assertThat(ScenarioCodec.toCanonicalJson(again)).isEqualTo(canonical);

        Scenario minimal = load("minimal.yaml", HEAD);
        assertThat(load("minimal.json", ScenarioCodec.toCanonicalJson(minimal))).isEqualTo(minimal);
    }

    @Test
    void awkwardTextAndNumbersSurviveTheRoundTrip() {
        Scenario s = load("awkward.yaml", HEAD.replace("description: a test scenario",
                "description: \"tab\\there \\\"q\\\" back\\\\slash \u00e9 \u2713 \\u0001\\nnext line\"") + """
                time: {duration_hours: 0.30000000000000004}
                agents: {refugee: {speed_factor_sd: -0.0}, guard: {detection_rate_per_hour: 1e-7}}
                """);
        assertThat(s.description()).isEqualTo("tab\there \"q\" back\\slash \u00e9 \u2713 \u0001\nnext line");
        assertThat(Double.doubleToRawLongBits(s.agents().refugee().speedFactorSd())).isZero();
        assertThat(load("awkward.json", ScenarioCodec.toCanonicalJson(s))).isEqualTo(s);
    }

    @Test
    void numbersHaveOneStableForm() {
        assertThat(CanonicalJson.number(0.85)).isEqualTo("0.85");
        assertThat(CanonicalJson.number(60)).isEqualTo("60");
        assertThat(CanonicalJson.number(0.001)).isEqualTo("0.001");
        assertThat(CanonicalJson.number(1e-7)).isEqualTo("0.0000001");
        assertThat(CanonicalJson.number(1e20)).isEqualTo("100000000000000000000");
        assertThat(CanonicalJson.number(-2.5)).isEqualTo("-2.5");
        assertThat(CanonicalJson.number(-0.0)).isEqualTo("0");
        assertThat(CanonicalJson.number(0.1 + 0.2)).isEqualTo("0.30000000000000004");
        assertThat(CanonicalJson.number(1.0 / 3)).isEqualTo("0.3333333333333333");
        assertThat(CanonicalJson.number(2.0 / 3)).isEqualTo("0.6666666666666666");
        assertThatThrownBy(() -> CanonicalJson.number(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void hashIgnoresTheSeed() {
        Scenario s = load("full.yaml", resource("full.yaml"));
        assertThat(ScenarioCodec.toCanonicalJson(s.withSeed(1))).isNotEqualTo(ScenarioCodec.toCanonicalJson(s));
        assertThat(ScenarioCodec.contentHash(s.withSeed(1))).isEqualTo(ScenarioCodec.contentHash(s));
    }

    @Test
    void hashIgnoresLayoutCommentsKeyOrderAndWrittenDefaults() {
        String hash = ScenarioCodec.contentHash(load("full.yaml", resource("full.yaml")));
        assertThat(ScenarioCodec.contentHash(load("full.json", resource("full.json")))).isEqualTo(hash);
        assertThat(ScenarioCodec.contentHash(load("reordered.yaml", resource("full-reformatted.yaml"))))
                .isEqualTo(hash);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "name: synthetic-frontier | name: synthetic-frontier-2",
        "toward West City | towards West City",
        "step_seconds: 30 | step_seconds: 60",
        "duration_hours: 48 | duration_hours: 48.5",
        "refugee: {speed_factor_mean: 0.8 | refugee: {speed_factor_mean: 0.81",
        "detection_rate_per_hour: 4.5 | detection_rate_per_hour: 4.6",
        "{lanes: 6, service_seconds_mean: 90} | {lanes: 6, service_seconds_mean: 91}",
        "south-crossing: {lanes: 2} | south-crossing: {lanes: 3}",
        "radius_m: 3000 | radius_m: 3001",
        "end_hours: 24 | end_hours: 23",
        "people: 2000 | people: 1999",
        "mean: 4.5 | mean: 4",
        "destination: west-city | destination: west-town",
        "peak_speed_kmh: 5.5 | peak_speed_kmh: 5",
        "min_distance_from_official_m: 8000 | min_distance_from_official_m: 8001",
        "post: north-crossing | post: south-crossing",
        "to_km: 80 | to_km: 81",
        "team_size: 3 | team_size: 2",
        "id: middle-patrol | id: centre-patrol",
    })
    void hashChangesWithAnyValue(String from, String to) {
        String text = resource("full.yaml");
        assertThat(text).contains(from);
        String hash = ScenarioCodec.contentHash(load("full.yaml", text));
        assertThat(ScenarioCodec.contentHash(load("changed.yaml", text.replace(from, to)))).isNotEqualTo(hash);
    }

    @Test
    void hashChangesWithTheOrderOfSources() {
        Scenario s = load("full.yaml", resource("full.yaml"));
        Scenario swapped = new Scenario(s.version(), s.name(), s.description(), s.seed(), s.terrain(), s.time(),
                s.agents(), s.crossings(), List.of(s.sources().get(1), s.sources().get(0)), s.guards());
        assertThat(ScenarioCodec.contentHash(swapped)).isNotEqualTo(ScenarioCodec.contentHash(s));
    }
}
