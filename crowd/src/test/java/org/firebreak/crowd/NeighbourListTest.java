package org.firebreak.crowd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The neighbour lists never miss a pair within the cut-off: after every step at which the lists
 * are still in use, every pair of people closer than the model's cut-off (found by brute force
 * over all pairs, nearest periodic image) must be on the list of the one with the lower index,
 * which holds each pair once. The crowds walk at the
 * largest desired speed the settings allow (4 m/s, capped at 1.3 times that by the model), head
 * on, so two people close in on each other as fast as they can.
 */
class NeighbourListTest {
    private static final double FAST = CrowdSettings.SPEED_MAX.max();

    @Test
    void headOnCounterflowAtTopSpeedMissesNoPair() {
        CrowdGeometry site = CrowdGeometry.builder()
                .wall(-2, 0, 33, 0)
                .wall(-2, 4, 33, 4)
                .sink(new Sink("west", Polygon.rectangle(-2, 0, 0, 4)))
                .sink(new Sink("east", Polygon.rectangle(30, 0, 33, 4)))
                .build();
        try (CrowdSimulation sim = CrowdSimulation.builder(site).seed(3).build()) {
            for (int k = 0; k < 60; k++) {
                double y = 0.4 + 0.53 * (k % 6);
                sim.place(2 + 0.6 * (k / 6) + 0.1 * (k % 2), y, List.of("east"), FAST, Double.NaN);
                sim.place(28 - 0.6 * (k / 6) - 0.1 * (k % 2), y + 0.2, List.of("west"), FAST, Double.NaN);
            }
            Coverage c = run(sim, 800);
            assertThat(c.missed).isEmpty();
            // the check did run: over many steps on reused lists, with pairs in contact range
            assertThat(c.stepsChecked).isGreaterThan(100);
            assertThat(c.pairs).isGreaterThan(10_000);
        }
    }

    @Test
    void fastAndSlowWalkersInAPeriodicCorridorMissNoPairAcrossTheSeam() {
        try (CrowdSimulation sim = CrowdSimulation.builder(Sites.ring(12, 3)).periodicX(12).seed(5).build()) {
            for (int k = 0; k < 60; k++) {
                double speed = k % 3 == 0 ? FAST : CrowdSettings.SPEED_MAX.min();
                sim.place(0.2 * k, 0.3 + 0.45 * (k % 6), List.of(), speed, Double.NaN);
            }
            Coverage c = run(sim, 800);
            assertThat(c.missed).isEmpty();
            assertThat(c.stepsChecked).isGreaterThan(100);
            assertThat(c.seamPairs).isGreaterThan(100);
        }
    }

    /**
     * The model writes the pair force twice: once over the lists, each pair once for both people,
     * and once over a scan of the grid, each pair for each person (the fallback for corridors too
     * narrow for lists). Both must give the same velocities, to rounding, across the seam of a
     * periodic corridor too. The scan needs the people sorted by their present cells, so the two
     * are compared right after each sort, on lists built then; the lists' pair loop runs over
     * blocks of 7 people here, in two waves, so that the hand-over from block to block is tried.
     * "To rounding" is 10⁻⁹ m/s: the two take the exponential from {@link Decay}'s table at
     * different arguments (e^(−d/B) times e^(r_j/B) for the lists, e^((r_j − d)/B) for the scan),
     * each within 3·10⁻¹⁰ of the exact value, and the repulsion, at most some 10² m/s² here, acts
     * for 0.01 s; a 1 % change in either copy's contact force makes a difference of 10⁻⁵ m/s and
     * more.
     */
    @Test
    void theListsAndTheGridScanGiveTheSameVelocities() {
        try (CrowdSimulation sim = CrowdSimulation.builder(Sites.ring(12, 3)).periodicX(12).seed(5).build()) {
            for (int k = 0; k < 60; k++) {
                double speed = k % 3 == 0 ? FAST : CrowdSettings.SPEED_MAX.min();
                sim.place(0.2 * k, 0.3 + 0.45 * (k % 6), List.of(), speed, Double.NaN);
            }
            SocialForceModel model = (SocialForceModel) sim.model();
            int compared = 0;
            double worst = 0;
            for (int t = 0; t < 400; t++) {
                sim.step();
                CrowdState s = sim.state();
                NeighbourList nl = s.neighbours;
                if (nl.valid) {
                    continue;
                }
                // sorted at the end of this step; the simulation builds its own lists at the next
                int n = s.count();
                double[] gx = new double[n];
                double[] gy = new double[n];
                model.velocities(s, 0.01, 0, n, gx, gy);
                try (StepPool one = new StepPool(1)) {
                    nl.prepare(s.key, one, n);
                    nl.build(s, 0, n);
                }
                model.lists().factors(s, nl, true, 0, n);
                int size = 7;
                for (int wave = 0; wave < 2; wave++) {
                    for (int b = wave; b * size < n; b += 2) {
                        model.lists().pairs(s, nl, b * size, Math.min(n, (b + 1) * size));
                    }
                }
                model.lists().accelerate(s, 0.01, 0, n);
                // let the simulation build its own, on its own ranges
                nl.valid = false;
                for (int i = 0; i < n; i++) {
                    worst = Math.max(worst, Math.max(Math.abs(gx[i] - s.nvx[i]), Math.abs(gy[i] - s.nvy[i])));
                    assertThat(gx[i]).as("east velocity of %d at step %d", i, t).isCloseTo(s.nvx[i], within(1e-9));
                    assertThat(gy[i]).as("north velocity of %d at step %d", i, t).isCloseTo(s.nvy[i], within(1e-9));
                }
                compared++;
            }
            assertThat(compared).isGreaterThan(30);
        }
    }

    private static final class Coverage {
        final List<String> missed = new ArrayList<>();
        int stepsChecked;
        long pairs;
        long seamPairs;
    }

    private static Coverage run(CrowdSimulation sim, int steps) {
        Coverage c = new Coverage();
        double cutoff = ((SocialForceModel) sim.model()).parameters().cutoff();
        for (int t = 0; t < steps && c.missed.size() < 10; t++) {
            sim.step();
            CrowdState s = sim.state();
            NeighbourList nl = s.neighbours;
            assertThat(nl).isNotNull();
            if (!nl.valid) {
                continue;
            }
            c.stepsChecked++;
            for (int i = 0; i < s.count; i++) {
                int part = nl.part(i);
                int[] list = nl.list(part);
                for (int j = 0; j < s.count; j++) {
                    double dx = Math.abs(s.x[i] - s.x[j]);
                    boolean seam = s.period > 0 && dx > s.period / 2;
                    if (seam) {
                        dx = s.period - dx;
                    }
                    double dy = s.y[i] - s.y[j];
                    if (i == j || dx * dx + dy * dy >= cutoff * cutoff) {
                        continue;
                    }
                    c.pairs++;
                    c.seamPairs += seam ? 1 : 0;
                    if (j < i) {
                        continue;
                    }
                    boolean listed = false;
                    for (int k = nl.begin(part, i); k < nl.end[i]; k++) {
                        listed |= list[k] == j;
                    }
                    if (!listed) {
                        c.missed.add("step " + t + ": " + s.id[j] + " not listed for " + s.id[i]);
                    }
                }
            }
        }
        return c;
    }
}
