package org.firebreak.frontier.behaviour;

import org.firebreak.frontier.agent.BehaviourContext;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.firebreak.core.param.Parameters;
import org.firebreak.core.terrain.SyntheticTerrain;
import org.firebreak.core.terrain.Terrain;
import org.firebreak.core.terrain.Tobler;
import org.firebreak.frontier.agent.Agent;
import org.firebreak.frontier.agent.Group;
import org.firebreak.frontier.agent.Refugee;
import org.firebreak.frontier.agent.Waypoint;
import org.firebreak.frontier.agent.kind.AgentType;
import org.firebreak.frontier.behaviour.defaults.ToblerWalk;
import org.firebreak.frontier.scenario.RefugeeParameters;
import org.firebreak.frontier.testing.StubContext;
import org.junit.jupiter.api.Test;

class ToblerWalkTest {

    @Test
    void toblerGivesPublishedFlatAndPeakSpeeds() {
        // Tobler 1993: 5.04 km/h on the flat, 6 km/h at a 5% descent
        assertThat(Tobler.kmh(0)).isCloseTo(5.04, within(0.005));
        assertThat(Tobler.kmh(-0.05)).isEqualTo(6.0);
        assertThat(Tobler.kmh(0.10)).isLessThan(Tobler.kmh(-0.10));
    }

    @Test
    void stepLengthIsPaceTimesToblerSpeedForTheSlopeAhead() {
        Terrain terrain = new SyntheticTerrain();
        double peak = 6.0;
        ToblerWalk walk = new ToblerWalk(Parameters.of(ToblerWalk.SPECS, Map.of("peak_speed_kmh", peak)));
        double dt = 60;
        // walking east up the ridge's western flank, and west down it
        for (double[] leg : new double[][] {{90_000, 130_000}, {130_000, 90_000}}) {
            Group g = new Group(0, AgentType.REFUGEE, "t", (gr, c) -> { }, (gr, c) -> List.of(), walk);
            Agent a = new Refugee(0, g, RefugeeParameters.defaults(), 0.8, leg[0], 50_000);
            g.add(a);
            g.setPlan(org.firebreak.frontier.agent.Plan.travel(Waypoint.plain(leg[1], 50_000, "end"),
                    java.util.Optional.empty()));
            g.setRoute(List.of(g.plan().destination()));
            BehaviourContext ctx = new StubContext(terrain, dt);
            double step = walk.speed(a, ctx) * dt;
            // independent evaluation of the same physics: probe over the flat-speed step length
            double dir = Math.signum(leg[1] - leg[0]);
            double probe = 0.8 * 6 * Math.exp(-3.5 * 0.05) / 3.6 * dt;
            double slope = (terrain.elevation(leg[0] + dir * probe, 50_000) - terrain.elevation(leg[0], 50_000)) / probe;
            double expected = 0.8 * 6 * Math.exp(-3.5 * Math.abs(slope + 0.05)) / 3.6 * dt;
            assertThat(step).isCloseTo(expected, within(1e-9));
        }
    }
}
