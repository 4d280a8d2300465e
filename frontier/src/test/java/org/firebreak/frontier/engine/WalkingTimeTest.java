package org.firebreak.frontier.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.firebreak.core.terrain.Place;
import org.firebreak.core.terrain.Terrain;
import org.firebreak.core.testing.ExtendedTerrain;
import org.firebreak.core.testing.PlainTerrain;
import org.firebreak.frontier.agent.kind.AgentType;
import org.firebreak.frontier.behaviour.BehaviourRegistry;
import org.firebreak.frontier.behaviour.defaults.DefaultBehaviours;
import org.firebreak.frontier.scenario.AgentSettings;
import org.firebreak.frontier.scenario.FighterParameters;
import org.firebreak.frontier.scenario.GroupSize;
import org.firebreak.frontier.scenario.GuardParameters;
import org.firebreak.frontier.scenario.RefugeeParameters;
import org.firebreak.frontier.scenario.Scenario;
import org.firebreak.frontier.scenario.SourceSpec;
import org.firebreak.frontier.scenario.TerrainSpec;
import org.firebreak.frontier.scenario.TimeSettings;
import org.junit.jupiter.api.Test;

/** Travel time over a known distance, from Tobler's hiking function alone. */
class WalkingTimeTest {
    private static final double STEP = 60;

    @Test
    void aGroupWalking50KmOnTheFlatArrivesWhenToblersFlatSpeedSays() {
        // Tobler (1993): v = 6 exp(-3.5 |S + 0.05|) km/h; on the flat (S = 0) 6 e^-0.175 = 5.0364 km/h,
        // so 50 km take 50 / 5.0364 h = 9.9277 h = 35,740 s
        double flatKmh = 6 * Math.exp(-3.5 * 0.05);
        double expected = 50 / flatKmh * 3600;
        Terrain terrain = new ExtendedTerrain(PlainTerrain.of(100_000, 20_000, (x, y) -> 0), "plain", List.of(),
                List.of(new Place("start", "Start", 20_000, 10_000, "XXX", 0),
                        new Place("end", "End", 70_000, 10_000, "XXX", 0)));
        Scenario s = new Scenario(1, "walk", "one group walks 50 km on the flat", 1, TerrainSpec.of("plain"),
                new TimeSettings(STEP, 12),
                new AgentSettings(new RefugeeParameters(1.0, 0.0), FighterParameters.defaults(),
                        GuardParameters.defaults()),
                Map.of(), List.of(new SourceSpec("s", AgentType.REFUGEE, "start", 0, 0, 0, 5, GroupSize.fixed(5),
                        "end", TestScenarios.refugeeBehaviours())), List.of());
        FrontierModel m = new FrontierModel(s, terrain, DefaultBehaviours.registry());
        List<double[]> spawnedAndArrived = new ArrayList<>();
        m.addEventSink((t, agent, event, detail) -> {
            if (event.equals(Events.SPAWNED) || event.equals(Events.ARRIVED)) {
                spawnedAndArrived.add(new double[] {t, event.equals(Events.ARRIVED) ? 1 : 0});
            }
        });
        m.start();
        m.runSteps((long) (12 * 3600 / STEP));
        // spawned at the end of the first step's spawn phase, having the whole first step to walk
        double start = spawnedAndArrived.get(0)[0] - STEP;
        List<Double> arrivals = spawnedAndArrived.stream().filter(e -> e[1] == 1).map(e -> e[0]).toList();
        assertThat(arrivals).hasSize(5);
        for (double t : arrivals) {
            // arrival is recorded at the end of the step in which it happens: within one step
            assertThat(t - start).isCloseTo(expected, within(STEP));
        }
        assertThat(m.counts().get(AgentType.REFUGEE).get(org.firebreak.frontier.agent.kind.AgentState.ARRIVED)).isEqualTo(5);
        assertThat(Optional.of(m.created(AgentType.REFUGEE))).contains(5L);
    }
}
