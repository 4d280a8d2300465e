package org.firebreak.crowd.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;

class ExposureTest {
    private static final double DT = 0.1;
    /** Spacing of a square lattice of density 5 persons/m². */
    private static final double A = 1 / Math.sqrt(5);
    private static final int N = 12;

    private static CrowdMeasurement holdFor(double seconds, CrowdMeasureConfig config) {
        CrowdMeasurement m = new CrowdMeasurement(config);
        Crowds.State s = Crowds.square(N, A);
        int steps = (int) Math.round(seconds / DT);
        for (int k = 0; k <= steps; k++) {
            m.observe(k * DT, s.count(), s.ids(), s.x(), s.y(), s.vx(), s.vy());
        }
        return m;
    }

    private static int centre() {
        return (N / 2) * N + N / 2;
    }

    private static int slotOf(Exposure e, int id) {
        for (int s = 0; s < e.persons(); s++) {
            if (e.id(s) == id) {
                return s;
            }
        }
        throw new AssertionError("no person " + id);
    }

    @Test
    void tenSecondsAtDensityFiveCountAboveFourAndNotAboveSixByVoronoi() {
        CrowdMeasureConfig c = CrowdMeasureConfig.defaults(new Envelope(0, N * A, 0, N * A))
                .withVoronoi(0, 1.0, true).withTrajectories(-1, false);
        Exposure e = holdFor(10, c).exposure();
        int s = slotOf(e, centre());
        assertThat(e.seconds(0, s)).isCloseTo(10, within(DT));
        assertThat(e.seconds(1, s)).isZero();
        assertThat(e.maxDensity(s)).isCloseTo(5, within(1e-6));
    }

    @Test
    void tenSecondsAtDensityFiveCountAboveFourAndNotAboveSixByGrid() {
        // no Voronoi: cells of 2 a hold exactly four persons, 4 / (4 a²) = 5 per m²
        CrowdMeasureConfig c = CrowdMeasureConfig.defaults(new Envelope(0, N * A, 0, N * A))
                .withCellSize(2 * A).withTrajectories(-1, false);
        CrowdMeasurement m = holdFor(10, c);
        assertThat(m.voronoi()).isNull();
        Exposure e = m.exposure();
        for (int s = 0; s < e.persons(); s++) {
            assertThat(e.seconds(0, s)).isCloseTo(10, within(DT));
            assertThat(e.seconds(1, s)).isZero();
        }
        Exposure.ExposureStats above4 = e.stats(0);
        assertThat(above4.persons()).isEqualTo(N * N);
        assertThat(above4.personsAbove()).isEqualTo(N * N);
        assertThat(above4.p95Seconds()).isCloseTo(10, within(DT));
        assertThat(e.stats(1).personsAbove()).isZero();
        assertThat(e.stats(1).maxSeconds()).isZero();
    }

    @Test
    void betweenVoronoiEvaluationsTheGridStandsIn() {
        CrowdMeasureConfig c = CrowdMeasureConfig.defaults(new Envelope(0, N * A, 0, N * A))
                .withCellSize(2 * A).withVoronoi(1.0, 1.0, true).withTrajectories(-1, false);
        Exposure e = holdFor(10, c).exposure();
        int s = slotOf(e, centre());
        assertThat(e.seconds(0, s)).isCloseTo(10, within(DT));
        assertThat(e.seconds(1, s)).isZero();
    }

    @Test
    void statisticsUseNearestRankOverEveryoneSeen() {
        // cell j (x in [j, j + 1)) holds four persons throughout and a fifth, person j, until
        // 0.1 j s, who then walks off alone: the five stand at 5 per m² for 0.1 j s, then 4 per m²
        CrowdMeasurement m = new CrowdMeasurement(CrowdMeasureConfig.defaults(new Envelope(0, 100, 0, 2))
                .withCellSize(1).withTrajectories(-1, false));
        int cells = 20;
        int n = cells * 5;
        int[] ids = new int[n];
        double[] x = new double[n];
        double[] y = new double[n];
        for (int k = 0; k <= cells; k++) {
            for (int j = 0; j < cells; j++) {
                for (int f = 0; f < 5; f++) {
                    int i = j * 5 + f;
                    ids[i] = i;
                    boolean leaving = f == 4 && k > j;
                    x[i] = leaving ? 50 + 2 * j + 0.5 : j + 0.1 + 0.2 * f;
                    y[i] = 0.5;
                }
            }
            m.observe(k * DT, n, ids, x, y, new double[n], new double[n]);
        }
        Exposure.ExposureStats st = m.exposure().stats(0);
        // five persons per cell j, each above 4 per m² for j tenths of a second
        assertThat(st.persons()).isEqualTo(100);
        assertThat(st.personsAbove()).isEqualTo(100); // even cell 0, above at the first observation
        assertThat(st.maxSeconds()).isCloseTo(1.9, within(1e-9));
        assertThat(st.meanSeconds()).isCloseTo(0.95, within(1e-9));
        // nearest rank ceil(0.95 · 100) = 95 of five each of 0, 0.1, ..., 1.9
        assertThat(st.p95Seconds()).isCloseTo(1.8, within(1e-9));
        assertThat(m.exposure().stats(1).personsAbove()).isZero();
    }
}
