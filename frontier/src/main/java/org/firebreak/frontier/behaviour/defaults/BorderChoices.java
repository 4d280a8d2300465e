package org.firebreak.frontier.behaviour.defaults;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.firebreak.core.terrain.Border;
import org.firebreak.core.terrain.Crossing;
import org.firebreak.core.terrain.Place;
import org.firebreak.core.terrain.Terrain;
import org.firebreak.frontier.agent.Agent;
import org.firebreak.frontier.agent.BehaviourContext;
import org.firebreak.frontier.agent.Group;
import org.firebreak.frontier.agent.Plan;
import org.firebreak.frontier.agent.Waypoint;
import org.locationtech.jts.geom.Coordinate;

/**
 * Where a group crosses a border on its way: the official crossing on the shortest
 * straight-line journey, or an informal crossing point. Shared by the strategic defaults.
 */
final class BorderChoices {
    /** Slope ratio treated as fully rugged when weighing informal sites. */
    private static final double RUGGED_SLOPE = 0.3;
    /** Relief is judged over about a kilometre around a site. */
    private static final double RELIEF_SPACING_M = 500;

    /**
     * Each crossing's position along its border, per terrain: projecting onto a border line of
     * thousands of vertices is costly, and crossings never move.
     */
    private static final Map<Terrain, Map<String, Double>> ALONG = java.util.Collections.synchronizedMap(
            new java.util.WeakHashMap<>());

    private BorderChoices() {
    }

    private static double along(Terrain terrain, Border border, Crossing c) {
        Map<String, Double> m = ALONG.computeIfAbsent(terrain, t -> new java.util.concurrent.ConcurrentHashMap<>());
        return m.computeIfAbsent(c.id(), id -> border.distanceAlong(c.x(), c.y()));
    }

    /**
     * @param context the run
     * @param x start easting
     * @param y start northing
     * @param dest the destination
     * @param exclude crossing ids not to take
     * @return the open official crossing that makes the straight two-leg journey shortest
     */
    static Optional<Crossing> official(BehaviourContext context, double x, double y, Place dest, List<String> exclude) {
        Crossing best = null;
        double bestLength = Double.POSITIVE_INFINITY;
        for (Crossing c : context.terrain().crossings()) {
            if (!c.official() || exclude.contains(c.id()) || !context.crossingOpen(c.id())) {
                continue;
            }
            double length = Math.hypot(c.x() - x, c.y() - y) + Math.hypot(dest.x() - c.x(), dest.y() - c.y());
            if (length < bestLength) {
                bestLength = length;
                best = c;
            }
        }
        return Optional.ofNullable(best);
    }

    /** @return the waypoint of an official crossing, where the group queues for screening */
    static Waypoint screening(Crossing c) {
        return new Waypoint(c.x(), c.y(), c.id(), Waypoint.Kind.SCREENING);
    }

    /**
     * An informal crossing point of the border that the straight line to the destination
     * meets: among the terrain's informal sites on that border within {@code searchM} of the
     * meeting point (or the nearest, if none is), at least {@code minFromOfficial} along the
     * border from every official crossing and {@code avoidRadius} from every position to
     * avoid, the one that best trades nearness against rugged ground; without such a site, the
     * meeting point itself moved away from official crossings.
     *
     * @param context the run
     * @param x start easting
     * @param y start northing
     * @param dest the destination
     * @param minFromOfficial distance kept from official crossings along the border, metres
     * @param avoid positions to keep away from, as {x, y} pairs
     * @param avoidRadius distance kept from them, metres
     * @param searchM how far along the border from the meeting point sites are weighed, metres
     * @param ruggedPreference 0: the nearest site; 1: rugged ground counts as much as the whole search distance
     * @return the crossing point, or empty if the straight line meets no border
     */
    static Optional<Waypoint> informal(BehaviourContext context, double x, double y, Place dest,
                                       double minFromOfficial, List<double[]> avoid, double avoidRadius,
                                       double searchM, double ruggedPreference) {
        Terrain terrain = context.terrain();
        Border crossed = null;
        Coordinate hit = null;
        double hitDistance = Double.POSITIVE_INFINITY;
        for (Border b : terrain.borders()) {
            Optional<Coordinate> h = b.firstIntersection(x, y, dest.x(), dest.y());
            if (h.isPresent()) {
                double d = Math.hypot(h.get().x - x, h.get().y - y);
                if (d < hitDistance) {
                    hitDistance = d;
                    hit = h.get();
                    crossed = b;
                }
            }
        }
        if (crossed == null) {
            return Optional.empty();
        }
        double hitAlong = crossed.distanceAlong(hit.x, hit.y);
        List<Double> official = new ArrayList<>();
        List<Crossing> sites = new ArrayList<>();
        for (Crossing c : terrain.crossings()) {
            if (!c.borderId().equals(crossed.id())) {
                continue;
            }
            if (c.official()) {
                official.add(along(terrain, crossed, c));
            } else if (!near(c.x(), c.y(), avoid, avoidRadius)) {
                sites.add(c);
            }
        }
        Crossing best = null;
        double bestScore = Double.POSITIVE_INFINITY;
        for (Crossing c : sites) {
            double at = along(terrain, crossed, c);
            if (official.stream().anyMatch(o -> Math.abs(o - at) < minFromOfficial)) {
                continue;
            }
            double gap = Math.abs(at - hitAlong);
            double slope = terrain.slope(c.x(), c.y(), RELIEF_SPACING_M);
            double rugged = Double.isNaN(slope) ? 0 : Math.min(1, slope / RUGGED_SLOPE);
            // beyond the search distance only nearness counts, so a far site never beats a near one
            double score = gap <= searchM ? gap / searchM - ruggedPreference * rugged : gap / searchM + 1;
            if (score < bestScore) {
                bestScore = score;
                best = c;
            }
        }
        if (best != null) {
            return Optional.of(new Waypoint(best.x(), best.y(), best.id(), Waypoint.Kind.INFORMAL_CROSSING));
        }
        double along = awayFromOfficial(crossed, official, hitAlong, minFromOfficial);
        Coordinate p = crossed.pointAt(along);
        return Optional.of(new Waypoint(p.x, p.y, crossed.id() + "@" + Math.round(along) + "m",
                Waypoint.Kind.INFORMAL_CROSSING));
    }

    /**
     * Whether a group's journey crosses a border: decided once, at its first decision, from the
     * countries of its lead and its destination. A border bends, and a group walking to a
     * crossing on it may pass through the other country on the way; asked again there, the
     * countries would wrongly say the journey needs no crossing.
     */
    static boolean mustCross(BehaviourContext context, Agent lead, Place dest) {
        return !context.terrain().countryAt(lead.x(), lead.y()).equals(context.terrain().countryAt(dest.x(), dest.y()));
    }

    /** @return the crossing of the group's current plan, if its lead has not passed it yet */
    static Optional<Waypoint> stillAhead(Group group) {
        Plan plan = group.plan();
        if (plan == null || plan.via().isEmpty()) {
            return Optional.empty();
        }
        int index = group.route().indexOf(plan.via().get());
        boolean ahead = index < 0 || Places.lead(group).leg() <= index;
        return ahead ? plan.via() : Optional.empty();
    }

    static boolean near(double x, double y, List<double[]> positions, double radius) {
        for (double[] p : positions) {
            if (Math.hypot(p[0] - x, p[1] - y) < radius) {
                return true;
            }
        }
        return false;
    }

    private static double awayFromOfficial(Border border, List<Double> official, double along, double minDistance) {
        // one pass per crossing, repeated a few times so that shifting away from one
        // crossing cannot leave the point next to another
        for (int pass = 0; pass < 4; pass++) {
            boolean moved = false;
            for (double at : official) {
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
