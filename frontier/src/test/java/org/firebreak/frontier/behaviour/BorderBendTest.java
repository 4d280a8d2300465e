package org.firebreak.frontier.behaviour;

import static org.assertj.core.api.Assertions.assertThat;

import org.firebreak.core.terrain.SyntheticTerrain;
import org.firebreak.frontier.agent.Agent;
import org.firebreak.frontier.agent.Group;
import org.firebreak.frontier.agent.Waypoint;
import org.firebreak.frontier.agent.kind.AgentState;
import org.firebreak.frontier.behaviour.defaults.DefaultBehaviours;
import org.firebreak.frontier.engine.FrontierModel;
import org.firebreak.frontier.engine.TestScenarios;
import org.junit.jupiter.api.Test;

/**
 * A border bends: a family walking to a crossing on it may pass through the other country on
 * the way. Deciding again there (as a family heading for a queue does every hour) must not drop
 * the crossing, or the family would reach its destination without ever being screened.
 */
class BorderBendTest {
    @Test
    void aFamilyThatStraysAcrossABendOfTheBorderStillGoesThroughItsCrossing() {
        SyntheticTerrain terrain = new SyntheticTerrain();
        FrontierModel m = new FrontierModel(TestScenarios.small(5, 30), terrain, DefaultBehaviours.registry());
        m.start();
        m.runSteps(60);
        Group family = m.groups().stream()
                .filter(g -> g.origin().equals("town") && g.plan() != null && g.plan().via().isPresent()
                        && g.plan().via().get().kind() == Waypoint.Kind.SCREENING
                        && g.members().stream().allMatch(a -> a.state() == AgentState.EN_ROUTE))
                .findFirst().orElseThrow();
        Waypoint crossing = family.plan().via().get();
        // 1.5 km west and 2 km south of the crossing: west of the border, whose segments near both
        // crossings run from south-south-west to north-north-east (see SyntheticTerrain)
        double x = crossing.x() - 1_500;
        double y = crossing.y() - 2_000;
        Agent lead = family.members().get(0);
        double[] dest = {family.plan().destination().x(), family.plan().destination().y()};
        assertThat(terrain.countryAt(x, y)).as("the stray point lies in the destination's country")
                .isEqualTo(terrain.countryAt(dest[0], dest[1])).isNotEqualTo(terrain.countryAt(lead.x(), lead.y()));
        for (Agent a : family.members()) {
            a.updatePosition(x, y);
        }
        family.requestDecision();
        m.runSteps(1);

        assertThat(family.plan().via()).as("the crossing is kept").contains(crossing);
    }
}
