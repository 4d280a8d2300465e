package org.firebreak.examples.extend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.firebreak.core.param.Parameters;
import org.firebreak.core.scenario.ScenarioException;
import org.firebreak.core.terrain.Terrain;
import org.firebreak.core.terrain.TerrainCatalog;
import org.firebreak.frontier.agent.Agent;
import org.firebreak.frontier.agent.Waypoint;
import org.firebreak.frontier.agent.kind.AgentType;
import org.firebreak.frontier.behaviour.BehaviourRegistry;
import org.firebreak.frontier.behaviour.defaults.DefaultBehaviours;
import org.firebreak.frontier.engine.FrontierModel;
import org.firebreak.frontier.engine.StepObserver;
import org.firebreak.frontier.scenario.Scenario;
import org.firebreak.frontier.scenario.ScenarioLoader;
import org.firebreak.geo.GeoTerrains;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

class RiverFollowersTest {
    private static final Path SCENARIO = Path.of("scenarios", "river-followers.yaml");
    private static final GeometryFactory GEOMETRY = new GeometryFactory();
    private static BehaviourRegistry behaviours;
    private static TerrainCatalog terrains;
    private static Terrain terrain;

    @TempDir
    Path tmp;

    @BeforeAll
    static void load() throws Exception {
        behaviours = DefaultBehaviours.registry().register(RiverFollowingRoute.definition());
        terrains = GeoTerrains.catalog();
        terrain = terrains.load("frontier").orElseThrow();
    }

    private static double toRiver(double x, double y) {
        Geometry p = GEOMETRY.createPoint(new Coordinate(x, y));
        return terrain.rivers().stream().mapToDouble(r -> r.distance(p)).min().orElseThrow();
    }

    @Test
    void aRouteRunsAlongTheRiverTowardTheTargetWithinTheAllowedDetour() {
        Coordinate shush = at("shush");
        Coordinate crossing = new Coordinate(terrain.crossing("al-sheeb").orElseThrow().x(),
                terrain.crossing("al-sheeb").orElseThrow().y());
        RiverFollowingRoute route = new RiverFollowingRoute(Parameters.defaults(RiverFollowingRoute.SPECS));
        List<Waypoint> w = route.alongRiver(RiverFollowingRoute.lines(terrain.rivers()), shush, crossing);

        // Shush lies on the Karkheh, which runs south toward the border: the route follows it
        assertThat(w).hasSizeGreaterThan(1);
        for (Waypoint p : w) {
            assertThat(toRiver(p.x(), p.y())).as("waypoint on a river").isLessThan(1.0);
        }
        double leg = shush.distance(new Coordinate(w.get(0).x(), w.get(0).y()));
        for (int i = 1; i < w.size(); i++) {
            leg += Math.hypot(w.get(i).x() - w.get(i - 1).x(), w.get(i).y() - w.get(i - 1).y());
        }
        Waypoint last = w.get(w.size() - 1);
        leg += Math.hypot(crossing.x - last.x(), crossing.y - last.y());
        assertThat(leg).isLessThanOrEqualTo(RiverFollowingRoute.MAX_DETOUR.defaultValue() * shush.distance(crossing));
        // it leaves the river nearer to the target than it started
        assertThat(Math.hypot(crossing.x - last.x(), crossing.y - last.y())).isLessThan(shush.distance(crossing));

        // a group further from every river than join_distance_m goes straight
        RiverFollowingRoute never = new RiverFollowingRoute(Parameters.of(RiverFollowingRoute.SPECS,
                Map.of(RiverFollowingRoute.JOIN_DISTANCE.key(), 0.0)));
        assertThat(never.alongRiver(RiverFollowingRoute.lines(terrain.rivers()), shush, crossing)).isEmpty();
    }

    private static Coordinate at(String place) {
        var p = terrain.place(place).orElseThrow();
        return new Coordinate(p.x(), p.y());
    }

    @Test
    void theExampleRunsAndItsRiverFollowersWalkCloserToARiverThanStraightWalkers() throws Exception {
        Path out = tmp.resolve("rivers");
        PrintStream old = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            RiverFollowers.main(new String[] {"--scenario", SCENARIO.toString(), "--out", out.toString()});
        } finally {
            System.setOut(old);
        }
        assertThat(buf.toString(StandardCharsets.UTF_8)).contains("river-followers: mean distance to the nearest river")
                .contains("straight-walkers: mean distance to the nearest river");
        assertThat(out.resolve("summary.json")).isRegularFile();
        List<String> csv = Files.readAllLines(out.resolve(RiverDistances.FILE));

        // the same scenario and seed again, positions sampled hourly here, distances measured here
        Scenario scenario = new ScenarioLoader(behaviours, terrains).load(SCENARIO);
        FrontierModel model = new FrontierModel(scenario, terrain, behaviours);
        Map<String, double[]> sums = new HashMap<>();
        model.addObserver(new StepObserver() {
            @Override
            public void afterStep(FrontierModel m) {
                if (m.steps() % 60 != 0) {
                    return;
                }
                for (Agent a : m.agents()) {
                    if (a.type() == AgentType.REFUGEE && a.moving()) {
                        double[] s = sums.computeIfAbsent(a.group().origin(), k -> new double[2]);
                        s[0]++;
                        s[1] += toRiver(a.x(), a.y());
                    }
                }
            }
        });
        model.start();
        model.runSteps(scenario.time().totalSteps());
        model.finish();
        double followers = sums.get("river-followers")[1] / sums.get("river-followers")[0];
        double straight = sums.get("straight-walkers")[1] / sums.get("straight-walkers")[0];

        // the example's own file says the same
        assertThat(csv).contains(String.format(java.util.Locale.ROOT, "river-followers,%d,%.1f",
                (long) sums.get("river-followers")[0], followers));
        // Followers start within 3 km of Shush, itself about 2 km from the Karkheh, and then walk on
        // waypoints that lie on the river, simplified to 500 m: an hour or two within 5 km of it, the
        // rest within 0.5 km, so their mean distance is of the order of 1 km. Straight walkers head
        // south-west while the river runs south: they draw away from it.
        assertThat(followers).isLessThan(1500);
        assertThat(straight).isGreaterThan(3 * followers);
    }

    @Test
    void anUnknownParameterOrAValueOutOfRangeIsRefusedByName() throws Exception {
        String text = Files.readString(SCENARIO);
        ScenarioLoader loader = new ScenarioLoader(behaviours, terrains);
        assertThatThrownBy(() -> loader.load("typo.yaml", text.replace("turn_back_m: 5000", "turn_bak_m: 5000")))
                .isInstanceOf(ScenarioException.class).hasMessageContaining("turn_bak_m");
        assertThatThrownBy(() -> loader.load("range.yaml", text.replace("turn_back_m: 5000", "turn_back_m: -1")))
                .isInstanceOf(ScenarioException.class).hasMessageContaining("turn_back_m")
                .hasMessageContaining("[0, 100000] m");
    }
}
