package org.firebreak.core.agent;

import java.util.List;
import java.util.Map;
import org.firebreak.core.param.ParameterSpec;
import org.firebreak.core.param.Parameters;

/**
 * Parameters of border guards, including the default detection law: within
 * {@code detectionRangeM} a guard detects each fighter at a constant rate, so the chance of
 * detection over a step of Δt seconds is 1 − exp(−rate · Δt / 3600) (the exponential law
 * of search theory, cut off at the range).
 *
 * @param speedFactorMean mean multiplier on Tobler's walking speed
 * @param speedFactorSd standard deviation of the individual multiplier
 * @param detectionRangeM range within which a guard can detect, metres
 * @param detectionRatePerHour detection rate within range, per hour
 */
public record GuardParameters(double speedFactorMean, double speedFactorSd, double detectionRangeM,
                              double detectionRatePerHour) implements AgentParameters {
    /** Mean speed multiplier of patrolling guards. */
    public static final ParameterSpec SPEED_FACTOR_MEAN = new ParameterSpec("speed_factor_mean", "", 0.2, 2.5, 1.0,
            "mean multiplier on Tobler's walking speed for patrols on foot");
    /** Spread of the speed multiplier between individuals. */
    public static final ParameterSpec SPEED_FACTOR_SD = new ParameterSpec("speed_factor_sd", "", 0, 1, 0.0,
            "standard deviation of the individual multiplier");
    /** Detection range. */
    public static final ParameterSpec DETECTION_RANGE_M = new ParameterSpec("detection_range_m", "m", 0, 50_000,
            2_000, "range within which a guard can detect a moving person (assumption: open ground, daylight)");
    /** Detection rate within range. */
    public static final ParameterSpec DETECTION_RATE_PER_HOUR = new ParameterSpec("detection_rate_per_hour", "1/h",
            0, 3_600, 6, "detection rate within range; 6/h gives a 10% chance per minute in range (assumption)");
    /** Every guard parameter, in file order. */
    public static final List<ParameterSpec> SPECS = List.of(SPEED_FACTOR_MEAN, SPEED_FACTOR_SD, DETECTION_RANGE_M,
            DETECTION_RATE_PER_HOUR);

    /** Range-checks every value. */
    public GuardParameters {
        SPEED_FACTOR_MEAN.check(speedFactorMean);
        SPEED_FACTOR_SD.check(speedFactorSd);
        DETECTION_RANGE_M.check(detectionRangeM);
        DETECTION_RATE_PER_HOUR.check(detectionRatePerHour);
    }

    /** @return the defaults */
    public static GuardParameters defaults() {
        return of(Parameters.defaults(SPECS));
    }

    /**
     * @param p values for {@link #SPECS}
     * @return the parameters
     */
    public static GuardParameters of(Parameters p) {
        return new GuardParameters(p.get(SPEED_FACTOR_MEAN), p.get(SPEED_FACTOR_SD), p.get(DETECTION_RANGE_M),
                p.get(DETECTION_RATE_PER_HOUR));
    }

    /**
     * @param stepSeconds the step length, seconds
     * @return the chance that a guard detects a given fighter in range during one step
     */
    public double detectionProbabilityPerStep(double stepSeconds) {
        return 1 - Math.exp(-detectionRatePerHour * stepSeconds / 3600.0);
    }

    @Override
    public Parameters asParameters() {
        return Parameters.of(SPECS, Map.of(SPEED_FACTOR_MEAN.key(), speedFactorMean,
                SPEED_FACTOR_SD.key(), speedFactorSd, DETECTION_RANGE_M.key(), detectionRangeM,
                DETECTION_RATE_PER_HOUR.key(), detectionRatePerHour));
    }
}
