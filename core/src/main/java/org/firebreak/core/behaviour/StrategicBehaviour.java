package org.firebreak.core.behaviour;

import org.firebreak.core.agent.Group;

/**
 * Where a group goes: sets the group's {@link org.firebreak.core.agent.Plan}. Called when the
 * group appears and whenever it asks to decide again.
 */
@FunctionalInterface
public interface StrategicBehaviour {
    /**
     * @param group the group deciding
     * @param context the run
     */
    void decide(Group group, BehaviourContext context);
}
