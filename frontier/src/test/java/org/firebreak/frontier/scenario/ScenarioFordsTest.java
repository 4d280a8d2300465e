package org.firebreak.frontier.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.firebreak.frontier.scenario.ScenarioFiles.HEAD;

import java.util.List;
import org.firebreak.core.scenario.ScenarioProblem;
import org.junit.jupiter.api.Test;

class ScenarioFordsTest {
    private static final String WITH_FORDS = HEAD + """
              fords: [north-crossing, west-town]
            """;

    @Test
    void fordsNameCrossingsOrPlaces() {
        Scenario s = ScenarioFiles.load("f.yaml", WITH_FORDS);
        assertThat(s.terrain().fords()).containsExactly("north-crossing", "west-town");
        assertThat(ScenarioFiles.load("c.json", ScenarioCodec.toCanonicalJson(s))).isEqualTo(s);
    }

    @Test
    void unknownFordIdsAndWrongTypesAreReportedWithTheirPath() {
        List<ScenarioProblem> p = ScenarioFiles.problems("f.yaml", HEAD + """
                  fords: [north-crosing, 7]
                """);
        assertThat(p).extracting(ScenarioProblem::toString).containsExactly(
                "f.yaml:7: terrain.fords[1]: expected a crossing or place id, got 7");
        List<ScenarioProblem> q = ScenarioFiles.problems("f.yaml", HEAD + """
                  fords: [north-crosing]
                """);
        assertThat(q).hasSize(1);
        assertThat(q.get(0).toString()).startsWith("f.yaml:7: terrain.fords[0]: unknown crossing or place "
                + "'north-crosing'; did you mean 'north-crossing'?");
    }
}
