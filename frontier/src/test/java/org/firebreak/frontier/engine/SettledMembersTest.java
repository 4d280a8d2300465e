package org.firebreak.frontier.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.firebreak.core.terrain.SyntheticTerrain;
import org.firebreak.frontier.agent.Agent;
import org.firebreak.frontier.agent.Group;
import org.firebreak.frontier.agent.kind.AgentState;
import org.firebreak.frontier.behaviour.BehaviourRegistry;
import org.firebreak.frontier.behaviour.defaults.DefaultBehaviours;
import org.junit.jupiter.api.Test;

class SettledMembersTest {
    @Test
    void everyGroupCountsItsSettledMembersAndIsVisitedWhenItMustBe() {
        FrontierModel m = new FrontierModel(TestScenarios.small(21, 30), new SyntheticTerrain(),
                DefaultBehaviours.registry());
        long[] checks = {0};
        boolean[] seen = new boolean[AgentState.values().length];
        m.addObserver(new StepObserver() {
            @Override
            public void beforePhase(FrontierModel model, Phase phase) {
                for (Group g : model.groups()) {
                    long settled = g.members().stream().filter(a -> a.atWaypoint() || a.state().terminal()).count();
                    assertThat(g.settledMembers()).as("group %d before %s at step %d", g.id(), phase, model.steps())
                            .isEqualTo((int) settled);
                    checks[0]++;
                }
                for (Agent a : model.agents()) {
                    seen[a.state().ordinal()] = true;
                }
                // the decide and plan phases visit every group a visit of all would act on
                for (Group g : model.groups()) {
                    boolean[] visits = model.visits(g);
                    assertThat(visits[0]).as("decide visits group %d", g.id()).isEqualTo(g.needsDecision());
                    if (g.plan() != null && (g.settledMembers() > 0 || g.needsRoute()) && !g.finished()) {
                        assertThat(visits[1]).as("plan visits group %d before %s", g.id(), phase).isTrue();
                    }
                }
            }
        });
        m.start();
        m.runSteps(30 * 60);
        assertThat(checks[0]).isPositive();
        // the run went through every state an agent can be in
        for (AgentState s : AgentState.values()) {
            assertThat(seen[s.ordinal()]).as(s.id()).isTrue();
        }
    }
}
