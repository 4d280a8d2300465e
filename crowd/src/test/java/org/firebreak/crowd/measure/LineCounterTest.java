package org.firebreak.crowd.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class LineCounterTest {
    private static final double W = 2.0;
    private static final MeasurementLine LINE = new MeasurementLine("gate", 0, 0, W, 0);
    private static final double DT = 0.1;

    /**
     * N persons spread along the line's width walk straight across it at speed v (towards +y when
     * v > 0), starting at staggered distances so they cross at different times within T.
     */
    private static LineCounter walk(int n, double v, double seconds, double binSeconds) {
        LineCounter c = new LineCounter(List.of(LINE), binSeconds);
        int[] ids = new int[n];
        double[] x = new double[n];
        double[] y = new double[n];
        double[] vx = new double[n];
        double[] vy = new double[n];
        int steps = (int) Math.round(seconds / DT);
        for (int k = 0; k < steps; k++) {
            double t = k * DT;
            for (int i = 0; i < n; i++) {
                ids[i] = 100 + i;
                x[i] = 0.1 + (W - 0.2) * i / Math.max(1, n - 1);
                double start = -Math.signum(v) * (0.25 + 0.3 * i);
                y[i] = start + v * t;
                vy[i] = v;
            }
            c.observe(t, n, ids, x, y, vx, vy);
        }
        return c;
    }

    @Test
    void personsWalkingAcrossGiveCountFlowAndSpecificFlow() {
        int n = 10;
        double v = 1.25;
        double seconds = 4.0;
        LineCounter c = walk(n, v, seconds, seconds);
        assertThat(c.bins()).isEqualTo(1);
        assertThat(c.cumulative(0, 0)).isEqualTo(n);
        assertThat(c.positive(0, 0)).isEqualTo(n);
        assertThat(c.negative(0, 0)).isZero();
        assertThat(c.flow(0, 0)).isCloseTo(n / seconds, within(1e-12));
        assertThat(c.specificFlow(0, 0)).isCloseTo(n / (seconds * W), within(1e-12));
        assertThat(c.meanCrossingSpeed(0, 0)).isCloseTo(v, within(1e-12));
    }

    @Test
    void personsCrossingBackCountNegative() {
        LineCounter c = walk(7, -1.0, 4.0, 4.0);
        assertThat(c.net(0)).isEqualTo(-7);
        assertThat(c.negative(0, 0)).isEqualTo(7);
        assertThat(c.flow(0, 0)).isCloseTo(-7 / 4.0, within(1e-12));
        assertThat(c.peakFlow(0)).isCloseTo(-7 / 4.0, within(1e-12));
    }

    @Test
    void cumulativeCountsGrowBinByBin() {
        // person i crosses at (0.25 + 0.3 i) / 1.0 s: 0.25, 0.55, 0.85 | 1.15, 1.45, 1.75 | 2.05 ...
        LineCounter c = walk(8, 1.0, 3.0, 1.0);
        assertThat(c.positive(0, 0)).isEqualTo(3);
        assertThat(c.positive(0, 1)).isEqualTo(3);
        assertThat(c.positive(0, 2)).isEqualTo(2);
        assertThat(c.cumulative(0, 1)).isEqualTo(6);
        assertThat(c.cumulative(0, 2)).isEqualTo(8);
        assertThat(c.peakFlow(0)).isCloseTo(3.0, within(1e-12));
    }

    private static int crossings(double[][] path) {
        LineCounter c = new LineCounter(List.of(LINE), 100);
        for (int k = 0; k < path.length; k++) {
            c.observe(k * DT, 1, new int[] {1}, new double[] {path[k][0]}, new double[] {path[k][1]},
                    new double[1], new double[1]);
        }
        return (int) c.net(0);
    }

    @Test
    void walkingAlongTheLineDoesNotCount() {
        assertThat(crossings(new double[][] {{0, 0}, {0.5, 0}, {1, 0}, {1.5, 0}, {2, 0}})).isZero();
        assertThat(crossings(new double[][] {{0, 0.01}, {0.5, 0.01}, {1, 0.01}, {1.5, 0.01}})).isZero();
    }

    @Test
    void steppingOntoTheLineAndOnAcrossCountsOnce() {
        assertThat(crossings(new double[][] {{1, -0.1}, {1, 0}, {1, 0.1}})).isEqualTo(1);
        assertThat(crossings(new double[][] {{1, -0.1}, {1, 0}, {1, -0.1}})).isZero();
    }

    @Test
    void passingBeyondTheEndsDoesNotCount() {
        assertThat(crossings(new double[][] {{-0.5, -1}, {-0.5, 1}})).isZero();
        assertThat(crossings(new double[][] {{2.5, -1}, {2.5, 1}})).isZero();
        assertThat(crossings(new double[][] {{1.9, -1}, {1.9, 1}})).isEqualTo(1);
    }

    @Test
    void aPersonMissingFromAnObservationIsNotFollowedAcrossTheGap() {
        LineCounter c = new LineCounter(List.of(LINE), 100);
        c.observe(0, 1, new int[] {5}, new double[] {1}, new double[] {-1}, new double[1], new double[1]);
        c.observe(0.1, 0, new int[0], new double[0], new double[0], new double[0], new double[0]);
        c.observe(0.2, 1, new int[] {5}, new double[] {1}, new double[] {1}, new double[1], new double[1]);
        assertThat(c.net(0)).isZero();
    }
}
