package org.firebreak.frontier.scenario;

import java.util.List;
import org.firebreak.core.param.ParameterSpec;

/**
 * A share of a source's people with its own spread of walking speed (children, adults, the
 * elderly). Each person's speed multiplier is drawn from a normal distribution truncated to
 * the agents' allowed range; a group walks at its slowest member's pace.
 *
 * @param share share of the source's people in this age group, 0 to 1
 * @param speedFactorMean mean multiplier on Tobler's walking speed
 * @param speedFactorSd standard deviation of the multiplier
 */
public record AgeGroup(double share, double speedFactorMean, double speedFactorSd) implements java.io.Serializable {
    /** Share. */
    public static final ParameterSpec SHARE = new ParameterSpec("share", "", 0, 1, 1,
            "share of the source's people in this age group; the shares of a source add up to 1");
    /** Mean multiplier. */
    public static final ParameterSpec SPEED_FACTOR_MEAN = new ParameterSpec("speed_factor_mean", "", 0.2, 2.5, 1.0,
            "mean multiplier on Tobler's walking speed for this age group");
    /** Spread. */
    public static final ParameterSpec SPEED_FACTOR_SD = new ParameterSpec("speed_factor_sd", "", 0, 1, 0.1,
            "standard deviation of the individual multiplier within the age group");
    /** Every key, in file order. */
    public static final List<ParameterSpec> SPECS = List.of(SHARE, SPEED_FACTOR_MEAN, SPEED_FACTOR_SD);

    /** Range-checks every value. */
    public AgeGroup {
        SHARE.check(share);
        SPEED_FACTOR_MEAN.check(speedFactorMean);
        SPEED_FACTOR_SD.check(speedFactorSd);
    }
}
