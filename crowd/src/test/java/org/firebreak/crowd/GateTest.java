package org.firebreak.crowd;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A saturated gate serves lanes / mean service time people per second (a multi-server queue
 * that never runs dry): 4 lanes of 2 minutes make 120 an hour; here scaled to seconds.
 */
class GateTest {
    /** Room [0, 10] x [0, 6], gate on x = 10 from y = 1 to 5, exit room to x = 16 with a sink at its end. */
    static CrowdGeometry site(int lanes, ServiceTime service, double arrivalsPerSecond) {
        return CrowdGeometry.builder()
                .wall(10, 1, 10, 0, 0, 0, 0, 6, 10, 6, 10, 5)
                .wall(10, 0, 16, 0)
                .wall(10, 6, 16, 6)
                .gate(new Gate("screening", new Segment(10, 1, 10, 5), lanes, service))
                .sink(new Sink("out", Polygon.rectangle(14, 0, 16, 6)))
                .source(new Source("in", Polygon.rectangle(0.5, 0.5, 4, 5.5), arrivalsPerSecond,
                        List.of("screening", "out")))
                .build();
    }

    /** Fills the front of the room, so the queue is there from the start. */
    static void queue(CrowdSimulation sim) {
        Sites.fill(sim, 5, 0.5, 9.5, 5.5, 40, List.of("screening", "out"), Double.NaN);
    }

    static final class Log implements CrowdListener {
        final List<Double> ends = new ArrayList<>();
        final Map<Integer, Integer> busy = new HashMap<>();
        int overlaps;
        int started;

        @Override
        public void serviceStarted(double t, int id, String gate, int lane) {
            started++;
            if (busy.put(lane, id) != null) {
                overlaps++;
            }
        }

        @Override
        public void serviceEnded(double t, int id, String gate, int lane) {
            if (busy.remove(lane) != id) {
                overlaps++;
            }
            ends.add(t);
        }

        long endedBetween(double from, double to) {
            return ends.stream().filter(t -> t >= from && t < to).count();
        }
    }

    @Test
    void deterministicLanesServeAtCapacity() {
        // capacity 4 / 5 s = 0.8 /s, arrivals 1 /s on top of a queue of 40
        Log log = new Log();
        try (CrowdSimulation sim = CrowdSimulation.builder(site(4, ServiceTime.deterministic(5), 1)).seed(3)
                .settings(CrowdSettings.defaults().withTimeStep(0.02)).build()) {
            sim.addListener(log);
            queue(sim);
            sim.run(300);
            double rate = log.endedBetween(60, 300) / 240.0;
            System.getLogger(GateTest.class.getName()).log(System.Logger.Level.INFO,
                    "deterministic gate: " + rate + " served/s, capacity 0.8");
            // stepping up to a freed lane takes a moment: up to 10 % below capacity
            assertThat(rate).isBetween(0.8 * 0.9, 0.8 * 1.01);
            assertThat(log.overlaps).as("a lane serving two at once").isZero();
            assertThat(sim.removed()).isPositive();
        }
    }

    @Test
    void exponentialLanesServeAtCapacity() {
        // 4 lanes x 6 s mean (2 min scaled by 1/20): 2/3 per second, 120 per hour of the unscaled gate
        Gate gate = site(4, ServiceTime.exponential(6), 0.8).gates().get(0);
        assertThat(gate.capacityPerSecond() * 3600 / 20).isCloseTo(120, org.assertj.core.data.Offset.offset(1e-9));
        Log log = new Log();
        try (CrowdSimulation sim = CrowdSimulation.builder(site(4, ServiceTime.exponential(6), 0.8)).seed(4)
                .settings(CrowdSettings.defaults().withTimeStep(0.02)).build()) {
            sim.addListener(log);
            queue(sim);
            sim.run(660);
            double served = log.endedBetween(60, 660);
            System.getLogger(GateTest.class.getName()).log(System.Logger.Level.INFO,
                    "exponential gate: " + served + " served in 600 s, capacity 400");
            // expected 400; a Poisson-like count has s.d. 20: allow about 3 s.d., and 5 % for stepping up
            assertThat(served).isBetween(400 * 0.95 - 60, 400 + 60.0);
            assertThat(log.overlaps).isZero();
        }
    }
}
