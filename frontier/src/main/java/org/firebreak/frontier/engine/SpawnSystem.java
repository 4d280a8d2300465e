package org.firebreak.frontier.engine;

import ec.util.MersenneTwisterFast;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.firebreak.core.param.Parameters;
import org.firebreak.core.terrain.Place;
import org.firebreak.core.terrain.Terrain;
import org.firebreak.frontier.agent.Group;
import org.firebreak.frontier.agent.BehaviourContext;
import org.firebreak.frontier.behaviour.defaults.RoadGraphRoute;
import org.firebreak.frontier.behaviour.defaults.VehicleDrive;
import org.firebreak.frontier.scenario.BehaviourChoice;
import org.firebreak.frontier.scenario.BehaviourSet;
import org.firebreak.frontier.scenario.Scenario;
import org.firebreak.frontier.scenario.SourceAreas;
import org.firebreak.frontier.scenario.SourceSpec;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

/**
 * The spawn phase: sets the light of the step, deploys the border force at the first step and
 * carries out its reallocations, then lets every source emit the groups now due, in scenario
 * order, each drawing its places, vehicles and speeds from its own stream.
 */
final class SpawnSystem implements StepSystem {
    private final Scenario scenario;
    private final Terrain terrain;
    private final SunGrid sun;
    private final GuardForce force;
    private final List<SourceEmitter> emitters;
    private final GroupFactory factory;
    private final Population population;
    private final BehaviourContext context;
    /** The source areas prepared for point-in-polygon draws: derived from the scenario and terrain only. */
    private final Map<String, PreparedGeometry> areas = new HashMap<>();

    /**
     * @param scenario what runs
     * @param terrain where
     * @param sun the grid of sun elevations, set here for the step
     * @param force the border force
     * @param emitters the sources, in scenario order
     * @param factory makes the groups and agents
     * @param population notes where each group came from
     * @param context the run, for its clock
     * @throws IllegalArgumentException if a source's area lies outside the terrain
     */
    SpawnSystem(Scenario scenario, Terrain terrain, SunGrid sun, GuardForce force, List<SourceEmitter> emitters,
                GroupFactory factory, Population population, BehaviourContext context) {
        this.scenario = scenario;
        this.terrain = terrain;
        this.sun = sun;
        this.force = force;
        this.emitters = emitters;
        this.factory = factory;
        this.population = population;
        this.context = context;
        buildAreas();
    }

    private void buildAreas() {
        Envelope b = terrain.bounds();
        for (SourceSpec s : scenario.sources()) {
            if (!s.area().isEmpty()) {
                Polygon area = SourceAreas.inMetres(s.area(), terrain.geoReference());
                if (!area.getEnvelopeInternal().intersects(b)) {
                    throw new IllegalArgumentException("source " + s.id() + ": its area " + area.getEnvelopeInternal()
                            + " lies outside the terrain " + terrain.dataset() + " " + b
                            + "; expected longitudes and latitudes within the terrain");
                }
                areas.put(s.id(), PreparedGeometryFactory.prepare(area));
            }
        }
    }

    @Override
    public void run(double from) {
        // the light of the middle of the step, for everything that depends on it this step
        sun.update(scenario.time().epochSeconds(from + scenario.time().stepSeconds() / 2));
        force.deployOnce();
        force.reallocate(from / 3600.0);
        double t = context.timeSeconds();
        for (SourceEmitter e : emitters) {
            SourceSpec s = e.spec();
            Place place = terrain.place(s.place()).orElseThrow(
                    () -> new IllegalStateException("terrain has no place '" + s.place() + "'"));
            for (int size = e.nextGroupDue(t); size > 0; size = e.nextGroupDue(t)) {
                double[] at = areas.containsKey(s.id()) ? inArea(areas.get(s.id()), e.random())
                        : inDisc(place, s.radiusM(), e.random());
                boolean vehicle = s.vehicleShare() > 0 && e.random().nextDouble() < s.vehicleShare();
                Group g = factory.newGroup(s.type(), s.id(), vehicle ? inVehicle(s.behaviours()) : s.behaviours());
                population.emittedBy(g, s);
                factory.addMembers(g, size, at[0], at[1], e.random(), s.ageGroups());
            }
        }
    }

    private static double[] inDisc(Place place, double radius, MersenneTwisterFast random) {
        double r = radius * Math.sqrt(random.nextDouble());
        double theta = 2 * Math.PI * random.nextDouble();
        return new double[] {place.x() + r * Math.cos(theta), place.y() + r * Math.sin(theta)};
    }

    /** Uniform in the polygon: points drawn in its envelope until one falls inside. */
    private double[] inArea(PreparedGeometry area, MersenneTwisterFast random) {
        Envelope e = area.getGeometry().getEnvelopeInternal();
        Envelope terrainBounds = terrain.bounds();
        for (int i = 0; i < 10_000; i++) {
            Coordinate c = new Coordinate(e.getMinX() + e.getWidth() * random.nextDouble(),
                    e.getMinY() + e.getHeight() * random.nextDouble());
            if (terrainBounds.contains(c) && area.contains(area.getGeometry().getFactory().createPoint(c))) {
                return new double[] {c.x, c.y};
            }
        }
        Coordinate c = area.getGeometry().getInteriorPoint().getCoordinate();
        return new double[] {c.x, c.y};
    }

    /** The same strategy, by road in a vehicle. */
    private static BehaviourSet inVehicle(BehaviourSet walking) {
        Parameters none = Parameters.defaults(List.of());
        return new BehaviourSet(walking.strategic(), new BehaviourChoice(RoadGraphRoute.ID, none),
                new BehaviourChoice(VehicleDrive.ID, none));
    }
}
