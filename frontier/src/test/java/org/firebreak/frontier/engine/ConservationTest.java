package org.firebreak.frontier.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.firebreak.core.terrain.SyntheticTerrain;
import org.firebreak.frontier.agent.Agent;
import org.firebreak.frontier.agent.kind.AgentState;
import org.firebreak.frontier.agent.kind.AgentType;
import org.firebreak.frontier.behaviour.BehaviourRegistry;
import org.firebreak.frontier.behaviour.defaults.DefaultBehaviours;
import org.junit.jupiter.api.Test;

class ConservationTest {

    @Test
    void atEveryStepEveryCreatedAgentIsInExactlyOneStateAndNoneIsLostOrDuplicated() {
        FrontierModel model = new FrontierModel(TestScenarios.small(42, 30), new SyntheticTerrain(),
                DefaultBehaviours.registry());
        int[] checked = {0};
        model.addObserver(new StepObserver() {
            @Override
            public void afterStep(FrontierModel m) {
                Map<AgentType, Map<AgentState, Long>> counts = m.counts();
                for (AgentType t : AgentType.values()) {
                    long sum = counts.get(t).values().stream().mapToLong(Long::longValue).sum();
                    assertThat(sum).as("%s at step %d", t, m.steps()).isEqualTo(m.created(t));
                }
                Set<Long> ids = new HashSet<>();
                for (Agent a : m.agents()) {
                    assertThat(ids.add(a.id())).as("duplicate id %d", a.id()).isTrue();
                }
                // the spatial index holds whoever can detect or be detected: guards and fighters
                assertThat((long) m.field().getAllObjects().numObjs)
                        .isEqualTo(m.created(AgentType.GUARD) + m.created(AgentType.FIGHTER));
                long queued = m.queues().values().stream().mapToLong(q -> q.waiting() + q.inService()).sum();
                long inQueueStates = 0;
                for (AgentType t : List.of(AgentType.REFUGEE, AgentType.FIGHTER)) {
                    inQueueStates += counts.get(t).get(AgentState.QUEUEING) + counts.get(t).get(AgentState.SCREENING);
                }
                // agents that arrived this step join the line only after the queues served
                assertThat(queued).isEqualTo(inQueueStates);
                checked[0]++;
            }
        });
        model.start();
        model.runSteps(30 * 60);
        assertThat(checked[0]).isEqualTo(30 * 60);
        // the sources emit exactly what the scenario says once their window has passed
        assertThat(model.created(AgentType.REFUGEE)).isEqualTo(400 + 150);
        assertThat(model.created(AgentType.FIGHTER)).isEqualTo(40);
        assertThat(model.created(AgentType.GUARD)).isEqualTo(14);
        // and the run did something: people crossed, some arrived, guards held their post
        assertThat(model.crossings().get("north-crossing") + model.crossings().get("south-crossing")).isPositive();
        assertThat(model.counts().get(AgentType.GUARD).get(AgentState.ON_POST)).isEqualTo(4);
        assertThat(model.counts().get(AgentType.GUARD).get(AgentState.PATROLLING)).isEqualTo(10);
    }
}
