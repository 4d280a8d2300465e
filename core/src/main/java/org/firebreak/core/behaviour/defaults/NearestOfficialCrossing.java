package org.firebreak.core.behaviour.defaults;

import java.util.Optional;
import org.firebreak.core.agent.Agent;
import org.firebreak.core.agent.Group;
import org.firebreak.core.agent.Plan;
import org.firebreak.core.agent.Waypoint;
import org.firebreak.core.behaviour.BehaviourContext;
import org.firebreak.core.behaviour.StrategicBehaviour;
import org.firebreak.core.terrain.Crossing;
import org.firebreak.core.terrain.Place;
import org.firebreak.core.terrain.Terrain;

/**
 * Strategic default for refugees: head for the source's destination through the official
 * crossing that makes the shortest straight-line journey (here → crossing → destination).
 * A group already in the destination's country goes straight there.
 */
public final class NearestOfficialCrossing implements StrategicBehaviour {
    /** Registry id. */
    public static final String ID = "refugee.nearest-official-crossing";

    @Override
    public void decide(Group group, BehaviourContext context) {
        Terrain terrain = context.terrain();
        Place dest = Places.destination(group, context, ID);
        Agent lead = group.members().get(0);
        Optional<Waypoint> via = Optional.empty();
        if (!terrain.countryAt(lead.x(), lead.y()).equals(terrain.countryAt(dest.x(), dest.y()))) {
            Crossing best = null;
            double bestLength = Double.POSITIVE_INFINITY;
            for (Crossing c : terrain.crossings()) {
                if (!c.official()) {
                    continue;
                }
                double length = Math.hypot(c.x() - lead.x(), c.y() - lead.y()) + Math.hypot(dest.x() - c.x(),
                        dest.y() - c.y());
                if (length < bestLength) {
                    bestLength = length;
                    best = c;
                }
            }
            if (best != null) {
                via = Optional.of(new Waypoint(best.x(), best.y(), best.id(), Waypoint.Kind.SCREENING));
            }
        }
        group.setPlan(Plan.travel(Waypoint.plain(dest.x(), dest.y(), dest.id()), via));
    }
}
