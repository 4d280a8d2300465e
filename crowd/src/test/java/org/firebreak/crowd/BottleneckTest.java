package org.firebreak.crowd;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Flow through a short bottleneck (a door 0.4 m deep) from a crowded room: specific flows of
 * 1.5–2.1 persons/(m·s) for widths of 1.0, 1.6 and 2.4 m, total flow growing with width
 * (Seyfried et al. 2009; Kretz et al. 2006). The flow is the steady part: people 20 to 120 out
 * of 150, counted as they leave the door.
 */
class BottleneckTest {
    private static final System.Logger LOG = System.getLogger(BottleneckTest.class.getName());

    static double flow(double width, long seed) {
        try (CrowdSimulation sim = CrowdSimulation.builder(Sites.bottleneck(width)).seed(seed).build()) {
            Sites.fill(sim, 1, -4.5, 9, 4.5, 150, List.of("out"), Double.NaN);
            List<Double> times = new ArrayList<>();
            Set<Integer> out = new HashSet<>();
            sim.addObserver((t, n, ids, x, y, vx, vy) -> {
                for (int i = 0; i < n; i++) {
                    if (x[i] > 10.4 && out.add(ids[i])) {
                        times.add(t);
                    }
                }
            });
            while (times.size() < 120 && sim.time() < 300) {
                sim.step();
            }
            assertThat(times).as("people through a %s m door in 300 s", width).hasSizeGreaterThanOrEqualTo(120);
            return 100 / (times.get(119) - times.get(19));
        }
    }

    @Test
    void specificFlowMatchesExperimentsAndFlowGrowsWithWidth() {
        double previous = 0;
        StringBuilder table = new StringBuilder("bottleneck (width m, flow 1/s, specific flow 1/(m s)):");
        for (double w : new double[] {1.0, 1.6, 2.4}) {
            double j = flow(w, 2006);
            table.append(String.format(Locale.ROOT, "%n  %.1f  %.2f  %.2f", w, j, j / w));
            assertThat(j / w).as("specific flow through %s m", w).isBetween(1.5, 2.1);
            assertThat(j).as("flow through %s m", w).isGreaterThan(previous);
            previous = j;
        }
        LOG.log(System.Logger.Level.INFO, table.toString());
    }
}
