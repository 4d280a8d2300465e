package org.firebreak.core.behaviour.defaults;

import java.util.List;
import java.util.Optional;
import org.firebreak.core.agent.Agent;
import org.firebreak.core.agent.Group;
import org.firebreak.core.agent.Plan;
import org.firebreak.core.agent.Waypoint;
import org.firebreak.core.behaviour.BehaviourContext;
import org.firebreak.core.behaviour.StrategicBehaviour;
import org.firebreak.core.param.ParameterSpec;
import org.firebreak.core.param.Parameters;
import org.firebreak.core.terrain.Border;
import org.firebreak.core.terrain.Crossing;
import org.firebreak.core.terrain.Place;
import org.firebreak.core.terrain.Terrain;
import org.locationtech.jts.geom.Coordinate;

/**
 * Strategic default for fighters: head straight for the destination and cross the border
 * informally near where the straight line meets it, keeping at least a set distance from
 * every official crossing (where guards are posted). Where the terrain lists informal
 * crossing sites (passes, fords) on that border, the group takes the one nearest along the
 * border to that meeting point; otherwise the meeting point itself, moved away from official
 * crossings as needed.
 */
public final class InformalDirect implements StrategicBehaviour {
    /** Registry id. */
    public static final String ID = "fighter.informal-direct";
    /** Minimum distance kept from official crossings along the border. */
    public static final ParameterSpec MIN_DISTANCE_FROM_OFFICIAL_M = new ParameterSpec(
            "min_distance_from_official_m", "m", 0, 200_000, 5_000,
            "shortest distance along the border kept between the informal crossing point and any official crossing");
    /** Its parameters. */
    public static final List<ParameterSpec> SPECS = List.of(MIN_DISTANCE_FROM_OFFICIAL_M);

    private final double minDistance;

    /** @param parameters values for {@link #SPECS} */
    public InformalDirect(Parameters parameters) {
        this.minDistance = parameters.get(MIN_DISTANCE_FROM_OFFICIAL_M);
    }

    @Override
    public void decide(Group group, BehaviourContext context) {
        Terrain terrain = context.terrain();
        Place dest = Places.destination(group, context, ID);
        Agent lead = group.members().get(0);
        Optional<Waypoint> via = Optional.empty();
        Border crossed = null;
        Coordinate hit = null;
        double hitDistance = Double.POSITIVE_INFINITY;
        for (Border b : terrain.borders()) {
            Optional<Coordinate> h = b.firstIntersection(lead.x(), lead.y(), dest.x(), dest.y());
            if (h.isPresent()) {
                double d = Math.hypot(h.get().x - lead.x(), h.get().y - lead.y());
                if (d < hitDistance) {
                    hitDistance = d;
                    hit = h.get();
                    crossed = b;
                }
            }
        }
        if (crossed != null) {
            double hitAlong = crossed.distanceAlong(hit.x, hit.y);
            Optional<Crossing> site = informalSite(terrain, crossed, hitAlong);
            if (site.isPresent()) {
                Crossing c = site.get();
                via = Optional.of(new Waypoint(c.x(), c.y(), c.id(), Waypoint.Kind.INFORMAL_CROSSING));
            } else {
                double along = awayFromOfficial(terrain, crossed, hitAlong);
                Coordinate p = crossed.pointAt(along);
                via = Optional.of(new Waypoint(p.x, p.y, crossed.id() + "@" + Math.round(along) + "m",
                        Waypoint.Kind.INFORMAL_CROSSING));
            }
        }
        group.setPlan(Plan.travel(Waypoint.plain(dest.x(), dest.y(), dest.id()), via));
    }

    /** The informal site of the border nearest along it to {@code along}, far enough from official crossings. */
    private Optional<Crossing> informalSite(Terrain terrain, Border border, double along) {
        // projecting onto a long border is costly: each crossing's position along it once
        List<Double> official = new java.util.ArrayList<>();
        List<Crossing> informal = new java.util.ArrayList<>();
        for (Crossing c : terrain.crossings()) {
            if (!c.borderId().equals(border.id())) {
                continue;
            }
            if (c.official()) {
                official.add(border.distanceAlong(c.x(), c.y()));
            } else {
                informal.add(c);
            }
        }
        Crossing best = null;
        double bestGap = Double.POSITIVE_INFINITY;
        for (Crossing c : informal) {
            double at = border.distanceAlong(c.x(), c.y());
            boolean guarded = official.stream().anyMatch(o -> Math.abs(o - at) < minDistance);
            double gap = Math.abs(at - along);
            if (!guarded && gap < bestGap) {
                bestGap = gap;
                best = c;
            }
        }
        return Optional.ofNullable(best);
    }

    private double awayFromOfficial(Terrain terrain, Border border, double along) {
        // one pass per crossing, repeated a few times so that shifting away from one
        // crossing cannot leave the point next to another
        for (int pass = 0; pass < 4; pass++) {
            boolean moved = false;
            for (Crossing c : terrain.crossings()) {
                if (!c.official() || !c.borderId().equals(border.id())) {
                    continue;
                }
                double at = border.distanceAlong(c.x(), c.y());
                if (Math.abs(along - at) < minDistance) {
                    double up = at + minDistance;
                    double down = at - minDistance;
                    boolean upFits = up <= border.length();
                    boolean downFits = down >= 0;
                    along = (along >= at && upFits) || !downFits ? Math.min(up, border.length()) : down;
                    moved = true;
                }
            }
            if (!moved) {
                break;
            }
        }
        return along;
    }
}
