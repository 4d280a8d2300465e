package org.firebreak.frontier.detection;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.firebreak.core.param.ParameterSpec;
import org.firebreak.core.param.Parameters;

/**
 * A detection law as the registry knows it: its stable id, a one-line description, its
 * parameters, and how to make one from checked values.
 *
 * @param id stable id used in scenario files, e.g. {@code detection.exponential}
 * @param description one line for documentation and listings
 * @param parameters its parameters (empty when it has none)
 * @param factory makes a law from a complete, checked parameter set
 */
public record DetectionLawDefinition(String id, String description, List<ParameterSpec> parameters,
                                     Function<Parameters, DetectionLaw> factory) {
    /** Checks every field and that the id is well formed. */
    public DetectionLawDefinition {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(factory, "factory");
        if (!id.matches("[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)*")) {
            throw new IllegalArgumentException("detection law id '" + id
                    + "': expected lower-case words with dots and hyphens, like 'detection.exponential'");
        }
        parameters = List.copyOf(parameters);
    }

    /**
     * @param values checked values for {@link #parameters()}
     * @return a new law
     */
    public DetectionLaw create(Parameters values) {
        return Objects.requireNonNull(factory.apply(values), "the factory of " + id + " returned nothing");
    }
}
