package org.firebreak.frontier.agent.kind;

/** What an agent is doing; every agent is in exactly one state at any time. */
public enum AgentState {
    /** Moving along its route. */
    EN_ROUTE("en_route"),
    /** In the screening queue of an official crossing, not yet served. */
    QUEUEING("queueing"),
    /** Being screened in a lane of an official crossing. */
    SCREENING("screening"),
    /** Reached a waypoint, waiting for the rest of its group. */
    WAITING("waiting"),
    /** Reached its destination. */
    ARRIVED("arrived"),
    /** Stopped and held by guards. */
    APPREHENDED("apprehended"),
    /** A guard holding a post. */
    ON_POST("on_post"),
    /** A guard patrolling a border sector. */
    PATROLLING("patrolling"),
    /** A guard moving to intercept a detected group, or holding it until apprehension. */
    RESPONDING("responding");

    private final String id;

    AgentState(String id) {
        this.id = id;
    }

    /** @return the id used in outputs */
    public String id() {
        return id;
    }

    /** @return whether the agent has left the simulation's active flow (arrived or apprehended) */
    public boolean terminal() {
        return this == ARRIVED || this == APPREHENDED;
    }
}
