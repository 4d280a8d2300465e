package org.firebreak.frontier.behaviour.defaults;

import java.util.List;
import org.firebreak.frontier.agent.BehaviourContext;
import org.firebreak.frontier.agent.Group;
import org.firebreak.frontier.agent.TacticalBehaviour;
import org.firebreak.frontier.agent.Waypoint;

/**
 * Tactical default: straight segments from where the group is to its crossing point (if
 * the plan has one), then to its destination. Real routes over roads and navigation fields
 * replace it once terrain costs exist.
 */
public final class StraightLineRoute implements TacticalBehaviour {
    /** Registry id. */
    public static final String ID = "route.straight-line";

    @Override
    public List<Waypoint> route(Group group, BehaviourContext context) {
        return group.plan().targets();
    }
}
