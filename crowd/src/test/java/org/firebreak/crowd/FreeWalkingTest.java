package org.firebreak.crowd;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A person alone in a 40 m corridor at a desired speed of 1.33 m/s needs 40 / 1.33 ≈ 30 s plus
 * about τ = 0.5 s to get up to speed; the accepted range is 26–34 s (RiMEA test 1).
 */
class FreeWalkingTest {
    @Test
    void walksFortyMetresInAboutThirtySeconds() {
        try (CrowdSimulation sim = CrowdSimulation.builder(Sites.corridor(42, 2)).seed(1)
                .settings(CrowdSettings.defaults().withTimeStep(0.02)).build()) {
            int id = sim.place(1, 1, List.of("east"), 1.33, Double.NaN);
            Map<Integer, Double> arrival = new HashMap<>();
            sim.addObserver((t, n, ids, x, y, vx, vy) -> {
                for (int i = 0; i < n; i++) {
                    if (x[i] >= 41 && !arrival.containsKey(ids[i])) {
                        arrival.put(ids[i], t);
                    }
                }
            });
            sim.run(60);
            assertThat(arrival).containsKey(id);
            System.getLogger(FreeWalkingTest.class.getName()).log(System.Logger.Level.INFO,
                    "free walking: 40 m in " + arrival.get(id) + " s");
            assertThat(arrival.get(id)).isBetween(26.0, 34.0);
            assertThat(sim.removed()).isEqualTo(1);
            assertThat(sim.count()).isZero();
        }
    }
}
