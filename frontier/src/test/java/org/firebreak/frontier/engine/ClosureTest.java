package org.firebreak.frontier.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.firebreak.frontier.behaviour.defaults.DefaultBehaviours;
import org.firebreak.core.terrain.SyntheticTerrain;
import org.firebreak.frontier.behaviour.BehaviourRegistry;
import org.firebreak.frontier.scenario.CrossingCapacity;
import org.firebreak.frontier.scenario.Scenario;
import org.junit.jupiter.api.Test;

/** A closed crossing screens nobody, and its flow goes to the other crossings. */
class ClosureTest {
    private static final double HOURS = 30;

    private static Scenario withNorth(CrossingCapacity north) {
        Scenario base = TestScenarios.small(11, HOURS);
        Map<String, CrossingCapacity> caps = new LinkedHashMap<>(base.crossings());
        caps.put("north-crossing", north);
        return new Scenario(base.version(), base.name(), base.description(), base.seed(), base.terrain(), base.time(),
                base.agents(), caps, base.sources(), base.guards());
    }

    private static FrontierModel run(Scenario s, List<double[]> northCrossings) {
        FrontierModel m = new FrontierModel(s, new SyntheticTerrain(), DefaultBehaviours.registry());
        m.addEventSink((t, agent, event, detail) -> {
            if (event.equals(Events.CROSSED) && detail.equals("north-crossing")) {
                northCrossings.add(new double[] {t});
            }
        });
        m.start();
        m.runSteps(s.time().totalSteps());
        return m;
    }

    @Test
    void closingACrossingDivertsItsFlowToTheOthersAndNobodyCrossesThereOfficially() {
        CrossingCapacity open = new CrossingCapacity(2, 300);
        FrontierModel normal = run(withNorth(open), new ArrayList<>());
        List<double[]> north = new ArrayList<>();
        FrontierModel closed = run(withNorth(new CrossingCapacity(2, 300, 0.3, 0, CrossingCapacity.NEVER)), north);

        long normalNorth = normal.crossings().get("north-crossing");
        assertThat(normalNorth).as("the north crossing takes a share when open").isPositive();
        assertThat(north).isEmpty();
        assertThat(closed.crossings().get("north-crossing")).isZero();
        // everyone who would have crossed in the north crossed elsewhere: at the south crossing or informally
        long normalElsewhere = normal.crossings().get("south-crossing") + normal.crossings().get(Events.INFORMAL);
        long closedElsewhere = closed.crossings().get("south-crossing") + closed.crossings().get(Events.INFORMAL);
        assertThat(closedElsewhere).isGreaterThan(normalElsewhere);
        assertThat(closed.crossings().get("south-crossing")).isGreaterThan(normal.crossings().get("south-crossing"));
    }

    @Test
    void duringATemporaryClosureNobodyCrossesAndTheQueueIsTurnedAway() {
        List<double[]> north = new ArrayList<>();
        List<String> turnedAway = new ArrayList<>();
        // the first families reach the north crossing after about 15 h, and one slow lane makes a queue
        Scenario s = withNorth(new CrossingCapacity(1, 600, 0.3, 18, 24));
        FrontierModel m = new FrontierModel(s, new SyntheticTerrain(), DefaultBehaviours.registry());
        m.addEventSink((t, agent, event, detail) -> {
            if (event.equals(Events.CROSSED) && detail.equals("north-crossing")) {
                north.add(new double[] {t});
            }
            if (event.equals(Events.TURNED_AWAY)) {
                turnedAway.add(detail);
            }
        });
        m.start();
        m.runSteps(s.time().totalSteps());
        // screening stops for steps starting in [18 h, 24 h): nothing crosses in steps ending in (18 h, 24 h]
        assertThat(north).anyMatch(t -> t[0] <= 18 * 3600);
        assertThat(north).noneMatch(t -> t[0] > 18 * 3600 + 1e-9 && t[0] <= 24 * 3600 + 1e-9);
        assertThat(north).anyMatch(t -> t[0] > 24 * 3600);
        assertThat(turnedAway).isNotEmpty().allMatch(c -> c.equals("north-crossing"));
    }
}
