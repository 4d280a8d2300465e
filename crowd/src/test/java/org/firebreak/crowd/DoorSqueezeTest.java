package org.firebreak.crowd;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * 500 people packed into a 20 m x 10 m room (2.5 /m²) all heading for one 1 m door.
 *
 * <p>Walls: no centre ever lies on a wall segment, and no centre's move between two
 * observations ever touches one (so nobody is ever on the wrong side of a wall).
 *
 * <p>Overlap: two bodies may press into each other, but by at most 0.1 m. Why 0.1 m: with
 * k = 1.2·10⁵ kg/s², a 0.1 m compression carries 12 000 N, the driving force (m v0 / τ ≈ 210 N,
 * at most 1.3 times that) of more than 40 people pushing in one straight line, which a crowd
 * squeezing through a door does not form; Helbing, Farkas &amp; Vicsek (2000) report the onset of
 * injuries near 1600 N/m of crowd, i.e. compressions of a few centimetres.
 */
class DoorSqueezeTest {
    private static final double RADIUS = 0.25;
    private static final double TOLERANCE = 0.1;

    @Test
    void nobodyCrossesAWallAndBodiesOverlapLittle() {
        CrowdGeometry site = CrowdGeometry.builder()
                .wall(20, -0.5, 20, -5, 0, -5, 0, 5, 20, 5, 20, 0.5)
                .wall(20, 0.5, 20.4, 0.5)
                .wall(20, -0.5, 20.4, -0.5)
                .wall(20.4, 0.5, 20.4, 5, 26, 5, 26, -5, 20.4, -5, 20.4, -0.5)
                .sink(new Sink("out", Polygon.rectangle(24, -5, 26, 5)))
                .build();
        List<Segment> walls = site.wallSegments();
        try (CrowdSimulation sim = CrowdSimulation.builder(site).seed(500).build()) {
            Sites.fill(sim, 0.3, -4.7, 19.7, 4.7, 500, List.of("out"), RADIUS);
            double[] lastX = new double[500];
            double[] lastY = new double[500];
            boolean[] seen = new boolean[500];
            double[] worst = new double[2];
            int[] crossings = new int[1];
            int[] observed = new int[1];
            sim.addObserver((t, n, ids, x, y, vx, vy) -> {
                for (int i = 0; i < n; i++) {
                    int id = ids[i];
                    for (Segment s : walls) {
                        worst[0] = Math.max(worst[0], s.distanceTo(x[i], y[i]) == 0 ? 1 : 0);
                        if (seen[id] && Sites.crosses(lastX[id], lastY[id], x[i], y[i], s)) {
                            crossings[0]++;
                        }
                    }
                    seen[id] = true;
                    lastX[id] = x[i];
                    lastY[id] = y[i];
                }
                if (observed[0]++ % 5 == 0) {
                    for (int i = 0; i < n; i++) {
                        for (int j = i + 1; j < n; j++) {
                            double d = Math.hypot(x[i] - x[j], y[i] - y[j]);
                            worst[1] = Math.max(worst[1], 2 * RADIUS - d);
                        }
                    }
                }
            });
            sim.run(60);
            System.getLogger(DoorSqueezeTest.class.getName()).log(System.Logger.Level.INFO,
                    "door squeeze: " + sim.removed() + " out in 60 s, deepest overlap " + worst[1] + " m");
            // a 1 m door passes 1.5-2 people a second; the first are a few metres away
            assertThat(sim.removed()).as("people out after 60 s").isGreaterThan(50);
            assertThat(crossings[0]).as("moves through a wall").isZero();
            assertThat(worst[0]).as("centres on a wall").isZero();
            assertThat(worst[1]).as("deepest overlap, m").isLessThan(TOLERANCE);
        }
    }
}
