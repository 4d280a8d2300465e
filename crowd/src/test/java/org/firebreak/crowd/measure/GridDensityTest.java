package org.firebreak.crowd.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;

class GridDensityTest {
    private static void observe(GridDensity g, double t, Crowds.State s) {
        g.observe(t, s.count(), s.ids(), s.x(), s.y(), s.vx(), s.vy());
    }

    @Test
    void aFullyCoveredAreaReadsCountOverArea() {
        // 12 × 12 persons 0.5 m apart fill a 6 m × 6 m box: 144 persons / 36 m² = 4 per m²
        Crowds.State s = Crowds.square(12, 0.5);
        GridDensity g = new GridDensity(new Envelope(0, 6, 0, 6), 1.0, null);
        observe(g, 0, s);
        assertThat(g.columns() * g.rows()).isEqualTo(36);
        for (int c = 0; c < 36; c++) {
            assertThat(g.density(c)).isCloseTo(144 / 36.0, within(1e-12));
        }
    }

    @Test
    void densityTimesCellAreaSumsToThePersonsInTheGrid() {
        Crowds.State s = Crowds.hexagonal(15, 0.43);
        GridDensity g = new GridDensity(new Envelope(-1, 9, -1, 9), 0.7, null);
        observe(g, 0, s);
        double persons = 0;
        for (int c = 0; c < g.columns() * g.rows(); c++) {
            persons += g.density(c) * 0.7 * 0.7;
        }
        assertThat(persons).isCloseTo(s.count(), within(1e-9));
    }

    @Test
    void meanAndMaximumAreOverObservations() {
        GridDensity g = new GridDensity(new Envelope(0, 2, 0, 2), 1.0, null);
        Crowds.State four = Crowds.State.of(List.of(new double[] {0.2, 0.2}, new double[] {0.4, 0.2},
                new double[] {0.6, 0.2}, new double[] {0.8, 0.2}));
        observe(g, 0, four);
        observe(g, 1, Crowds.State.of(List.of()));
        int c = g.cellOf(0.5, 0.5);
        assertThat(g.maxDensity(c)).isEqualTo(4.0);
        assertThat(g.meanDensity(c)).isEqualTo(2.0);
        assertThat(g.densityAt(0.5, 0.5)).isEqualTo(0.0);
        assertThat(g.maxDensity()).isEqualTo(4.0);
    }

    @Test
    void cellsWhollyOutsideTheWalkableAreaAreExcludedAndTheirPersonsIgnored() {
        // walkable: the left half of a 4 m × 2 m box, plus a sliver reaching into cell (2, 0)
        GridDensity g = new GridDensity(new Envelope(0, 4, 0, 2), 1.0, Crowds.box(0, 0, 2.5, 2));
        assertThat(g.excluded(g.cellOf(0.5, 0.5))).isFalse();
        assertThat(g.excluded(g.cellOf(2.5, 0.5))).isFalse();
        assertThat(g.excluded(g.cellOf(3.5, 0.5))).isTrue();
        observe(g, 0, Crowds.State.of(List.of(new double[] {3.5, 0.5})));
        assertThat(g.densityAt(3.5, 0.5)).isNaN();
        assertThat(g.maxDensity()).isZero();
    }

    @Test
    void aCellTouchingTheWalkableAreaOnlyAlongAnEdgeIsExcluded() {
        GridDensity g = new GridDensity(new Envelope(0, 4, 0, 2), 1.0, Crowds.box(0, 0, 2, 2));
        assertThat(g.excluded(g.cellOf(2.5, 0.5))).isTrue();
        assertThat(g.excluded(g.cellOf(1.5, 0.5))).isFalse();
    }

    @Test
    void personsOutsideTheGridAreNotCounted() {
        GridDensity g = new GridDensity(new Envelope(0, 2, 0, 2), 1.0, null);
        observe(g, 0, Crowds.State.of(List.of(new double[] {-0.5, 0.5}, new double[] {2.5, 0.5})));
        assertThat(g.maxDensity()).isZero();
        assertThat(g.densityAt(-0.5, 0.5)).isNaN();
    }
}
