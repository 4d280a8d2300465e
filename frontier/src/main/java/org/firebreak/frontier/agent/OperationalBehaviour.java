package org.firebreak.frontier.agent;


/**
 * How fast one agent moves toward its current waypoint. It must read only the agent's own
 * state, its group's and the terrain, so the order in which agents are stepped never changes
 * the result. The agent spends its step at this speed; when it reaches a waypoint it passes
 * through, it asks again for the next leg with the time left.
 */
public interface OperationalBehaviour extends java.io.Serializable {
    /**
     * @param agent the agent, en route to {@link Agent#target()}
     * @param context the run
     * @return the agent's speed on the leg toward its target from where it is, m/s (0 to stay put)
     */
    double speed(Agent agent, BehaviourContext context);

    /**
     * The same speed as {@link #speed(Agent, BehaviourContext)}, when the caller has already
     * measured the leg ahead (the agent's step calls this one): behaviours that need the leg
     * override it to save measuring it again. It must return exactly what the other gives.
     *
     * @param agent the agent, en route to {@link Agent#target()}
     * @param dx the target's easting minus the agent's, metres
     * @param dy the target's northing minus the agent's, metres
     * @param distance {@code Math.sqrt(dx * dx + dy * dy)}, more than 0
     * @param context the run
     * @return the agent's speed on the leg toward its target from where it is, m/s (0 to stay put)
     */
    default double speed(Agent agent, double dx, double dy, double distance, BehaviourContext context) {
        return speed(agent, context);
    }

    /**
     * Whether the speed depends on the agent only through its group, its position and its
     * target: not on its id, its own speed factor or anything else of its own. Members of a
     * group then take the same step wherever they stand together, and the engine computes it
     * once for them.
     *
     * @return true if the speed is the same for every member of a group at the same place; false by default
     */
    default boolean sameForGroup() {
        return false;
    }
}
