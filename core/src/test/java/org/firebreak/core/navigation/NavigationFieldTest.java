package org.firebreak.core.navigation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.firebreak.core.terrain.CostSurface;
import org.firebreak.core.terrain.GridGeometry;
import org.firebreak.core.terrain.RoadLink;
import org.firebreak.core.terrain.TerrainSpeeds;
import org.firebreak.core.testing.PlainTerrain;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

class NavigationFieldTest {
    private static final GeometryFactory GF = new GeometryFactory();
    /** Tobler on the flat, m/s, computed here from the formula: 6 exp(-3.5 * 0.05) km/h. */
    private static final double FLAT = 6 * Math.exp(-3.5 * 0.05) / 3.6;

    private static NavigationField field(PlainTerrain t, double cell, Coordinate goal) {
        return NavigationField.build(CostSurface.build(t, cell, TerrainSpeeds.defaults()), "goal", List.of(goal), 1.0);
    }

    @Test
    void onFlatGroundTheTimeIsTheOctileDistanceOverToblersFlatSpeed() {
        PlainTerrain flat = PlainTerrain.of(50_000, 40_000, (x, y) -> 100);
        NavigationField f = field(flat, 1000, new Coordinate(10_500, 10_500)); // centre of cell (10, 10)
        GridGeometry g = f.grid();
        for (int[] cell : new int[][] {{10, 10}, {30, 10}, {10, 35}, {40, 30}, {0, 0}, {49, 39}}) {
            int dc = Math.abs(cell[0] - 10);
            int dr = Math.abs(cell[1] - 10);
            double octile = (Math.max(dc, dr) - Math.min(dc, dr)) + Math.sqrt(2) * Math.min(dc, dr);
            double expected = octile * 1000 / FLAT;
            double got = f.seconds(cell[1] * g.cols() + cell[0]);
            assertThat(got).as("cell %d,%d", cell[0], cell[1]).isCloseTo(expected, within(1e-5 * expected + 1e-3));
            // and never shorter than the straight line, nor more than 8.3% longer (the octile bound)
            double euclid = Math.hypot(dc, dr) * 1000 / FLAT;
            assertThat(got).isBetween(euclid - 1e-3, euclid * 1.0824 + 1e-3);
        }
    }

    @Test
    void upASteadySlopeTakesLongerThanDownItAsToblerSays() {
        double slope = 0.08;
        PlainTerrain ramp = PlainTerrain.of(20_000, 3_000, (x, y) -> slope * x);
        NavigationField toTop = field(ramp, 500, new Coordinate(19_750, 1_250));
        NavigationField toFoot = field(ramp, 500, new Coordinate(250, 1_250));
        GridGeometry g = toTop.grid();
        int foot = 2 * g.cols();
        int top = 2 * g.cols() + g.cols() - 1;
        double length = 19_500;
        assertThat(toTop.seconds(foot)).isCloseTo(length / (6 * Math.exp(-3.5 * Math.abs(slope + 0.05)) / 3.6),
                within(0.01));
        assertThat(toFoot.seconds(top)).isCloseTo(length / (6 * Math.exp(-3.5 * Math.abs(-slope + 0.05)) / 3.6),
                within(0.01));
        assertThat(toTop.seconds(foot)).isGreaterThan(toFoot.seconds(top));
    }

    @Test
    void aRiverIsCrossedOnlyAtItsBridgeAndNotAtAll() {
        // a river along x = 10 km from south to north; one road crosses it at y = 30 km
        Geometry river = GF.createLineString(new Coordinate[] {new Coordinate(10_000, 0), new Coordinate(10_000,
                40_000)});
        RoadLink bridge = new RoadLink("r", "a", "b", GF.createLineString(new Coordinate[] {
            new Coordinate(8_000, 30_000), new Coordinate(12_000, 30_000)}), "test");
        Envelope box = new Envelope(0, 20_000, 0, 40_000);
        PlainTerrain withBridge = new PlainTerrain(box, (x, y) -> 0, List.of(river), List.of(), List.of(),
                List.of(bridge));
        PlainTerrain noBridge = new PlainTerrain(box, (x, y) -> 0, List.of(river), List.of(), List.of(), List.of());
        Coordinate goal = new Coordinate(15_500, 5_500);
        NavigationField f = field(withBridge, 1000, goal);
        double fromWest = f.secondsAt(5_500, 5_500);
        // the way round over the bridge is at least 25 km up to it and 25 km back down
        assertThat(fromWest).isGreaterThan(2 * 24_000 / FLAT);
        assertThat(fromWest).isLessThan(2 * 30_000 / FLAT);
        assertThat(field(noBridge, 1000, goal).secondsAt(5_500, 5_500)).isInfinite();

        // a ford declared at y = 15 km opens the river there: the way round is shorter than the bridge
        CostSurface withFord = CostSurface.build(noBridge, 1000, TerrainSpeeds.defaults(),
                List.of(new Coordinate(10_000, 15_000)));
        double viaFord = NavigationField.build(withFord, "goal", List.of(goal), 1.0).secondsAt(5_500, 5_500);
        assertThat(viaFord).isFinite().isLessThan(fromWest);
        assertThat(viaFord).isGreaterThan(2 * Math.hypot(4_500, 9_500) / FLAT * 0.99);
    }

    @Test
    void descendingTheFieldReachesTheGoalInTheTimeItPromises() {
        PlainTerrain hills = PlainTerrain.of(30_000, 30_000,
                (x, y) -> 300 * Math.sin(x / 4000.0) * Math.cos(y / 5000.0) + 500);
        CostSurface s = CostSurface.build(hills, 500, TerrainSpeeds.defaults());
        NavigationField f = NavigationField.build(s, "g", List.of(new Coordinate(25_250, 4_250)), 0.9);
        GridGeometry g = f.grid();
        int cell = g.index(2_250, 27_750);
        double promised = f.seconds(cell);
        double walked = 0;
        int steps = 0;
        for (int next = f.next(cell); next >= 0; next = f.next(cell)) {
            boolean diag = next % g.cols() != cell % g.cols() && next / g.cols() != cell / g.cols();
            walked += s.stepSeconds(cell, next, diag ? 500 * Math.sqrt(2) : 500, 0.9);
            cell = next;
            assertThat(++steps).isLessThan(g.size());
        }
        assertThat(f.seconds(cell)).isZero();
        assertThat(walked).isCloseTo(promised, within(promised * 1e-5));
    }

    @Test
    void theSameInputsGiveTheSameField() {
        PlainTerrain hills = PlainTerrain.of(20_000, 20_000, (x, y) -> 200 * Math.sin(x / 3000.0 + y / 7000.0));
        NavigationField a = field(hills, 400, new Coordinate(1_000, 1_000));
        NavigationField b = field(hills, 400, new Coordinate(1_000, 1_000));
        for (int i = 0; i < a.grid().size(); i++) {
            assertThat(a.seconds(i)).isEqualTo(b.seconds(i));
        }
        assertThat(a.reachableCells()).isEqualTo(a.grid().size());
        assertThat(a.bytes()).isEqualTo(4L * a.grid().size());
    }
}
