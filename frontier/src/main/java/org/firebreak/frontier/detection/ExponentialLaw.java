package org.firebreak.frontier.detection;

import java.util.List;
import org.firebreak.core.param.ParameterSpec;
import org.firebreak.core.param.Parameters;

/**
 * The exponential (random-search) law: detections of a target in sight arrive as a Poisson
 * process of rate λ(d), so the chance of a detection during Δt is 1 − exp(−λ(d) Δt) (Koopman
 * 1946, 1980: the law of random search; Washburn, Search and Detection, ch. 2). The rate falls
 * with distance as λ(d) = λ0 · exp(−k d) within the range R, and is 0 beyond it: an
 * attenuation form, in which every further kilometre takes the same share off the rate. With
 * k = 0 the rate is constant out to R, which is the law of scenario format 1.
 *
 * <p>The chance over n steps of Δt composes to the chance over n Δt, since
 * (exp(−λΔt))ⁿ = exp(−λ n Δt): the result does not depend on the step length.
 */
public final class ExponentialLaw implements DetectionLaw {
    /** Stable id in scenario files. */
    public static final String ID = "detection.exponential";
    /** The range beyond which the rate is 0. */
    public static final ParameterSpec RANGE_M = new ParameterSpec("range_m", "m", 0, 50_000, 2_000,
            "range beyond which a guard never detects a person (assumption: open ground, daylight)");
    /** The rate at close range. */
    public static final ParameterSpec RATE_PER_HOUR = new ParameterSpec("rate_per_hour", "1/h", 0, 3_600, 6,
            "detection rate at close range; 6/h gives a 10% chance per minute (assumption)");
    /** How fast the rate falls with distance. */
    public static final ParameterSpec DECAY_PER_KM = new ParameterSpec("decay_per_km", "1/km", 0, 100, 0,
            "fall of the rate with distance d: rate_per_hour · exp(−decay_per_km · d); 0 keeps it constant out to the"
                    + " range, as in format 1 (assumption; 1/km halves it every 693 m)");
    /** The law's parameters, in file order. */
    public static final List<ParameterSpec> SPECS = List.of(RANGE_M, RATE_PER_HOUR, DECAY_PER_KM);

    private final double rangeM;
    private final double ratePerHour;
    private final double decayPerM;

    /** @param p values for {@link #SPECS} */
    public ExponentialLaw(Parameters p) {
        this(p.get(RANGE_M), p.get(RATE_PER_HOUR), p.get(DECAY_PER_KM));
    }

    /**
     * @param rangeM range, metres
     * @param ratePerHour rate at close range, per hour
     * @param decayPerKm fall of the rate with distance, per kilometre
     */
    public ExponentialLaw(double rangeM, double ratePerHour, double decayPerKm) {
        this.rangeM = RANGE_M.check(rangeM);
        this.ratePerHour = RATE_PER_HOUR.check(ratePerHour);
        this.decayPerM = DECAY_PER_KM.check(decayPerKm) / 1000.0;
    }

    @Override
    public double maxRangeM() {
        return ratePerHour > 0 ? rangeM : 0;
    }

    /**
     * @param distanceM distance, metres
     * @return the detection rate λ(d), per hour
     */
    public double ratePerHour(double distanceM) {
        if (!(rangeM > 0 && distanceM <= rangeM)) {
            return 0;
        }
        return decayPerM == 0 ? ratePerHour : ratePerHour * Math.exp(-decayPerM * distanceM);
    }

    @Override
    public double probability(double distanceM, double dtSeconds) {
        // written as format 1 wrote it, so that its runs keep drawing the same detections bit for bit
        return 1 - Math.exp(-ratePerHour(distanceM) * dtSeconds / 3600.0);
    }
}
