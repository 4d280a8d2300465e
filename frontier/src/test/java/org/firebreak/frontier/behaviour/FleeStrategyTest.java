package org.firebreak.frontier.behaviour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.firebreak.core.param.Parameters;
import org.firebreak.core.terrain.SyntheticTerrain;
import org.firebreak.frontier.agent.Group;
import org.firebreak.frontier.agent.kind.AgentType;
import org.firebreak.frontier.behaviour.defaults.DefaultBehaviours;
import org.firebreak.frontier.behaviour.defaults.FleeStrategy;
import org.firebreak.frontier.behaviour.defaults.StraightLineRoute;
import org.firebreak.frontier.behaviour.defaults.ToblerWalk;
import org.firebreak.frontier.engine.FrontierModel;
import org.firebreak.frontier.engine.TestScenarios;
import org.firebreak.frontier.navigation.LocationGraph;
import org.firebreak.frontier.navigation.LocationGraph.Location;
import org.firebreak.frontier.scenario.AgentSettings;
import org.firebreak.frontier.scenario.BehaviourChoice;
import org.firebreak.frontier.scenario.BehaviourSet;
import org.firebreak.frontier.scenario.Camp;
import org.firebreak.frontier.scenario.GroupSize;
import org.firebreak.frontier.scenario.Scenario;
import org.firebreak.frontier.scenario.SourceSpec;
import org.firebreak.frontier.scenario.TerrainSpec;
import org.firebreak.frontier.scenario.TimeSettings;
import org.junit.jupiter.api.Test;

/** FLEE's rules on the synthetic terrain's location graph, against probabilities worked by hand. */
class FleeStrategyTest {
    private static final SyntheticTerrain TERRAIN = new SyntheticTerrain();
    private static final int GROUPS = 4000;

    private static Scenario fleeing(Map<String, Double> rules, List<Camp> camps) {
        Map<String, Double> p = new HashMap<>(rules);
        BehaviourSet flee = new BehaviourSet(new BehaviourChoice(FleeStrategy.ID, Parameters.of(FleeStrategy.SPECS, p)),
                TestScenarios.choice(StraightLineRoute.ID, List.of()), TestScenarios.choice(ToblerWalk.ID,
                ToblerWalk.SPECS));
        return new Scenario(1, "flee", "families leaving east-town by FLEE's rules", 17, TerrainSpec.of("synthetic"),
                new TimeSettings(60, 1), AgentSettings.defaults(), Map.of(),
                List.of(new SourceSpec("town", AgentType.REFUGEE, "east-town", 0, 0, 0, GROUPS, GroupSize.fixed(1),
                        "west-city", flee)), List.of(), List.of(), camps);
    }

    private static double km(Location a, Location b) {
        return Math.hypot(a.x() - b.x(), a.y() - b.y()) / 1000;
    }

    @Test
    void theGraphCrossesTheBorderOnlyThroughCrossings() {
        LocationGraph g = LocationGraph.build(TERRAIN, List.of(), Set.of("east-town"));
        for (Location l : g.locations()) {
            for (int j : g.links(l.index())) {
                Location m = g.locations().get(j);
                if (!l.crossing() && !m.crossing()) {
                    assertThat(m.country()).as("%s - %s", l.id(), m.id()).isEqualTo(l.country());
                }
            }
        }
        // east-village (5,000 people) is below the size of a location of its own
        assertThat(g.location("east-village")).isEmpty();
        assertThat(g.location("east-town").orElseThrow().type()).isEqualTo(org.firebreak.flee.LocationType.CONFLICT_ZONE);
    }

    @Test
    void firstHopsFollowFleesWeightsWorkedByHand() {
        // From east-town (a conflict zone: move chance 1) the only links lead to the two
        // crossings, which are forwarding hubs: passed through, not counted in the awareness
        // depth. With awareness 1, the candidate paths end at the Iraqi locations beyond each
        // crossing, each weighing score / (10 km + last link + earlier links), score = 1
        // (foreign weight 1, no camp, no conflict). The group takes the path's first link, so
        // P(crossing c) = sum of the weights of the paths through c / sum of all weights.
        FrontierModel m = new FrontierModel(fleeing(Map.of(), List.of()), TERRAIN, DefaultBehaviours.registry());
        m.start();
        m.runSteps(1);
        LocationGraph g = m.locations();
        Location town = g.location("east-town").orElseThrow();
        Map<String, Double> expected = new HashMap<>();
        double total = 0;
        for (int c : g.links(town.index())) {
            Location hub = g.locations().get(c);
            assertThat(hub.crossing()).as(hub.id()).isTrue();
            double w = 0;
            for (int j : g.links(c)) {
                Location beyond = g.locations().get(j);
                if (!beyond.country().equals("IRN")) {
                    w += 1 / (10 + km(hub, beyond) + km(town, hub));
                }
            }
            expected.put(hub.id(), w);
            total += w;
        }
        Map<String, Integer> seen = new HashMap<>();
        for (Group group : m.groups()) {
            seen.merge(group.plan().destination().label(), 1, Integer::sum);
        }
        assertThat(seen.keySet()).isEqualTo(expected.keySet());
        for (Map.Entry<String, Double> e : expected.entrySet()) {
            double p = e.getValue() / total;
            double sd = Math.sqrt(GROUPS * p * (1 - p));
            assertThat((double) seen.get(e.getKey())).as(e.getKey()).isCloseTo(GROUPS * p, within(4 * sd));
        }
    }

    @Test
    void aConflictZoneKeepsFamiliesWithItsMoveChance() {
        // FLEE's default move chance of a town is 0.3; a place of the scenario's sources is a
        // conflict zone with move chance 1, so setting conflict_movechance to 0.3 makes about 30%
        // of the groups set off on the first day and the rest stay put
        FrontierModel m = new FrontierModel(fleeing(Map.of("conflict_movechance", 0.3), List.of()), TERRAIN,
                DefaultBehaviours.registry());
        m.start();
        m.runSteps(1);
        long moving = m.groups().stream().filter(gr -> !gr.plan().destination().label().equals("east-town")).count();
        double sd = Math.sqrt(GROUPS * 0.3 * 0.7);
        assertThat((double) moving).isCloseTo(GROUPS * 0.3, within(4 * sd));
    }
}
