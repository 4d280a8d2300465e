package org.firebreak.frontier.engine;

import java.util.Arrays;
import java.util.List;

/**
 * The fixed, named sequence of phases of every step, in execution order. Each phase is a
 * {@link sim.engine.Steppable} on MASON's schedule at the same time, ordered by
 * {@link #ordinal()}, and is timed.
 */
public enum Phase {
    /** Sources emit new groups; at the first step, guards are deployed. */
    SPAWN("spawn"),
    /** Guards look for fighters within range (reads positions at the start of the step). */
    SENSE("sense"),
    /** Strategic decisions of groups that need one. */
    DECIDE("decide"),
    /** Tactical: routes for new plans; groups move on when all members reached a waypoint. */
    PLAN("plan"),
    /** Operational: every agent steps toward its waypoint. */
    MOVE("move"),
    /** Detections become apprehensions; screening queues serve, then admit this step's arrivals. */
    INTERACT("interact"),
    /** Observers see the finished step; hourly records are taken. */
    RECORD("record");

    private final String id;

    Phase(String id) {
        this.id = id;
    }

    /** @return the name used in outputs */
    public String id() {
        return id;
    }

    /** @return every phase id, in execution order */
    public static List<String> ids() {
        return Arrays.stream(values()).map(Phase::id).toList();
    }
}
