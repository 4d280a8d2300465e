package org.firebreak.core.scenario;

import java.util.List;
import org.firebreak.core.param.ParameterSpec;

/**
 * Screening capacity of an official crossing: a multi-server queue with {@code lanes}
 * servers and exponentially distributed service times of mean {@code serviceSecondsMean}.
 * Capacity per hour is lanes × 3600 / mean service time.
 *
 * @param lanes screening lanes working in parallel
 * @param serviceSecondsMean mean time to screen one person, seconds
 */
public record CrossingCapacity(int lanes, double serviceSecondsMean) {
    /** Number of lanes. */
    public static final ParameterSpec LANES = new ParameterSpec("lanes", "", 1, 500, 4,
            "screening lanes working in parallel");
    /** Mean service time. */
    public static final ParameterSpec SERVICE_SECONDS_MEAN = new ParameterSpec("service_seconds_mean", "s", 1,
            86_400, 120, "mean time to screen one person");
    /** Both, in file order. */
    public static final List<ParameterSpec> SPECS = List.of(LANES, SERVICE_SECONDS_MEAN);

    /** Range-checks both values. */
    public CrossingCapacity {
        LANES.check(lanes);
        SERVICE_SECONDS_MEAN.check(serviceSecondsMean);
    }

    /** @return the capacity used for crossings a scenario does not list */
    public static CrossingCapacity defaults() {
        return new CrossingCapacity((int) LANES.defaultValue(), SERVICE_SECONDS_MEAN.defaultValue());
    }

    /** @return people screened per hour when every lane is busy */
    public double perHour() {
        return lanes * 3600.0 / serviceSecondsMean;
    }
}
