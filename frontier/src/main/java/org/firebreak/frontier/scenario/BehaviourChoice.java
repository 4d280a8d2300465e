package org.firebreak.frontier.scenario;

import java.util.Objects;
import org.firebreak.core.param.Parameters;

/**
 * A behaviour named by its registry id, with its checked parameters.
 *
 * @param id registry id, e.g. {@code walk.tobler}
 * @param parameters its parameters, complete (defaults filled in)
 */
public record BehaviourChoice(String id, Parameters parameters) implements java.io.Serializable {
    /** Checks both are present. */
    public BehaviourChoice {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(parameters, "parameters");
    }
}
