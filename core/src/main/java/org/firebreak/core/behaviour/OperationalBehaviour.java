package org.firebreak.core.behaviour;

import org.firebreak.core.agent.Agent;

/**
 * How one agent moves during one step toward its current waypoint. It must read only the
 * state as it was at the start of the step (the agent's own position, the terrain, the
 * group's pace), so the order in which agents are stepped never changes the result.
 */
@FunctionalInterface
public interface OperationalBehaviour {
    /**
     * @param agent the agent, en route to {@link Agent#target()}
     * @param context the run
     * @return how far the agent moves this step, metres (at most its distance to the target)
     */
    double stepDistance(Agent agent, BehaviourContext context);
}
