package org.firebreak.frontier.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.firebreak.frontier.scenario.ScenarioFiles.HEAD;
import static org.firebreak.frontier.scenario.ScenarioFiles.LOADER;
import static org.firebreak.frontier.scenario.ScenarioFiles.load;
import static org.firebreak.frontier.scenario.ScenarioFiles.resource;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.firebreak.core.param.ParameterSpec;
import org.firebreak.core.param.Parameters;
import org.firebreak.frontier.agent.kind.AgentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioLoaderTest {
    private static Parameters params(List<ParameterSpec> specs, Map<String, Double> given) {
        return Parameters.of(specs, given);
    }

    private static List<ParameterSpec> specsOf(String behaviourId) {
        return ScenarioFiles.REGISTRY.find(behaviourId).orElseThrow().parameters();
    }

    private static BehaviourChoice choice(String id) {
        return new BehaviourChoice(id, Parameters.defaults(specsOf(id)));
    }

    private static BehaviourChoice choice(String id, String key, double value) {
        return new BehaviourChoice(id, params(specsOf(id), Map.of(key, value)));
    }

    @Test
    void fullYamlLoadsIntoTheRecordsItDescribes() {
        Scenario s = load("full.yaml", resource("full.yaml"));

        assertThat(s.version()).isEqualTo(1);
        assertThat(s.name()).isEqualTo("synthetic-frontier");
        assertThat(s.description()).startsWith("Families leave East Town over the first day toward West City; a small")
                .endsWith("covers the middle of the border.").doesNotContain("\n");
        assertThat(s.seed()).isEqualTo(20261126L);
        assertThat(s.terrain()).isEqualTo(TerrainSpec.of("synthetic"));
        assertThat(s.time()).isEqualTo(new TimeSettings(30, 48));
        assertThat(s.agents()).isEqualTo(new AgentSettings(new RefugeeParameters(0.8, 0.2),
                new FighterParameters(1.1, FighterParameters.SPEED_FACTOR_SD.defaultValue()),
                new GuardParameters(1, 0, 1500, 4.5)));
        assertThat(s.crossings()).containsExactly(
                Map.entry("north-crossing", new CrossingCapacity(6, 90)),
                Map.entry("south-crossing", new CrossingCapacity(2, CrossingCapacity.SERVICE_SECONDS_MEAN.defaultValue())));

        BehaviourChoice walk = choice("walk.tobler");
        assertThat(s.sources()).containsExactly(
                new SourceSpec("east-town-families", AgentType.REFUGEE, "east-town", 3000, 0, 24, 2000,
                        new GroupSize(1, 8, 4.5), "west-city", new BehaviourSet(
                                choice("refugee.nearest-official-crossing"), choice("route.straight-line"),
                                choice("walk.tobler", "peak_speed_kmh", 5.5))),
                new SourceSpec("east-village-fighters", AgentType.FIGHTER, "east-village",
                        SourceSpec.RADIUS_M.defaultValue(), SourceSpec.START_HOURS.defaultValue(),
                        SourceSpec.END_HOURS.defaultValue(), 12, GroupSize.fixed(1), "west-town", new BehaviourSet(
                                choice("fighter.informal-direct", "min_distance_from_official_m", 8000),
                                choice("route.straight-line"), walk)));
        assertThat(s.guards()).containsExactly(
                new GuardDeployment("north-post", Optional.of("north-crossing"), Optional.empty(), 8, 2,
                        new BehaviourSet(choice("guard.hold-post"), choice("route.straight-line"), walk)),
                new GuardDeployment("middle-patrol", Optional.empty(), Optional.of(new PatrolSector("IRN-IRQ", 40, 80)),
                        6, 3, new BehaviourSet(choice("guard.patrol-sector"), choice("route.patrol-border"), walk)));
    }

    @Test
    void behaviourParametersAreCompleteWithDefaults() {
        Scenario s = load("full.yaml", resource("full.yaml"));
        Parameters walk = s.sources().get(1).behaviours().operational().parameters();
        assertThat(walk.asMap()).containsOnlyKeys("peak_speed_kmh", "rest_at_night", "night_only");
        assertThat(walk.get("peak_speed_kmh")).isEqualTo(specsOf("walk.tobler").get(0).defaultValue());
        assertThat(s.sources().get(0).behaviours().operational().parameters().get("peak_speed_kmh")).isEqualTo(5.5);
    }

    @Test
    void sameScenarioInJsonLoadsEqual() {
        assertThat(load("full.json", resource("full.json"))).isEqualTo(load("full.yaml", resource("full.yaml")));
    }

    @Test
    void minimalFileGetsEveryDefault() {
        Scenario s = load("minimal.yaml", HEAD);
        assertThat(s.time()).isEqualTo(new TimeSettings(TimeSettings.STEP_SECONDS.defaultValue(),
                TimeSettings.DURATION_HOURS.defaultValue()));
        assertThat(s.agents()).isEqualTo(AgentSettings.defaults());
        assertThat(s.crossings()).isEmpty();
        assertThat(s.sources()).isEmpty();
        assertThat(s.guards()).isEmpty();
    }

    @Test
    void keysWithoutValueCountAsAbsent() {
        Scenario s = load("empty-values.yaml", HEAD + """
                time:
                agents: ~
                sources:
                  - {id: a, type: fighter, place: east-town, destination: west-city, people: 5, radius_m: }
                """);
        assertThat(s.time().stepSeconds()).isEqualTo(TimeSettings.STEP_SECONDS.defaultValue());
        assertThat(s.sources().get(0).radiusM()).isEqualTo(SourceSpec.RADIUS_M.defaultValue());
    }

    @Test
    void wholeNumbersWrittenAsDecimalsAreIntegers() {
        Scenario s = load("decimals.yaml", HEAD + """
                sources:
                  - {id: a, type: fighter, place: east-town, destination: west-city, people: 1.2e3}
                """);
        assertThat(s.sources().get(0).people()).isEqualTo(1200);
    }

    @Test
    void readsFilesByExtensionAndSniffsOtherNames(@TempDir Path dir) throws Exception {
        Scenario expected = load("full.yaml", resource("full.yaml"));
        Path yml = Files.writeString(dir.resolve("a.yml"), resource("full.yaml"));
        Path json = Files.writeString(dir.resolve("b.JSON"), resource("full.json"));
        Path txtJson = Files.writeString(dir.resolve("c.txt"), "\n  " + resource("full.json"));
        Path noExtYaml = Files.writeString(dir.resolve("d"), resource("full.yaml"));
        for (Path p : List.of(yml, json, txtJson, noExtYaml)) {
            assertThat(LOADER.load(p)).as(p.toString()).isEqualTo(expected);
        }
    }

    @Test
    void readsStreamsAndIgnoresAByteOrderMark() throws Exception {
        byte[] bytes = ("\uFEFF" + resource("full.yaml")).getBytes(StandardCharsets.UTF_8);
        assertThat(LOADER.load("bundled/full.yaml", new ByteArrayInputStream(bytes)))
                .isEqualTo(load("full.yaml", resource("full.yaml")));
    }

    @Test
    void windowsLineEndsAreRead() {
        assertThat(load("crlf.yaml", resource("full.yaml").replace("\n", "\r\n")))
                .isEqualTo(load("full.yaml", resource("full.yaml")));
    }
}
