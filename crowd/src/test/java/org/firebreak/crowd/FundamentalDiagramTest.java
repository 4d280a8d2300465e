package org.firebreak.crowd;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Speed against density in a periodic corridor (20 m long, 4 m wide, everybody walking east),
 * with the library's default model and settings, compared with Weidmann's (1993) fundamental
 * diagram v(ρ) = 1.34 [1 − exp(−1.913 (1/ρ − 1/5.4))] m/s. Speeds are the mean x-velocity over
 * everybody, sampled every step from 20 s (after the start-up) to 60 s.
 */
class FundamentalDiagramTest {
    private static final System.Logger LOG = System.getLogger(FundamentalDiagramTest.class.getName());
    private static final double LENGTH = 20;
    private static final double WIDTH = 4;

    static double weidmann(double rho) {
        return 1.34 * (1 - Math.exp(-1.913 * (1 / rho - 1 / 5.4)));
    }

    static double meanSpeed(double rho, long seed) {
        try (CrowdSimulation sim = CrowdSimulation.builder(Sites.ring(LENGTH, WIDTH)).periodicX(LENGTH).seed(seed)
                .build()) {
            int n = (int) Math.round(rho * LENGTH * WIDTH);
            Sites.fill(sim, 0, 0.25, LENGTH, WIDTH - 0.25, n, List.of(), Double.NaN);
            double[] sum = new double[2];
            sim.addObserver((t, count, ids, x, y, vx, vy) -> {
                if (t > 20) {
                    double s = 0;
                    for (int i = 0; i < count; i++) {
                        s += vx[i];
                    }
                    sum[0] += s / count;
                    sum[1]++;
                }
            });
            sim.run(60);
            assertThat(sim.count()).isEqualTo(n);
            return sum[0] / sum[1];
        }
    }

    @Test
    void speedFallsWithDensityAsInWeidmann() {
        double[] densities = {0.5, 1, 2, 3, 4};
        double previous = Double.MAX_VALUE;
        StringBuilder table = new StringBuilder("fundamental diagram (density /m2, speed m/s, Weidmann m/s, deviation):");
        for (double rho : densities) {
            double v = meanSpeed(rho, 2009);
            double w = weidmann(rho);
            double dev = (v - w) / w;
            table.append(String.format(Locale.ROOT, "%n  %.1f  %.3f  %.3f  %+.1f%%", rho, v, w, 100 * dev));
            assertThat(v).as("speed at %s /m2", rho).isLessThan(previous);
            assertThat(Math.abs(dev)).as("deviation from Weidmann at %s /m2 (speed %s, Weidmann %s)", rho, v, w)
                    .isLessThan(0.25);
            previous = v;
        }
        LOG.log(System.Logger.Level.INFO, table.toString());
    }
}
