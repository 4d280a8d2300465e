package org.firebreak.frontier.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.firebreak.core.scenario.ScenarioProblem;
import org.firebreak.core.terrain.Crossing;
import org.firebreak.core.terrain.CrossingKind;
import org.firebreak.core.terrain.SyntheticTerrain;
import org.firebreak.core.terrain.TerrainCatalog;
import org.firebreak.core.testing.ExtendedTerrain;
import org.junit.jupiter.api.Test;

class InformalCrossingCapacityTest {

    @Test
    void screeningCapacityForAnInformalCrossingIsRefused() {
        TerrainCatalog catalog = TerrainCatalog.withBuiltIns().register("with-ford", "test",
                () -> new ExtendedTerrain(new SyntheticTerrain(), "with-ford", List.of(new Crossing("ford", "A ford",
                        100_000, 60_000, CrossingKind.INFORMAL, "IRN-IRQ")), List.of()));
        ScenarioLoader loader = new ScenarioLoader(ScenarioFiles.REGISTRY, catalog);
        String text = """
                version: 1
                name: test
                description: a test scenario
                seed: 1
                terrain:
                  dataset: with-ford
                crossings:
                  ford: {lanes: 2, service_seconds_mean: 60}
                  north-crossing: {lanes: 2, service_seconds_mean: 60}
                """;
        List<ScenarioProblem> problems = ScenarioFiles.problems(loader, "f.yaml", text);
        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).toString()).isEqualTo("f.yaml:8: crossings.ford: crossing 'ford' is informal: "
                + "only official crossings have screening lanes; official crossings: north-crossing, south-crossing");
    }
}
