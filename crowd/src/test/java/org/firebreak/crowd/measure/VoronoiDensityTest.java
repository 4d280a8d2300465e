package org.firebreak.crowd.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.data.Percentage.withPercentage;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Polygon;

class VoronoiDensityTest {
    private static final double R = 1.0;

    private static VoronoiDensity voronoi(List<MeasurementArea> areas, Polygon walkable, boolean all) {
        return new VoronoiDensity(areas, walkable, R, 0, all, 1);
    }

    private static void observe(VoronoiDensity v, Crowds.State s) {
        v.observe(0, s.count(), s.ids(), s.x(), s.y(), s.vx(), s.vy());
    }

    @Test
    void squareLatticeGivesOneOverSpacingSquared() {
        double a = 0.6;
        Crowds.State s = Crowds.square(20, a).withVelocity(1.2, 0);
        // far from the lattice's edge, edges not aligned with the lattice, so cells are cut by M
        MeasurementArea m = new MeasurementArea("middle", Crowds.box(4.03, 3.97, 7.91, 8.12));
        VoronoiDensity v = voronoi(List.of(m), null, false);
        observe(v, s);
        assertThat(v.density(0)).isCloseTo(1 / (a * a), withPercentage(1));
        assertThat(v.speed(0)).isCloseTo(1.2, within(1e-9));
        int centre = 10 * 20 + 10;
        assertThat(v.personDensity(centre)).isCloseTo(1 / (a * a), withPercentage(1));
    }

    @Test
    void hexagonalLatticeGivesTwoOverRootThreeSpacingSquared() {
        double a = 0.7;
        Crowds.State s = Crowds.hexagonal(24, a);
        MeasurementArea m = new MeasurementArea("middle", Crowds.box(5.1, 4.9, 11.3, 10.2));
        VoronoiDensity v = voronoi(List.of(m), null, false);
        observe(v, s);
        double expected = 2 / (Math.sqrt(3) * a * a);
        assertThat(v.density(0)).isCloseTo(expected, withPercentage(1));
        assertThat(v.personDensity(12 * 24 + 12)).isCloseTo(expected, withPercentage(1));
    }

    @Test
    void oneIsolatedPersonOwnsTheWholeDisc() {
        Crowds.State s = Crowds.State.of(List.of(new double[] {5, 5}));
        MeasurementArea m = new MeasurementArea("big", Crowds.box(0, 0, 10, 10));
        VoronoiDensity v = voronoi(List.of(m), null, false);
        observe(v, s);
        assertThat(v.personDensity(0)).isCloseTo(1 / (Math.PI * R * R), withPercentage(0.5));
        // the person's whole cell is inside M: one person in 100 m²
        assertThat(v.density(0)).isCloseTo(0.01, within(1e-9));
    }

    @Test
    void twoPersonsShareTheDiscsAlongTheirBisector() {
        double d = 1.2;
        Crowds.State s = Crowds.State.of(List.of(new double[] {5, 5}, new double[] {5 + d, 5}));
        VoronoiDensity v = voronoi(List.of(new MeasurementArea("big", Crowds.box(0, 0, 10, 10))), null, false);
        observe(v, s);
        double h = d / 2;
        double segment = R * R * Math.acos(h / R) - h * Math.sqrt(R * R - h * h);
        double cell = Math.PI * R * R - segment;
        assertThat(v.personDensity(0)).isCloseTo(1 / cell, withPercentage(1));
        assertThat(v.personDensity(1)).isCloseTo(1 / cell, withPercentage(1));
        assertThat(v.density(0)).isCloseTo(2 / 100.0, within(1e-9));
    }

    @Test
    void twoPersonsCloseTogetherEachOwnHalfTheDisc() {
        // a crowd smaller than the disc: the cells must still reach the disc's edge
        double d = 0.02;
        Crowds.State s = Crowds.State.of(List.of(new double[] {5, 5}, new double[] {5, 5 + d}));
        VoronoiDensity v = voronoi(List.of(new MeasurementArea("big", Crowds.box(0, 0, 10, 10))), null, false);
        observe(v, s);
        double h = d / 2;
        double cell = Math.PI * R * R - (R * R * Math.acos(h / R) - h * Math.sqrt(R * R - h * h));
        assertThat(v.personDensity(0)).isCloseTo(1 / cell, withPercentage(1));
    }

    @Test
    void aTightClusterStillOwnsTheDiscAroundIt() {
        // three persons within a few centimetres share a disc of radius R between them
        Crowds.State s = Crowds.State.of(List.of(new double[] {5, 5}, new double[] {5.03, 5},
                new double[] {5.01, 5.04}));
        VoronoiDensity v = voronoi(List.of(new MeasurementArea("big", Crowds.box(0, 0, 10, 10))), null, false);
        observe(v, s);
        double total = 0;
        for (int i = 0; i < 3; i++) {
            total += 1 / v.personDensity(i);
        }
        // the union of the three clipped cells is nearly the disc around the cluster
        assertThat(total).isCloseTo(Math.PI * R * R, withPercentage(5));
    }

    @Test
    void collinearPersonsOwnStripsOfTheDisc() {
        double a = 0.5;
        List<double[]> row = new java.util.ArrayList<>();
        for (int i = 0; i < 9; i++) {
            row.add(new double[] {2 + i * a, 3});
        }
        VoronoiDensity v = voronoi(List.of(new MeasurementArea("big", Crowds.box(0, 0, 10, 10))), null, false);
        observe(v, Crowds.State.of(row));
        double h = a / 2;
        double strip = 2 * (h * Math.sqrt(R * R - h * h) + R * R * Math.asin(h / R));
        assertThat(v.personDensity(4)).isCloseTo(1 / strip, withPercentage(1));
        assertThat(v.density(0)).isCloseTo(9 / 100.0, within(1e-9));
    }

    @Test
    void cellsAreClippedToTheWalkableArea() {
        double a = 0.5;
        int n = 8;
        Crowds.State s = Crowds.square(n, a);
        // the walkable area ends half a spacing beyond the outer rows, so every cell is a square a × a
        Polygon walkable = Crowds.box(0, 0, n * a, n * a);
        VoronoiDensity v = new VoronoiDensity(List.of(), walkable, R, 0, true, 1);
        observe(v, s);
        for (int i = 0; i < s.count(); i++) {
            assertThat(v.personDensity(i)).as("person %d", i).isCloseTo(1 / (a * a), within(1e-6));
        }
    }

    @Test
    void aPersonOutsideTheWalkableAreaOwnsNoCellAndTakesNoneFromOthers() {
        double a = 0.5;
        int n = 6;
        Crowds.State lattice = Crowds.square(n, a);
        List<double[]> pts = new java.util.ArrayList<>();
        for (int i = 0; i < lattice.count(); i++) {
            pts.add(new double[] {lattice.x()[i], lattice.y()[i]});
        }
        pts.add(new double[] {n * a + 0.1, 1.0}); // just beyond the wall
        Crowds.State s = Crowds.State.of(pts);
        VoronoiDensity v = new VoronoiDensity(List.of(), Crowds.box(0, 0, n * a, n * a), R, 0, true, 1);
        observe(v, s);
        assertThat(v.personDensity(s.count() - 1)).isNaN();
        assertThat(v.personDensity(n - 1 + n * 2)).isCloseTo(1 / (a * a), within(1e-6));
    }

    @Test
    void onlyPersonsNearMeasurementAreasGetCellsUnlessAllAreAsked() {
        Crowds.State s = Crowds.square(30, 0.5);
        MeasurementArea m = new MeasurementArea("corner", Crowds.box(0, 0, 2, 2));
        VoronoiDensity near = voronoi(List.of(m), null, false);
        observe(near, s);
        int far = 29 * 30 + 29; // at (14.75, 14.75), far beyond 1 m of the area
        assertThat(near.personDensity(far)).isNaN();
        int inside = 2 * 30 + 2; // at (1.25, 1.25), inside the area and the lattice
        assertThat(near.personDensity(inside)).isCloseTo(4, withPercentage(1e-6));
        VoronoiDensity all = voronoi(List.of(m), null, true);
        observe(all, s);
        assertThat(all.personDensity(far)).isGreaterThan(0);
    }

    @Test
    void evaluatesAtTheFirstObservationOfEachInterval() {
        VoronoiDensity v = new VoronoiDensity(List.of(new MeasurementArea("m", Crowds.box(0, 0, 5, 5))), null, R,
                0.5, false, 1);
        Crowds.State s = Crowds.square(10, 0.5);
        for (int k = 0; k <= 100; k++) {
            v.observe(k * 0.1, s.count(), s.ids(), s.x(), s.y(), s.vx(), s.vy());
        }
        // multiples of 0.5 s in [0, 10]
        assertThat(v.evaluations()).isEqualTo(21);
    }
}
