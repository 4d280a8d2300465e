package org.firebreak.frontier.scenario;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.firebreak.core.param.ParameterSpec;
import org.firebreak.core.param.Parameters;
import org.firebreak.frontier.detection.DetectionModel;

/**
 * Parameters of border guards: their walking pace and how they detect people
 * ({@link DetectionModel}: a law of search theory and the modifiers of light, ground and
 * group size).
 *
 * @param speedFactorMean mean multiplier on Tobler's walking speed
 * @param speedFactorSd standard deviation of the individual multiplier
 * @param detection how guards detect
 */
public record GuardParameters(double speedFactorMean, double speedFactorSd, DetectionModel detection)
        implements AgentParameters, java.io.Serializable {
    /** Mean speed multiplier of patrolling guards. */
    public static final ParameterSpec SPEED_FACTOR_MEAN = new ParameterSpec("speed_factor_mean", "", 0.2, 2.5, 1.0,
            "mean multiplier on Tobler's walking speed for patrols on foot");
    /** Spread of the speed multiplier between individuals. */
    public static final ParameterSpec SPEED_FACTOR_SD = new ParameterSpec("speed_factor_sd", "", 0, 1, 0.0,
            "standard deviation of the individual multiplier");
    /** The numbers directly under {@code agents.guard}, in file order; detection is a mapping of its own. */
    public static final List<ParameterSpec> SPECS = List.of(SPEED_FACTOR_MEAN, SPEED_FACTOR_SD);

    /** Format 1's short form of {@code detection.range_m} under the exponential law; still read. */
    public static final ParameterSpec DETECTION_RANGE_M = new ParameterSpec("detection_range_m", "m", 0, 50_000,
            2_000, "short form of detection: {law: detection.exponential, range_m: …}");
    /** Format 1's short form of {@code detection.rate_per_hour} under the exponential law; still read. */
    public static final ParameterSpec DETECTION_RATE_PER_HOUR = new ParameterSpec("detection_rate_per_hour", "1/h",
            0, 3_600, 6, "short form of detection: {law: detection.exponential, rate_per_hour: …}");
    /** The short-form keys, in file order. */
    public static final List<ParameterSpec> SHORT_FORM_SPECS = List.of(DETECTION_RANGE_M, DETECTION_RATE_PER_HOUR);

    /** Range-checks every value. */
    public GuardParameters {
        SPEED_FACTOR_MEAN.check(speedFactorMean);
        SPEED_FACTOR_SD.check(speedFactorSd);
        Objects.requireNonNull(detection, "detection");
    }

    /**
     * Guards who detect as in scenario format 1: a constant rate within a range.
     *
     * @param speedFactorMean mean multiplier on Tobler's walking speed
     * @param speedFactorSd standard deviation of the individual multiplier
     * @param detectionRangeM range within which a guard can detect, metres
     * @param detectionRatePerHour detection rate within range, per hour
     */
    public GuardParameters(double speedFactorMean, double speedFactorSd, double detectionRangeM,
                           double detectionRatePerHour) {
        this(speedFactorMean, speedFactorSd, DetectionModel.exponential(detectionRangeM, detectionRatePerHour));
    }

    /** @return the defaults */
    public static GuardParameters defaults() {
        return of(Parameters.defaults(SPECS), DetectionModel.defaults());
    }

    /**
     * @param p values for {@link #SPECS}
     * @param detection how guards detect
     * @return the parameters
     */
    public static GuardParameters of(Parameters p, DetectionModel detection) {
        return new GuardParameters(p.get(SPEED_FACTOR_MEAN), p.get(SPEED_FACTOR_SD), detection);
    }

    /** @return the numbers directly under {@code agents.guard} ({@link #SPECS}); see {@link #detection()} for the rest */
    @Override
    public Parameters asParameters() {
        return Parameters.of(SPECS, Map.of(SPEED_FACTOR_MEAN.key(), speedFactorMean,
                SPEED_FACTOR_SD.key(), speedFactorSd));
    }
}
