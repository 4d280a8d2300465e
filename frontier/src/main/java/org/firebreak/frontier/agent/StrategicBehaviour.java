package org.firebreak.frontier.agent;


/**
 * Where a group goes: sets the group's {@link org.firebreak.frontier.agent.Plan}. Called when the
 * group appears and whenever it asks to decide again.
 */
public interface StrategicBehaviour extends java.io.Serializable {
    /**
     * @param group the group deciding
     * @param context the run
     */
    void decide(Group group, BehaviourContext context);

    /**
     * A member of the group has seen a guard. Behaviours that remember what they saw (and
     * avoid it) override this; the default ignores it.
     *
     * @param group the group
     * @param x the guard's easting, metres
     * @param y the guard's northing, metres
     * @param context the run
     */
    default void guardSighted(Group group, double x, double y, BehaviourContext context) {
    }
}
