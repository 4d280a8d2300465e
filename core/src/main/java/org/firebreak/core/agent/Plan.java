package org.firebreak.core.agent;

import java.util.Objects;
import java.util.Optional;
import org.firebreak.core.scenario.PatrolSector;

/**
 * A group's strategic decision: what it is doing and where.
 *
 * @param mode travel to a destination, hold a post, or patrol a sector
 * @param destination where the group goes (the post, for guards holding one)
 * @param via the border crossing point chosen on the way, if any
 * @param sector the patrolled sector, for patrols
 */
public record Plan(Mode mode, Waypoint destination, Optional<Waypoint> via, Optional<PatrolSector> sector) {
    /** What the plan is for. */
    public enum Mode {
        /** Go to the destination and arrive there. */
        TRAVEL,
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
    public java.util.List<Waypoint> targets() {
        return via.isPresent() ? java.util.List.of(via.get(), destination) : java.util.List.of(destination);
    }

    /** @return the state of members moving under this plan */
    public AgentState movingState() {
        return mode == Mode.PATROL ? AgentState.PATROLLING : AgentState.EN_ROUTE;
    }
}
