package org.firebreak.core.behaviour;

import org.firebreak.core.agent.Agent;

/**
 * How fast one agent moves toward its current waypoint. It must read only the agent's own
 * state, its group's and the terrain, so the order in which agents are stepped never changes
 * the result. The agent spends its step at this speed; when it reaches a waypoint it passes
 * through, it asks again for the next leg with the time left.
 */
@FunctionalInterface
public interface OperationalBehaviour {
    /**
     * @param agent the agent, en route to {@link Agent#target()}
     * @param context the run
     * @return the agent's speed on the leg toward its target from where it is, m/s (0 to stay put)
     */
    double speed(Agent agent, BehaviourContext context);
}
