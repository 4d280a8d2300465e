package org.firebreak.core.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScenarioExceptionTest {
    @Test
    void problemPrintsFileLineKeyPathAndMessage() {
        assertThat(new ScenarioProblem("a.yaml", 12, "sources[0].people", "missing key 'people'"))
                .hasToString("a.yaml:12: sources[0].people: missing key 'people'");
        assertThat(new ScenarioProblem("a.yaml", 0, "version", "m")).hasToString("a.yaml: version: m");
        assertThat(new ScenarioProblem("a.yaml", 0, "", "no such file")).hasToString("a.yaml: no such file");
        assertThatThrownBy(() -> new ScenarioProblem("a.yaml", -1, "", "m"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void messageCountsAndListsEveryProblem() {
        ScenarioException e = new ScenarioException("a.yaml", List.of(
                new ScenarioProblem("a.yaml", 3, "seed", "expected an integer (64-bit), got 1.5"),
                new ScenarioProblem("a.yaml", 9, "time.step_seconds", "step_seconds = 0 is out of range")));
        assertThat(e).hasMessage("""
                invalid scenario a.yaml: 2 problems
                  - a.yaml:3: seed: expected an integer (64-bit), got 1.5
                  - a.yaml:9: time.step_seconds: step_seconds = 0 is out of range""");
        assertThat(e.file()).isEqualTo("a.yaml");
        assertThat(e.problems()).hasSize(2);
        assertThat(ScenarioException.of(new ScenarioProblem("b.json", 0, "", "no such file")))
                .hasMessage("invalid scenario b.json: 1 problem\n  - b.json: no such file");
        assertThatThrownBy(() -> new ScenarioException("a.yaml", List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
