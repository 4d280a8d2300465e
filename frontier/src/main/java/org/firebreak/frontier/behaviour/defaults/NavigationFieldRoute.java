package org.firebreak.frontier.behaviour.defaults;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntFunction;
import org.firebreak.core.navigation.NavigationField;
import org.firebreak.core.terrain.CostSurface;
import org.firebreak.core.terrain.GridGeometry;
import org.firebreak.frontier.agent.Agent;
import org.firebreak.frontier.agent.BehaviourContext;
import org.firebreak.frontier.agent.Group;
import org.firebreak.frontier.agent.Plan;
import org.firebreak.frontier.agent.TacticalBehaviour;
import org.firebreak.frontier.agent.Waypoint;
import org.locationtech.jts.geom.Coordinate;

/**
 * Tactical behaviour that follows the terrain: to its crossing point (if the plan has one),
 * then to its destination, the group descends the navigation field of each target, so it
 * walks round lakes, crosses rivers at bridges and prefers easy slopes. Fields are built
 * once per target for the whole run and shared by every group heading there; the route is
 * the field's descent from the group's cell, with straight runs merged into one leg.
 *
 * <p>A target in a cell that cannot be entered (a town on a river) is moved to the nearest
 * cell that can; a group that cannot reach a target at all goes straight for it.
 */
public final class NavigationFieldRoute implements TacticalBehaviour {
    /** Registry id. */
    public static final String ID = "route.navigation-field";
    private static final System.Logger LOG = System.getLogger(NavigationFieldRoute.class.getName());
    private static final int SEARCH_RADIUS_CELLS = 10;
    /**
     * The waypoints of each field by cell, shared by every route that descends it: a million
     * agents in a few hundred thousand groups would otherwise hold millions of equal waypoints
     * (and their labels), scattered between the agents in memory. Kept as long as the field is,
     * which is as long as its run. Waypoints are values; nothing compares them by identity.
     */
    private static final Map<NavigationField, Map<Integer, Waypoint>> SHARED =
            Collections.synchronizedMap(new WeakHashMap<>());

    @Override
    public List<Waypoint> route(Group group, BehaviourContext context) {
        Plan plan = group.plan();
        List<Waypoint> targets = plan.targets();
        Agent lead = group.members().get(0);
        double x = lead.x();
        double y = lead.y();
        List<Waypoint> route = new ArrayList<>();
        for (Waypoint target : targets) {
            descend(context, group, x, y, target, route);
            route.add(target);
            x = target.x();
            y = target.y();
        }
        return route;
    }

    private void descend(BehaviourContext context, Group group, double x, double y, Waypoint target,
                         List<Waypoint> route) {
        // informal sites and the locations of FLEE-style hops are many, each sought by few groups:
        // their fields are built on the coarse surface
        boolean informal = target.kind() == Waypoint.Kind.INFORMAL_CROSSING
                || group.plan().mode() == Plan.Mode.STOPOVER;
        CostSurface surface = informal ? context.navigation().coarseSurface() : context.navigation().surface();
        GridGeometry g = surface.grid();
        int goalCell = passableNear(surface, g.index(target.x(), target.y()));
        int cell = g.index(x, y);
        if (goalCell < 0 || cell < 0) {
            return;
        }
        java.util.function.Supplier<List<Coordinate>> goal =
                () -> List.of(new Coordinate(g.centreX(goalCell), g.centreY(goalCell)));
        // keyed by the goal cell as well as the label: a town and the crossing named after it
        // (penjwen, al-qaim) share an id, and a field keyed by the id alone led to whichever of the
        // two was asked for first, so routes depended on history and a resumed run on its restart
        String key = fieldKey(target.label(), goalCell);
        NavigationField field = informal ? context.navigation().getCoarse(key, 1.0, goal)
                : context.navigation().get(key, 1.0, goal);
        Map<Integer, Waypoint> waypoints = SHARED.computeIfAbsent(field, f -> new ConcurrentHashMap<>());
        String label = "field:" + target.label();
        IntFunction<Waypoint> at = c -> waypoints.computeIfAbsent(c, k -> Waypoint.plain(g.centreX(k), g.centreY(k), label));
        if (Double.isInfinite(field.seconds(cell))) {
            cell = reachableNear(field, cell);
            if (cell < 0) {
                LOG.log(System.Logger.Level.WARNING, "group {0} cannot reach {1} over passable ground; going straight",
                        Long.toString(group.id()), target.label());
                return;
            }
            route.add(at.apply(cell));
        }
        int previousStep = Integer.MIN_VALUE;
        for (int next = field.next(cell); next >= 0; next = field.next(cell)) {
            int step = next - cell;
            if (step != previousStep && previousStep != Integer.MIN_VALUE) {
                // the direction changes at this cell: it ends a straight run
                route.add(at.apply(cell));
            }
            previousStep = step;
            cell = next;
        }
        route.add(at.apply(cell));
    }

    /**
     * @param label a target's label
     * @param goalCell the cell of the surface the field descends to
     * @return the key under which the run keeps the target's navigation field
     */
    public static String fieldKey(String label, int goalCell) {
        return label + "@" + goalCell;
    }

    /** The cell itself if it can be entered, else the nearest one within a few cells that can. */
    private static int passableNear(CostSurface surface, int cell) {
        if (cell < 0 || surface.factor(cell) > 0) {
            return cell;
        }
        return nearest(surface.grid(), cell, i -> surface.factor(i) > 0);
    }

    private static int reachableNear(NavigationField field, int cell) {
        return nearest(field.grid(), cell, i -> !Double.isInfinite(field.seconds(i)));
    }

    private static int nearest(GridGeometry g, int cell, java.util.function.IntPredicate ok) {
        int c = cell % g.cols();
        int r = cell / g.cols();
        for (int radius = 1; radius <= SEARCH_RADIUS_CELLS; radius++) {
            int best = -1;
            double bestD = Double.POSITIVE_INFINITY;
            for (int dr = -radius; dr <= radius; dr++) {
                for (int dc = -radius; dc <= radius; dc++) {
                    if (Math.max(Math.abs(dr), Math.abs(dc)) != radius || !g.contains(c + dc, r + dr)) {
                        continue;
                    }
                    int i = (r + dr) * g.cols() + c + dc;
                    double d = Math.sqrt(dr * dr + dc * dc);
                    if (ok.test(i) && d < bestD) {
                        bestD = d;
                        best = i;
                    }
                }
            }
            if (best >= 0) {
                return best;
            }
        }
        return -1;
    }
}
