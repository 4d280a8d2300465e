package org.firebreak.frontier.behaviour;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.firebreak.core.param.Parameters;
import org.firebreak.core.terrain.ElevationGrid;
import org.firebreak.core.terrain.GridGeometry;
import org.firebreak.core.terrain.MapTerrain;
import org.firebreak.core.terrain.Place;
import org.firebreak.core.terrain.RoadLink;
import org.firebreak.core.terrain.TerrainSpeeds;
import org.firebreak.frontier.agent.kind.AgentType;
import org.firebreak.frontier.behaviour.defaults.DefaultBehaviours;
import org.firebreak.frontier.behaviour.defaults.NearestOfficialCrossing;
import org.firebreak.frontier.behaviour.defaults.RoadGraphRoute;
import org.firebreak.frontier.behaviour.defaults.VehicleDrive;
import org.firebreak.frontier.engine.FrontierModel;
import org.firebreak.frontier.scenario.AgentSettings;
import org.firebreak.frontier.scenario.BehaviourChoice;
import org.firebreak.frontier.scenario.BehaviourSet;
import org.firebreak.frontier.scenario.FighterParameters;
import org.firebreak.frontier.scenario.GroupSize;
import org.firebreak.frontier.scenario.GuardParameters;
import org.firebreak.frontier.scenario.RefugeeParameters;
import org.firebreak.frontier.scenario.Scenario;
import org.firebreak.frontier.scenario.SourceSpec;
import org.firebreak.frontier.scenario.TerrainSpec;
import org.firebreak.frontier.scenario.TimeSettings;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

class VehicleRouteTest {
    private static final GeometryFactory GF = new GeometryFactory();

    @Test
    void vehiclesTakeTheRoadWhenItIsFasterAndArriveWhenItsLengthAtRoadSpeedSays() {
        // a 100 km road from a to b; people start 5 km south of a and go 5 km north of b
        MapTerrain terrain = MapTerrain.builder("road-test",
                        new ElevationGrid(new GridGeometry(0, 0, 1000, 120, 100), new float[120 * 100]))
                .places(List.of(new Place("a", "A", 10_000, 50_000, "AAA", 0),
                        new Place("b", "B", 110_000, 50_000, "AAA", 0),
                        new Place("start", "Start", 10_000, 45_000, "AAA", 0),
                        new Place("end", "End", 110_000, 55_000, "AAA", 0)))
                .roads(List.of(new RoadLink("ab", "a", "b", GF.createLineString(new Coordinate[] {
                    new Coordinate(10_000, 50_000), new Coordinate(110_000, 50_000)}), "test")))
                .build();
        TerrainSpeeds speeds = new TerrainSpeeds(1, 1, 0.3, 40, 10);
        BehaviourSet inVehicles = new BehaviourSet(
                new BehaviourChoice(NearestOfficialCrossing.ID, Parameters.defaults(NearestOfficialCrossing.SPECS)),
                new BehaviourChoice(RoadGraphRoute.ID, Parameters.defaults(List.of())),
                new BehaviourChoice(VehicleDrive.ID, Parameters.defaults(List.of())));
        Scenario s = new Scenario(1, "road", "drive along a road", 1, TerrainSpec.of("road-test", 1000, speeds),
                new TimeSettings(60, 6),
                new AgentSettings(RefugeeParameters.defaults(), FighterParameters.defaults(), GuardParameters.defaults()),
                Map.of(), List.of(new SourceSpec("s", AgentType.REFUGEE, "start", 0, 0, 0, 4, GroupSize.fixed(4), "end",
                        inVehicles)), List.of());
        FrontierModel m = new FrontierModel(s, terrain, DefaultBehaviours.registry());
        List<Double> arrivals = new ArrayList<>();
        m.addEventSink((t, a, e, d) -> {
            if (e.equals("arrived")) {
                arrivals.add(t);
            }
        });
        m.start();
        m.runSteps(6 * 60);
        // 5 km off road at 10 km/h, 100 km of road at 40 km/h, 5 km off road: 3.5 h; straight
        // across country at 10 km/h would take more than 10 h
        double expected = 3.5 * 3600;
        assertThat(arrivals).hasSize(4);
        // waypoints are passed through with the time left, so only the last step is rounded up
        assertThat(arrivals).allSatisfy(t -> assertThat(t).isBetween(expected, expected + 60.0));
    }
}
