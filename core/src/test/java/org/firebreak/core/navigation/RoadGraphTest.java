package org.firebreak.core.navigation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.firebreak.core.terrain.RoadLink;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

class RoadGraphTest {
    private static final GeometryFactory GF = new GeometryFactory();

    private static RoadLink link(String a, String b, double... xy) {
        Coordinate[] c = new Coordinate[xy.length / 2];
        for (int i = 0; i < c.length; i++) {
            c[i] = new Coordinate(xy[2 * i], xy[2 * i + 1]);
        }
        return new RoadLink(a + "-" + b, a, b, GF.createLineString(c), "test");
    }

    // a square of roads, 10 km a side, with a long detour road from A to C through E far north
    private final RoadGraph graph = new RoadGraph(List.of(
            link("a", "b", 0, 0, 10_000, 0),
            link("b", "c", 10_000, 0, 10_000, 10_000),
            link("c", "d", 10_000, 10_000, 0, 10_000),
            link("d", "a", 0, 10_000, 0, 0),
            link("a", "e", 0, 0, 5_000, 40_000),
            link("e", "c", 5_000, 40_000, 10_000, 10_000)));

    @Test
    void fastRoadsBeatTheDirectLegAndTheRouteFollowsTheShortestRoads() {
        // 20 m/s on roads, 1 m/s off road: from just beside A to just beside C
        RoadGraph.Route r = graph.route(new Coordinate(-100, 0), new Coordinate(10_100, 10_000), 20, 1);
        assertThat(r.roadMetres()).isCloseTo(20_000, within(1e-6));
        assertThat(r.seconds()).isCloseTo(100 + 20_000 / 20.0 + 100, within(1e-6));
        assertThat(r.waypoints().get(0)).isEqualTo(new Coordinate(-100, 0));
        assertThat(r.waypoints().get(r.waypoints().size() - 1)).isEqualTo(new Coordinate(10_100, 10_000));
    }

    @Test
    void whenRoadsAreNoFasterTheDirectLegWins() {
        RoadGraph.Route r = graph.route(new Coordinate(1_000, 1_000), new Coordinate(9_000, 9_000), 1.2, 1.2);
        assertThat(r.roadMetres()).isZero();
        assertThat(r.waypoints()).hasSize(2);
        assertThat(r.seconds()).isCloseTo(Math.hypot(8_000, 8_000) / 1.2, within(1e-6));
    }

    @Test
    void routeIsTheSameWhicheverWayLinksWereListed() {
        RoadGraph reversed = new RoadGraph(List.of(
                link("e", "c", 5_000, 40_000, 10_000, 10_000),
                link("a", "e", 0, 0, 5_000, 40_000),
                link("d", "a", 0, 10_000, 0, 0),
                link("c", "d", 10_000, 10_000, 0, 10_000),
                link("b", "c", 10_000, 0, 10_000, 10_000),
                link("a", "b", 0, 0, 10_000, 0)));
        RoadGraph.Route r1 = graph.route(new Coordinate(-100, 0), new Coordinate(10_100, 10_000), 20, 1);
        RoadGraph.Route r2 = reversed.route(new Coordinate(-100, 0), new Coordinate(10_100, 10_000), 20, 1);
        assertThat(r2.seconds()).isEqualTo(r1.seconds());
        assertThat(graph.nodeCount()).isEqualTo(5);
        assertThat(graph.linkCount()).isEqualTo(6);
    }
}
