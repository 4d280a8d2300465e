package org.firebreak.frontier.agent;

import java.util.List;

/** Which way a group goes: turns its plan into a route of waypoints. */
@FunctionalInterface
public interface TacticalBehaviour extends java.io.Serializable {
    /**
     * Called when the group's plan changes and whenever the whole group has reached the end
     * of its route without arriving (a patrol turning round, say).
     *
     * @param group the group, with its current plan
     * @param context the run
     * @return the route, from the group's current position onwards; never empty
     */
    List<Waypoint> route(Group group, BehaviourContext context);
}
