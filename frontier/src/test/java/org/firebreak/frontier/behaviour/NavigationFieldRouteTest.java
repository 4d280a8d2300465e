package org.firebreak.frontier.behaviour;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.firebreak.core.param.Parameters;
import org.firebreak.core.terrain.ElevationGrid;
import org.firebreak.core.terrain.GridGeometry;
import org.firebreak.core.terrain.MapTerrain;
import org.firebreak.core.terrain.Place;
import org.firebreak.core.terrain.TerrainSpeeds;
import org.firebreak.frontier.agent.Agent;
import org.firebreak.frontier.agent.kind.AgentState;
import org.firebreak.frontier.agent.kind.AgentType;
import org.firebreak.frontier.behaviour.defaults.DefaultBehaviours;
import org.firebreak.frontier.behaviour.defaults.NavigationFieldRoute;
import org.firebreak.frontier.behaviour.defaults.NearestOfficialCrossing;
import org.firebreak.frontier.behaviour.defaults.StraightLineRoute;
import org.firebreak.frontier.behaviour.defaults.ToblerWalk;
import org.firebreak.frontier.engine.FrontierModel;
import org.firebreak.frontier.engine.StepObserver;
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
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

class NavigationFieldRouteTest {
    private static final GeometryFactory GF = new GeometryFactory();

    /** 40 km x 30 km of flat ground, a 10 km x 24 km lake across the straight line from start to goal. */
    private static final Geometry LAKE = GF.toGeometry(new org.locationtech.jts.geom.Envelope(15_000, 25_000,
            3_000, 27_000));
    private static final MapTerrain TERRAIN = MapTerrain.builder("lake-test",
                    new ElevationGrid(new GridGeometry(0, 0, 1000, 40, 30), new float[40 * 30]))
            .places(List.of(new Place("start", "Start", 5_000, 15_000, "AAA", 0),
                    new Place("goal", "Goal", 35_000, 15_000, "AAA", 0)))
            .lakes(List.of(LAKE))
            .build();

    private static Scenario scenario(String tactical) {
        BehaviourSet b = new BehaviourSet(
                new BehaviourChoice(NearestOfficialCrossing.ID, Parameters.defaults(NearestOfficialCrossing.SPECS)),
                new BehaviourChoice(tactical, Parameters.defaults(List.of())),
                new BehaviourChoice(ToblerWalk.ID, Parameters.defaults(ToblerWalk.SPECS)));
        return new Scenario(1, "lake", "walk round a lake", 3,
                TerrainSpec.of("lake-test", 500, TerrainSpeeds.defaults()), new TimeSettings(60, 30),
                new AgentSettings(new RefugeeParameters(1, 0), FighterParameters.defaults(), GuardParameters.defaults()),
                Map.of(), List.of(new SourceSpec("s", AgentType.REFUGEE, "start", 1000, 0, 1, 20,
                        GroupSize.fixed(2), "goal", b)), List.of());
    }

    @Test
    void walkingTheFieldsPathTakesTheTimeTheFieldPromises() {
        FrontierModel m = new FrontierModel(scenario(NavigationFieldRoute.ID), TERRAIN, DefaultBehaviours.registry());
        List<double[]> arrivals = new java.util.ArrayList<>();
        m.addEventSink((t, a, e, d) -> {
            if (e.equals("spawned")) {
                arrivals.add(new double[] {a.id(), t, a.x(), a.y(), Double.NaN});
            } else if (e.equals("arrived")) {
                arrivals.get((int) a.id())[4] = t;
            }
        });
        m.start();
        m.runSteps(30 * 60);
        org.firebreak.core.terrain.Place goal = TERRAIN.place("goal").orElseThrow();
        int goalCell = m.navigation().surface().grid().index(goal.x(), goal.y());
        org.firebreak.core.navigation.NavigationField field = m.navigation().get(
                NavigationFieldRoute.fieldKey("goal", goalCell), 1.0, List::of);
        for (double[] r : arrivals) {
            // pace 1 on flat ground: the field's seconds from the start cell, within the half cell
            // between the start and its cell's centre and the step that rounds the arrival up
            double promised = field.secondsAt(r[2], r[3]);
            double walked = r[4] - r[1];
            assertThat(walked).isCloseTo(promised, org.assertj.core.api.Assertions.within(500 * 1.5 / 1.4 + 60 + 60));
        }
    }

    private static int[] run(String tactical) {
        FrontierModel m = new FrontierModel(scenario(tactical), TERRAIN, DefaultBehaviours.registry());
        PreparedGeometry lake = PreparedGeometryFactory.prepare(LAKE);
        int[] stepsInLake = {0};
        m.addObserver(new StepObserver() {
            @Override
            public void afterStep(FrontierModel model) {
                for (Agent a : model.agents()) {
                    if (lake.contains(GF.createPoint(new Coordinate(a.x(), a.y())))) {
                        stepsInLake[0]++;
                    }
                }
            }
        });
        m.start();
        m.runSteps(30 * 60);
        long arrived = m.counts().get(AgentType.REFUGEE).get(AgentState.ARRIVED);
        return new int[] {stepsInLake[0], (int) arrived};
    }

    @Test
    void groupsFollowingTheFieldWalkRoundTheLakeAndArrive() {
        int[] straight = run(StraightLineRoute.ID);
        int[] field = run(NavigationFieldRoute.ID);
        assertThat(straight[0]).as("straight lines cross the lake").isPositive();
        assertThat(field[0]).as("the field never enters it").isZero();
        assertThat(field[1]).as("everyone arrives").isEqualTo(20);
    }
}
