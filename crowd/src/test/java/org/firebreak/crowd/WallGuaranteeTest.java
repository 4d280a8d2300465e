package org.firebreak.crowd;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Nobody ever passes through a wall, whatever the step, speed or density: checked on the clip
 * itself over random walls and moves, and on whole runs at the largest allowed step with people
 * driven into a barrier and around obstacles. Crossings are judged by an independent segment
 * intersection test.
 */
class WallGuaranteeTest {

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void aClippedMoveNeverTouchesAWall(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        List<Segment> walls = new ArrayList<>();
        for (int k = 0; k < 30; k++) {
            double x = 10 * r.nextDouble();
            double y = 10 * r.nextDouble();
            double a = 2 * Math.PI * r.nextDouble();
            double len = 0.2 + 3 * r.nextDouble();
            walls.add(new Segment(x, y, x + len * Math.cos(a), y + len * Math.sin(a)));
        }
        // polylines meeting at shared corners, the hard case for sliding
        walls.add(new Segment(2, 2, 5, 2.5));
        walls.add(new Segment(5, 2.5, 3, 5));
        walls.add(new Segment(3, 5, 2, 2));
        WallIndex index = new WallIndex(walls, 1.0);
        double[] out = new double[2];
        int clipped = 0;
        for (int trial = 0; trial < 20_000; trial++) {
            double x0 = 10 * r.nextDouble();
            double y0 = 10 * r.nextDouble();
            if (onAWall(walls, x0, y0)) {
                continue;
            }
            double a = 2 * Math.PI * r.nextDouble();
            double len = 0.95 * r.nextDouble();
            double x1 = x0 + len * Math.cos(a);
            double y1 = y0 + len * Math.sin(a);
            if (index.clip(x0, y0, x1, y1, out)) {
                clipped++;
            }
            for (Segment s : walls) {
                assertThat(Sites.crosses(x0, y0, out[0], out[1], s))
                        .as("move (%s, %s) -> (%s, %s) clipped to (%s, %s) against %s", x0, y0, x1, y1, out[0], out[1], s)
                        .isFalse();
            }
        }
        assertThat(clipped).as("moves that had to be clipped").isGreaterThan(1000);
    }

    private static boolean onAWall(List<Segment> walls, double x, double y) {
        for (Segment s : walls) {
            if (s.distanceTo(x, y) < 1e-3) {
                return true;
            }
        }
        return false;
    }

    @ParameterizedTest
    @ValueSource(longs = {11, 12, 13})
    void aCrowdDrivenIntoABarrierAtTheLargestStepStaysOut(long seed) {
        double length = 20;
        double width = 6;
        SplittableRandom r = new SplittableRandom(seed);
        CrowdGeometry.Builder b = CrowdGeometry.builder()
                .wall(-5, 0, length + 5, 0)
                .wall(-5, width, length + 5, width)
                // a barrier across the whole corridor: everybody walking east piles up against it
                .wall(15, 0, 15, width);
        List<Polygon> obstacles = new ArrayList<>();
        for (int k = 0; k < 4; k++) {
            double cx = 2 + 11 * r.nextDouble();
            double cy = 1 + 4 * r.nextDouble();
            Polygon p = new Polygon(List.of(new Point(cx, cy), new Point(cx + 0.8, cy + 0.3), new Point(cx + 0.2, cy + 0.9)));
            obstacles.add(p);
            b.obstacle(p);
        }
        CrowdGeometry site = b.build();
        List<Segment> walls = site.wallSegments();
        CrowdSettings settings = CrowdSettings.defaults().withTimeStep(CrowdSettings.TIME_STEP.max());
        try (CrowdSimulation sim = CrowdSimulation.builder(site).periodicX(length).settings(settings).seed(seed).build()) {
            int n = 0;
            while (n < 400) {
                double x = length * r.nextDouble();
                double y = 0.3 + (width - 0.6) * r.nextDouble();
                if (obstacles.stream().noneMatch(p -> p.contains(x, y)) && Math.abs(x - 15) > 0.1) {
                    sim.place(x, y, List.of(), 2.0, Double.NaN);
                    n++;
                }
            }
            double[][] last = new double[2][400];
            int[] bad = new int[1];
            sim.observeNow((t, count, ids, x, y, vx, vy) -> {
                for (int i = 0; i < count; i++) {
                    last[0][ids[i]] = x[i];
                    last[1][ids[i]] = y[i];
                }
            });
            sim.addObserver((t, count, ids, x, y, vx, vy) -> {
                for (int i = 0; i < count; i++) {
                    int id = ids[i];
                    double px = last[0][id];
                    double qx = x[i];
                    // undo the wrap: compare the move as it happened
                    if (qx - px > length / 2) {
                        qx -= length;
                    } else if (px - qx > length / 2) {
                        qx += length;
                    }
                    for (Segment s : walls) {
                        if (Sites.crosses(px, last[1][id], qx, y[i], s) || s.distanceTo(x[i], y[i]) == 0) {
                            bad[0]++;
                        }
                    }
                    for (Polygon p : obstacles) {
                        if (p.contains(x[i], y[i])) {
                            bad[0]++;
                        }
                    }
                    last[0][id] = x[i];
                    last[1][id] = y[i];
                }
            });
            sim.run(30);
            assertThat(sim.count()).isEqualTo(400);
            assertThat(bad[0]).as("moves through walls, centres on walls or inside obstacles").isZero();
        }
    }
}
