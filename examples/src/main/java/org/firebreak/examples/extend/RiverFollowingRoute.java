package org.firebreak.examples.extend;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.firebreak.core.param.ParameterSpec;
import org.firebreak.core.param.Parameters;
import org.firebreak.frontier.agent.BehaviourContext;
import org.firebreak.frontier.agent.Group;
import org.firebreak.frontier.agent.TacticalBehaviour;
import org.firebreak.frontier.agent.Waypoint;
import org.firebreak.frontier.agent.kind.AgentType;
import org.firebreak.frontier.behaviour.BehaviourDefinition;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.simplify.DouglasPeuckerSimplifier;

/**
 * An example of a custom tactical behaviour: people who prefer to follow rivers. Rivers are
 * landmarks that carry water, villages and tracks, so a group within {@code join_distance_m}
 * of one walks to it and along its course for as long as the river leads it toward its target
 * (it leaves the river at the nearest point to the target it passes, once the river has turned
 * {@code turn_back_m} away from it), then goes straight on. The way along the river is taken
 * only if the whole leg is at most {@code max_detour} times the straight line; of several
 * rivers, the one followed furthest wins. Each leg of the plan (crossing point, then
 * destination) is routed this way. A modelling assumption to explore, not an observed rule.
 *
 * <p>Waypoints lie on the river's course as the terrain draws it (at this scale a bank is not
 * a separate line); between them the group moves straight, as with {@code route.straight-line}.
 */
public final class RiverFollowingRoute implements TacticalBehaviour {
    /** Registry id, as scenario files name it. */
    public static final String ID = "route.follow-rivers";
    /** How far from a river a group will go to join it. */
    public static final ParameterSpec JOIN_DISTANCE = new ParameterSpec("join_distance_m", "m", 0, 200_000, 20_000,
            "largest distance from the group to a river for it to walk to the river and follow it (assumption)");
    /** How far the river may lead away from the target before the group leaves it. */
    public static final ParameterSpec TURN_BACK = new ParameterSpec("turn_back_m", "m", 0, 100_000, 5_000,
            "how much further from the target the river may lead before the group leaves it (assumption)");
    /** Longest leg accepted when following a river, relative to the straight line. */
    public static final ParameterSpec MAX_DETOUR = new ParameterSpec("max_detour", "", 1, 5, 2,
            "longest leg by the river accepted, as a multiple of the straight-line distance (assumption)");
    /** Every parameter, for the registry and the documentation. */
    public static final List<ParameterSpec> SPECS = List.of(JOIN_DISTANCE, TURN_BACK, MAX_DETOUR);
    /** Tolerance of the simplification of the river's drawn course into waypoints, metres. */
    private static final double SIMPLIFY_M = 500;

    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    private final double joinDistance;
    private final double turnBack;
    private final double maxDetour;

    /** @param p checked values of {@link #SPECS} */
    public RiverFollowingRoute(Parameters p) {
        this.joinDistance = p.get(JOIN_DISTANCE);
        this.turnBack = p.get(TURN_BACK);
        this.maxDetour = p.get(MAX_DETOUR);
    }

    /** @return the registry entry: register it with {@code registry.register(RiverFollowingRoute.definition())} */
    public static BehaviourDefinition<TacticalBehaviour> definition() {
        return BehaviourDefinition.tactical(ID, EnumSet.of(AgentType.REFUGEE, AgentType.FIGHTER),
                "walk to a nearby river and along its course toward the target, if the detour is acceptable",
                SPECS, RiverFollowingRoute::new);
    }

    @Override
    public List<Waypoint> route(Group group, BehaviourContext context) {
        List<LineString> rivers = lines(context.terrain().rivers());
        Coordinate from = new Coordinate(group.members().get(0).x(), group.members().get(0).y());
        List<Waypoint> route = new ArrayList<>();
        for (Waypoint target : group.plan().targets()) {
            Coordinate to = new Coordinate(target.x(), target.y());
            route.addAll(alongRiver(rivers, from, to));
            route.add(target);
            from = to;
        }
        return route;
    }

    /** The waypoints along the river followed furthest on one leg; empty when none is worth following. */
    List<Waypoint> alongRiver(List<LineString> rivers, Coordinate from, Coordinate to) {
        double limit = maxDetour * from.distance(to);
        Coordinate[] best = null;
        double bestAlong = 0;
        for (LineString river : rivers) {
            Coordinate[] c = river.getCoordinates();
            int join = 0;
            for (int i = 1; i < c.length; i++) {
                join = c[i].distance(from) < c[join].distance(from) ? i : join;
            }
            if (c[join].distance(from) > joinDistance) {
                continue;
            }
            for (int dir = -1; dir <= 1; dir += 2) {
                int leave = join;
                for (int i = join + dir; i >= 0 && i < c.length; i += dir) {
                    if (c[i].distance(to) < c[leave].distance(to)) {
                        leave = i;
                    } else if (c[i].distance(to) > c[leave].distance(to) + turnBack) {
                        break;
                    }
                }
                Coordinate[] course = java.util.Arrays.copyOfRange(c, Math.min(join, leave), Math.max(join, leave) + 1);
                if (dir < 0) {
                    java.util.Collections.reverse(java.util.Arrays.asList(course));
                }
                double along = GEOMETRY.createLineString(course.length > 1 ? course : new Coordinate[0]).getLength();
                double leg = from.distance(c[join]) + along + c[leave].distance(to);
                if (along > bestAlong && leg <= limit) {
                    bestAlong = along;
                    best = course;
                }
            }
        }
        if (best == null) {
            return List.of();
        }
        List<Waypoint> route = new ArrayList<>();
        for (Coordinate c : DouglasPeuckerSimplifier.simplify(GEOMETRY.createLineString(best), SIMPLIFY_M)
                .getCoordinates()) {
            route.add(Waypoint.plain(c.x, c.y, "river"));
        }
        return route;
    }

    /** The terrain's rivers as single lines (multi-lines split into their parts). */
    static List<LineString> lines(List<Geometry> rivers) {
        List<LineString> out = new ArrayList<>();
        for (Geometry g : rivers) {
            for (int i = 0; i < g.getNumGeometries(); i++) {
                if (g.getGeometryN(i) instanceof LineString l && !l.isEmpty()) {
                    out.add(l);
                }
            }
        }
        return out;
    }
}
