package org.firebreak.frontier.behaviour.defaults;

import java.util.ArrayList;
import java.util.List;
import org.firebreak.core.navigation.RoadGraph;
import org.firebreak.core.terrain.TerrainSpeeds;
import org.firebreak.frontier.agent.Agent;
import org.firebreak.frontier.agent.BehaviourContext;
import org.firebreak.frontier.agent.Group;
import org.firebreak.frontier.agent.Plan;
import org.firebreak.frontier.agent.TacticalBehaviour;
import org.firebreak.frontier.agent.Waypoint;
import org.locationtech.jts.geom.Coordinate;

/**
 * Tactical behaviour for groups in vehicles: the fastest way over the road graph (A*) to the
 * crossing point (if the plan has one), then to the destination, with off-road connectors
 * where the roads do not reach, at the scenario's vehicle speeds. Waypoints reached by road
 * are of kind {@link Waypoint.Kind#ROAD}, so the operational behaviour knows which legs to
 * drive at road speed.
 */
public final class RoadGraphRoute implements TacticalBehaviour {
    /** Registry id. */
    public static final String ID = "route.road-graph";

    @Override
    public List<Waypoint> route(Group group, BehaviourContext context) {
        Plan plan = group.plan();
        List<Waypoint> targets = plan.targets();
        TerrainSpeeds speeds = context.speeds();
        Agent lead = group.members().get(0);
        Coordinate from = new Coordinate(lead.x(), lead.y());
        List<Waypoint> route = new ArrayList<>();
        for (Waypoint target : targets) {
            RoadGraph.Route r = context.roads().route(from, new Coordinate(target.x(), target.y()),
                    speeds.vehicleRoadKmh() / 3.6, speeds.vehicleOffRoadKmh() / 3.6);
            List<Coordinate> pts = r.waypoints();
            for (int i = 1; i < pts.size() - 1; i++) {
                Coordinate c = pts.get(i);
                route.add(new Waypoint(c.x, c.y, "road:" + target.label(),
                        r.onRoad().get(i) ? Waypoint.Kind.ROAD : Waypoint.Kind.PLAIN));
            }
            route.add(target);
            from = new Coordinate(target.x(), target.y());
        }
        return route;
    }
}
