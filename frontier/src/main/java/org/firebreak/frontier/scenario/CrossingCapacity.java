package org.firebreak.frontier.scenario;

import java.util.List;
import org.firebreak.core.param.ParameterSpec;

/**
 * Screening at an official crossing: a multi-server queue with {@code lanes} servers and
 * exponentially distributed service times of mean {@code serviceSecondsMean} (capacity per
 * hour is lanes × 3600 / mean service time), the chance that screening detects a fighter
 * mixed into the flow, and an optional closure.
 *
 * @param lanes screening lanes working in parallel
 * @param serviceSecondsMean mean time to screen one person, seconds
 * @param fighterDetectionProbability chance that screening detects a fighter, per fighter screened
 * @param closedFromHours when the crossing closes, hours from the start ({@link #NEVER} if it stays open)
 * @param closedToHours when it opens again, hours from the start
 */
public record CrossingCapacity(int lanes, double serviceSecondsMean, double fighterDetectionProbability,
                               double closedFromHours, double closedToHours) implements java.io.Serializable {
    /** A closure time that never comes. */
    public static final double NEVER = 24 * 365 * 10;
    /** Number of lanes. */
    public static final ParameterSpec LANES = new ParameterSpec("lanes", "", 1, 500, 4,
            "screening lanes working in parallel");
    /** Mean service time. */
    public static final ParameterSpec SERVICE_SECONDS_MEAN = new ParameterSpec("service_seconds_mean", "s", 1,
            86_400, 120, "mean time to screen one person");
    /** Screening detection of fighters. */
    public static final ParameterSpec FIGHTER_DETECTION_PROBABILITY = new ParameterSpec(
            "fighter_detection_probability", "", 0, 1, 0.3,
            "chance that screening identifies a fighter who joined the civilian queue (assumption)");
    /** Closure start. */
    public static final ParameterSpec CLOSED_FROM_HOURS = new ParameterSpec("closed_from_hours", "h", 0, NEVER, NEVER,
            "when the crossing closes to official crossing, hours from the start (default: never)");
    /** Closure end. */
    public static final ParameterSpec CLOSED_TO_HOURS = new ParameterSpec("closed_to_hours", "h", 0, NEVER, NEVER,
            "when it opens again, hours from the start (default: not before the end of any run)");
    /** Every key, in file order. */
    public static final List<ParameterSpec> SPECS = List.of(LANES, SERVICE_SECONDS_MEAN, FIGHTER_DETECTION_PROBABILITY,
            CLOSED_FROM_HOURS, CLOSED_TO_HOURS);

    /** Range-checks every value. */
    public CrossingCapacity {
        LANES.check(lanes);
        SERVICE_SECONDS_MEAN.check(serviceSecondsMean);
        FIGHTER_DETECTION_PROBABILITY.check(fighterDetectionProbability);
        CLOSED_FROM_HOURS.check(closedFromHours);
        CLOSED_TO_HOURS.check(closedToHours);
        if (closedToHours < closedFromHours) {
            throw new IllegalArgumentException("closed_to_hours = " + ParameterSpec.format(closedToHours)
                    + " is before closed_from_hours = " + ParameterSpec.format(closedFromHours));
        }
    }

    /**
     * An open crossing with the default screening detection.
     *
     * @param lanes lanes
     * @param serviceSecondsMean mean service time, seconds
     */
    public CrossingCapacity(int lanes, double serviceSecondsMean) {
        this(lanes, serviceSecondsMean, FIGHTER_DETECTION_PROBABILITY.defaultValue(), NEVER, NEVER);
    }

    /** @return the capacity used for crossings a scenario does not list */
    public static CrossingCapacity defaults() {
        return new CrossingCapacity((int) LANES.defaultValue(), SERVICE_SECONDS_MEAN.defaultValue());
    }

    /**
     * @param hours hours from the start
     * @return whether the crossing is closed then
     */
    public boolean closedAt(double hours) {
        return hours >= closedFromHours && hours < closedToHours;
    }

    /** @return people screened per hour when every lane is busy */
    public double perHour() {
        return lanes * 3600.0 / serviceSecondsMean;
    }
}
