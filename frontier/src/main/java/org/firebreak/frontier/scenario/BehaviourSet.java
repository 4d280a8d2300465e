package org.firebreak.frontier.scenario;

import java.util.Objects;

/**
 * The behaviours of a group at the three decision levels.
 *
 * @param strategic where to go (rarely decided)
 * @param tactical which way (on change)
 * @param operational how to move (every step)
 */
public record BehaviourSet(BehaviourChoice strategic, BehaviourChoice tactical, BehaviourChoice operational) implements java.io.Serializable {
    /** Checks all three are present. */
    public BehaviourSet {
        Objects.requireNonNull(strategic, "strategic");
        Objects.requireNonNull(tactical, "tactical");
        Objects.requireNonNull(operational, "operational");
    }
}
