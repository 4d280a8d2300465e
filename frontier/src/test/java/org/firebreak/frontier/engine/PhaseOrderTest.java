package org.firebreak.frontier.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.firebreak.frontier.behaviour.defaults.DefaultBehaviours;
import org.firebreak.core.terrain.SyntheticTerrain;
import org.firebreak.frontier.behaviour.BehaviourRegistry;
import org.junit.jupiter.api.Test;

class PhaseOrderTest {

    @Test
    void phaseNamesAreTheDocumentedSequence() {
        // docs/architecture and the Phase javadoc document this order
        assertThat(Phase.ids()).containsExactly("spawn", "sense", "decide", "plan", "move", "interact", "record");
    }

    @Test
    void everyStepRunsEveryPhaseOnceInOrder() {
        FrontierModel model = new FrontierModel(TestScenarios.small(1, 1), new SyntheticTerrain(),
                DefaultBehaviours.registry());
        List<Phase> seen = new ArrayList<>();
        List<Long> stepsAtEnd = new ArrayList<>();
        model.addObserver(new StepObserver() {
            @Override
            public void beforePhase(FrontierModel m, Phase phase) {
                seen.add(phase);
            }

            @Override
            public void afterStep(FrontierModel m) {
                stepsAtEnd.add(m.steps());
            }
        });
        model.start();
        model.runSteps(3);
        List<Phase> expected = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            expected.addAll(List.of(Phase.values()));
        }
        assertThat(seen).containsExactlyElementsOf(expected);
        assertThat(stepsAtEnd).containsExactly(1L, 2L, 3L);
        for (Phase p : Phase.values()) {
            assertThat(model.timer().calls(p)).isEqualTo(3);
        }
    }

    @Test
    void simulatedTimeAdvancesByTheScenarioStep() {
        FrontierModel model = new FrontierModel(TestScenarios.small(1, 1), new SyntheticTerrain(),
                DefaultBehaviours.registry());
        model.start();
        model.runSteps(10);
        assertThat(model.schedule.getTime()).isEqualTo(9 * 60.0); // start of the 10th step, seconds
        assertThat(model.elapsedSeconds()).isEqualTo(600.0);
    }
}
