package org.firebreak.frontier.scenario;

import org.firebreak.core.param.Parameters;

/**
 * Per-type agent parameters, immutable and range-checked. Each agent draws its own speed
 * factor at creation from a normal distribution with this mean and standard deviation,
 * truncated to [{@link #MIN_SPEED_FACTOR}, {@link #MAX_SPEED_FACTOR}].
 */
public sealed interface AgentParameters permits RefugeeParameters, FighterParameters, GuardParameters {
    /** Smallest individual speed factor an agent can draw. */
    double MIN_SPEED_FACTOR = 0.2;
    /** Largest individual speed factor an agent can draw. */
    double MAX_SPEED_FACTOR = 2.5;

    /** @return mean multiplier on the terrain walking speed */
    double speedFactorMean();

    /** @return standard deviation of the individual multiplier */
    double speedFactorSd();

    /** @return the values as a parameter set, keyed as in scenario files */
    Parameters asParameters();
}
