package org.firebreak.frontier.scenario;

import java.util.List;
import java.util.Map;
import org.firebreak.core.param.ParameterSpec;
import org.firebreak.core.param.Parameters;

/**
 * Parameters of refugees.
 *
 * @param speedFactorMean mean multiplier on Tobler's walking speed
 * @param speedFactorSd standard deviation of the individual multiplier
 */
public record RefugeeParameters(double speedFactorMean, double speedFactorSd) implements AgentParameters, java.io.Serializable {
    /** Mean speed multiplier: families with children and baggage walk slower than Tobler's lone hiker. */
    public static final ParameterSpec SPEED_FACTOR_MEAN = new ParameterSpec("speed_factor_mean", "", 0.2, 2.5, 0.85,
            "mean multiplier on Tobler's walking speed (families with children and baggage: below 1)");
    /** Spread of the speed multiplier between individuals. */
    public static final ParameterSpec SPEED_FACTOR_SD = new ParameterSpec("speed_factor_sd", "", 0, 1, 0.15,
            "standard deviation of the individual multiplier (Weidmann 1993: 0.26/1.34 = 0.19 on the flat)");
    /** Every refugee parameter, in file order. */
    public static final List<ParameterSpec> SPECS = List.of(SPEED_FACTOR_MEAN, SPEED_FACTOR_SD);

    /** Range-checks every value. */
    public RefugeeParameters {
        SPEED_FACTOR_MEAN.check(speedFactorMean);
        SPEED_FACTOR_SD.check(speedFactorSd);
    }

    /** @return the defaults */
    public static RefugeeParameters defaults() {
        return of(Parameters.defaults(SPECS));
    }

    /**
     * @param p values for {@link #SPECS}
     * @return the parameters
     */
    public static RefugeeParameters of(Parameters p) {
        return new RefugeeParameters(p.get(SPEED_FACTOR_MEAN), p.get(SPEED_FACTOR_SD));
    }

    @Override
    public Parameters asParameters() {
        return Parameters.of(SPECS, Map.of(SPEED_FACTOR_MEAN.key(), speedFactorMean,
                SPEED_FACTOR_SD.key(), speedFactorSd));
    }
}
