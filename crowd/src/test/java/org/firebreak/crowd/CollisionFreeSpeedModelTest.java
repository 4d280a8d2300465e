package org.firebreak.crowd;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The second model plugs into the same simulation: free walking, and people queue without overlapping much. */
class CollisionFreeSpeedModelTest {
    @Test
    void walksFortyMetresInAboutThirtySeconds() {
        try (CrowdSimulation sim = CrowdSimulation.builder(Sites.corridor(42, 2)).seed(1)
                .model(CollisionFreeSpeedModel.defaults()).build()) {
            sim.place(1, 1, List.of("east"), 1.33, Double.NaN);
            double[] arrival = {Double.NaN};
            sim.addObserver((t, n, ids, x, y, vx, vy) -> {
                if (n > 0 && x[0] >= 41 && Double.isNaN(arrival[0])) {
                    arrival[0] = t;
                }
            });
            sim.run(40);
            // a first-order model reaches its speed at once: 40 / 1.33 = 30.1 s
            assertThat(arrival[0]).isBetween(26.0, 34.0);
        }
    }

    @Test
    void aCrowdAtADoorKeepsItsDistance() {
        try (CrowdSimulation sim = CrowdSimulation.builder(Sites.bottleneck(1.0)).seed(2)
                .model(CollisionFreeSpeedModel.defaults()).build()) {
            Sites.fill(sim, 1, -4.5, 9, 4.5, 120, List.of("out"), 0.22);
            double[] worst = {0};
            sim.addObserver((t, n, ids, x, y, vx, vy) -> {
                for (int i = 0; i < n; i++) {
                    for (int j = i + 1; j < n; j++) {
                        worst[0] = Math.max(worst[0], 0.44 - Math.hypot(x[i] - x[j], y[i] - y[j]));
                    }
                }
            });
            sim.run(60);
            assertThat(sim.removed()).as("people out in 60 s").isGreaterThan(20);
            // the model keeps bodies apart by construction (speed 0 at contact ahead); sideways
            // pushes of the direction term leave at most a few centimetres
            assertThat(worst[0]).isLessThan(0.05);
        }
    }
}
