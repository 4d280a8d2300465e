package org.firebreak.frontier.agent;

import java.util.Objects;
import java.util.Optional;
import org.firebreak.frontier.agent.kind.AgentState;
import org.firebreak.frontier.scenario.PatrolSector;

/**
 * A group's strategic decision: what it is doing and where.
 *
 * @param mode travel to a destination, hold a post, or patrol a sector
 * @param destination where the group goes (the post, for guards holding one)
 * @param via the border crossing point chosen on the way, if any
 * @param sector the patrolled sector, for patrols
 */
public record Plan(Mode mode, Waypoint destination, Optional<Waypoint> via, Optional<PatrolSector> sector) implements java.io.Serializable {
    /** What the plan is for. */
    public enum Mode {
        /** Go to the destination and arrive there. */
        TRAVEL,
        /** Travel to a location that is not the end of the journey: on arrival the group waits there and decides again. */
        STOPOVER,
        /** Move toward a detected group (the engine re-routes every step) and hold it until apprehension. */
        INTERCEPT,
        /** Go to a post and hold it. */
        HOLD,
        /** Walk a border sector back and forth. */
        PATROL
    }

    /** Checks every field. */
    public Plan {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(destination, "destination");
        Objects.requireNonNull(via, "via");
        Objects.requireNonNull(sector, "sector");
        if (mode == Mode.PATROL && sector.isEmpty()) {
            throw new IllegalArgumentException("a patrol plan needs a sector");
        }
    }

    /**
     * @param destination where to go
     * @param via where to cross the border, if anywhere
     * @return a travel plan
     */
    public static Plan travel(Waypoint destination, Optional<Waypoint> via) {
        return new Plan(Mode.TRAVEL, destination, via, Optional.empty());
    }

    /** @return where the group goes in order: the crossing point (if any), then the destination */
    /**
     * @param destination where the group stops to decide again
     * @param via a crossing on the way, if any
     * @return a stopover plan
     */
    public static Plan stopover(Waypoint destination, Optional<Waypoint> via) {
        return new Plan(Mode.STOPOVER, destination, via, Optional.empty());
    }

    /** @return whether the plan is a journey (ending in arrival or a stopover) that passes crossings */
    public boolean journey() {
        return mode == Mode.TRAVEL || mode == Mode.STOPOVER;
    }

    public java.util.List<Waypoint> targets() {
        return via.isPresent() ? java.util.List.of(via.get(), destination) : java.util.List.of(destination);
    }

    /** @return the state of members moving under this plan */
    public AgentState movingState() {
        return switch (mode) {
            case PATROL -> AgentState.PATROLLING;
            case INTERCEPT -> AgentState.RESPONDING;
            default -> AgentState.EN_ROUTE;
        };
    }
}
