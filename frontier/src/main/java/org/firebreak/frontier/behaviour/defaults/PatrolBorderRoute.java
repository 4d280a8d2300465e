package org.firebreak.frontier.behaviour.defaults;

import java.util.ArrayList;
import java.util.List;
import org.firebreak.core.terrain.Border;
import org.firebreak.frontier.agent.Agent;
import org.firebreak.frontier.agent.BehaviourContext;
import org.firebreak.frontier.agent.Group;
import org.firebreak.frontier.agent.TacticalBehaviour;
import org.firebreak.frontier.agent.Waypoint;
import org.firebreak.frontier.scenario.PatrolSector;
import org.locationtech.jts.geom.Coordinate;

/**
 * Tactical default for patrols: follow the border line to the far end of the sector, through
 * every vertex of the line in between; at that end, turn round.
 */
public final class PatrolBorderRoute implements TacticalBehaviour {
    /** Registry id. */
    public static final String ID = "route.patrol-border";

    @Override
    public List<Waypoint> route(Group group, BehaviourContext context) {
        PatrolSector sector = group.plan().sector().orElseThrow(
                () -> new IllegalStateException(ID + ": group " + group.id() + " has no patrol sector"));
        Border border = border(context, sector);
        Agent lead = group.members().get(0);
        double from = sector.fromKm() * 1000;
        double to = sector.toKm() * 1000;
        double here = Math.max(from, Math.min(to, border.distanceAlong(lead.x(), lead.y())));
        double end = (to - here) >= (here - from) ? to : from;
        List<Waypoint> route = new ArrayList<>();
        List<double[]> vertices = new ArrayList<>();
        for (double[] v : border.verticesWithDistance()) {
            if (v[0] > Math.min(here, end) && v[0] < Math.max(here, end)) {
                vertices.add(v);
            }
        }
        if (end < here) {
            java.util.Collections.reverse(vertices);
        }
        for (double[] v : vertices) {
            route.add(Waypoint.plain(v[1], v[2], sector.border() + "@" + Math.round(v[0]) + "m"));
        }
        Coordinate e = border.pointAt(end);
        route.add(Waypoint.plain(e.x, e.y, end == to ? "sector-end" : "sector-start"));
        return route;
    }

    static Border border(BehaviourContext context, PatrolSector sector) {
        return context.terrain().border(sector.border()).orElseThrow(
                () -> new IllegalStateException("terrain has no border '" + sector.border() + "'"));
    }
}
