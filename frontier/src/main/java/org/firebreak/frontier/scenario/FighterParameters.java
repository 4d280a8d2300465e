package org.firebreak.frontier.scenario;

import java.util.List;
import java.util.Map;
import org.firebreak.core.param.ParameterSpec;
import org.firebreak.core.param.Parameters;

/**
 * Parameters of fighters.
 *
 * @param speedFactorMean mean multiplier on Tobler's walking speed
 * @param speedFactorSd standard deviation of the individual multiplier
 * @param sightingRangeM range within which a fighter group notices a guard and remembers where it was
 */
public record FighterParameters(double speedFactorMean, double speedFactorSd, double sightingRangeM)
        implements AgentParameters, java.io.Serializable {
    /** Mean speed multiplier: fit adults travelling light walk at about Tobler's speed. */
    public static final ParameterSpec SPEED_FACTOR_MEAN = new ParameterSpec("speed_factor_mean", "", 0.2, 2.5, 1.0,
            "mean multiplier on Tobler's walking speed (fit adults travelling light: about 1)");
    /** Spread of the speed multiplier between individuals. */
    public static final ParameterSpec SPEED_FACTOR_SD = new ParameterSpec("speed_factor_sd", "", 0, 1, 0.1,
            "standard deviation of the individual multiplier");
    /** Sighting range. */
    public static final ParameterSpec SIGHTING_RANGE_M = new ParameterSpec("sighting_range_m", "m", 0, 50_000, 1_500,
            "range within which a fighter group notices a guard and remembers its position (assumption)");
    /** Every fighter parameter, in file order. */
    public static final List<ParameterSpec> SPECS = List.of(SPEED_FACTOR_MEAN, SPEED_FACTOR_SD, SIGHTING_RANGE_M);

    /** Range-checks every value. */
    public FighterParameters {
        SPEED_FACTOR_MEAN.check(speedFactorMean);
        SPEED_FACTOR_SD.check(speedFactorSd);
        SIGHTING_RANGE_M.check(sightingRangeM);
    }

    /**
     * @param speedFactorMean mean multiplier
     * @param speedFactorSd spread
     */
    public FighterParameters(double speedFactorMean, double speedFactorSd) {
        this(speedFactorMean, speedFactorSd, SIGHTING_RANGE_M.defaultValue());
    }

    /** @return the defaults */
    public static FighterParameters defaults() {
        return of(Parameters.defaults(SPECS));
    }

    /**
     * @param p values for {@link #SPECS}
     * @return the parameters
     */
    public static FighterParameters of(Parameters p) {
        return new FighterParameters(p.get(SPEED_FACTOR_MEAN), p.get(SPEED_FACTOR_SD), p.get(SIGHTING_RANGE_M));
    }

    @Override
    public Parameters asParameters() {
        return Parameters.of(SPECS, Map.of(SPEED_FACTOR_MEAN.key(), speedFactorMean,
                SPEED_FACTOR_SD.key(), speedFactorSd, SIGHTING_RANGE_M.key(), sightingRangeM));
    }
}
