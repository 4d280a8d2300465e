package org.firebreak.crowd;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Same seed, same bytes, for any number of threads; and nobody is lost or duplicated: at every
 * step everybody who entered is either inside or removed, and everybody handed in comes out.
 * The site exercises every part: a Poisson source, a waiting area, a two-lane gate, a sink and
 * people injected from outside.
 */
class DeterminismTest {
    static CrowdGeometry site() {
        return CrowdGeometry.builder()
                .wall(12, 1.5, 12, 0, 0, 0, 0, 6, 12, 6, 12, 4.5)
                .wall(12, 0, 18, 0)
                .wall(12, 6, 18, 6)
                .obstacle(Polygon.rectangle(8, 2.5, 9, 3.5))
                .waitingArea(new WaitingArea("lounge", Polygon.rectangle(4, 1, 6, 5), ServiceTime.exponential(2)))
                .gate(new Gate("screening", new Segment(12, 1.5, 12, 4.5), 2, ServiceTime.exponential(1.5)))
                .sink(new Sink("out", Polygon.rectangle(16, 0, 18, 6)))
                .source(new Source("in", Polygon.rectangle(0.5, 0.5, 3, 5.5), 1.2, List.of("lounge", "screening", "out")))
                .measurementLine(new MeasurementLine("door", new Segment(13, 0, 13, 6)))
                .build();
    }

    /** A run's fingerprint: every observed number and every event, hashed in order. */
    static final class Fingerprint implements CrowdObserver, CrowdListener {
        long hash = 17;
        final Set<Integer> left = new HashSet<>();
        final List<String> problems = new ArrayList<>();
        CrowdSimulation sim;

        private void mix(long v) {
            hash = hash * 0x100000001b3L ^ v;
        }

        @Override
        public void observe(double t, int count, int[] ids, double[] x, double[] y, double[] vx, double[] vy) {
            mix(Double.doubleToLongBits(t));
            for (int i = 0; i < count; i++) {
                mix(ids[i]);
                mix(Double.doubleToLongBits(x[i]));
                mix(Double.doubleToLongBits(y[i]));
                mix(Double.doubleToLongBits(vx[i]));
                mix(Double.doubleToLongBits(vy[i]));
            }
            if (sim.entered() != count + sim.removed()) {
                problems.add("at " + t + ": entered " + sim.entered() + " != inside " + count + " + removed "
                        + sim.removed());
            }
            Set<Integer> unique = new HashSet<>();
            for (int i = 0; i < count; i++) {
                if (!unique.add(ids[i]) || left.contains(ids[i])) {
                    problems.add("at " + t + ": person " + ids[i] + " twice or after leaving");
                }
            }
        }

        @Override
        public void entered(double t, int id, String source) {
            mix(1_000_000L + id);
        }

        @Override
        public void left(double t, int id, String sink) {
            mix(2_000_000L + id);
            left.add(id);
        }

        @Override
        public void serviceStarted(double t, int id, String gate, int lane) {
            mix(3_000_000L + id * 8L + lane);
        }

        @Override
        public void serviceEnded(double t, int id, String gate, int lane) {
            mix(4_000_000L + id * 8L + lane);
        }
    }

    static Fingerprint run(int threads) {
        Fingerprint f = new Fingerprint();
        try (CrowdSimulation sim = CrowdSimulation.builder(site()).seed(99)
                .settings(CrowdSettings.defaults().withThreads(threads)).build()) {
            f.sim = sim;
            sim.addObserver(f);
            sim.addListener(f);
            List<Integer> injected = new ArrayList<>();
            for (int k = 0; k < 20; k++) {
                injected.add(sim.inject("in", List.of("screening", "out"), Double.NaN));
            }
            sim.run(90);
            assertThat(f.problems).isEmpty();
            assertThat(f.left).as("injected people who came out").containsAll(injected);
            assertThat(sim.entered()).isGreaterThan(60);
            assertThat(sim.removed()).isGreaterThan(30);
        }
        return f;
    }

    @Test
    void sameSeedSameBytesForAnyThreadCount() {
        long one = run(1).hash;
        assertThat(run(1).hash).isEqualTo(one);
        assertThat(run(2).hash).isEqualTo(one);
        assertThat(run(3).hash).isEqualTo(one);
    }

    /**
     * A crowd large enough for the pair loop's blocks (see {@link NeighbourList}): 6000 people in
     * a periodic corridor, several blocks of at least {@value NeighbourList#MIN_BLOCK}, whose
     * pairs add into the next block's sums in the second wave; on 1, 2 and 3 threads (3 splits
     * the waves' blocks unevenly), the same bytes after 120 steps and many list rebuilds.
     */
    @Test
    void aCrowdOfManyBlocksGivesTheSameBytesOnAnyThreadCount() {
        long one = corridor(1);
        assertThat(corridor(2)).isEqualTo(one);
        assertThat(corridor(3)).isEqualTo(one);
    }

    private static long corridor(int threads) {
        int n = 6000;
        double side = Math.sqrt(n / 1.41);
        CrowdGeometry site = CrowdGeometry.builder().wall(-5, 0, side + 5, 0).wall(-5, side, side + 5, side).build();
        Fingerprint f = new Fingerprint();
        try (CrowdSimulation sim = CrowdSimulation.builder(site).periodicX(side).seed(7).capacity(n)
                .settings(CrowdSettings.defaults().withThreads(threads)).build()) {
            f.sim = sim;
            sim.addObserver(f);
            int per = (int) Math.ceil(Math.sqrt(n));
            java.util.SplittableRandom r = new java.util.SplittableRandom(7);
            for (int i = 0; i < n; i++) {
                double x = (i % per + 0.5) * side / per + 0.1 * (r.nextDouble() - 0.5);
                double y = 0.3 + (i / per + 0.5) * (side - 0.6) / per + 0.1 * (r.nextDouble() - 0.5);
                sim.place(x, y, List.of(), Double.NaN, Double.NaN);
            }
            int builds = 0;
            for (int t = 0; t < 120; t++) {
                sim.step();
                builds += sim.state().neighbours.valid ? 0 : 1;
            }
            NeighbourList nl = sim.state().neighbours;
            assertThat(n / nl.block).as("blocks").isGreaterThanOrEqualTo(4);
            assertThat(builds).as("list rebuilds").isGreaterThan(5);
            assertThat(f.problems).isEmpty();
        }
        return f.hash;
    }
}
