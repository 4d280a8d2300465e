package org.firebreak.frontier.scenario;

import java.util.List;
import org.firebreak.core.param.ParameterSpec;

/**
 * Step length and duration of a run.
 *
 * <p>The step must divide an hour exactly, so the time series has a row at every whole
 * simulated hour.
 *
 * @param stepSeconds simulated seconds per step
 * @param durationHours simulated hours in the run
 * @param start the instant (UTC) the run starts at, for daylight and night
 */
public record TimeSettings(double stepSeconds, double durationHours, java.time.Instant start) implements java.io.Serializable {
    /** The default start: the March equinox of 2026 at midnight UTC, when day and night are equal everywhere. */
    public static final java.time.Instant DEFAULT_START = java.time.Instant.parse("2026-03-20T00:00:00Z");
    /** Key of the start instant. */
    public static final String START_UTC = "start_utc";

    /**
     * @param stepSeconds simulated seconds per step
     * @param durationHours simulated hours in the run
     */
    public TimeSettings(double stepSeconds, double durationHours) {
        this(stepSeconds, durationHours, DEFAULT_START);
    }

    /** Step length. */
    public static final ParameterSpec STEP_SECONDS = new ParameterSpec("step_seconds", "s", 1, 3600, 60,
            "simulated seconds per step; must divide 3600");
    /** Duration. */
    public static final ParameterSpec DURATION_HOURS = new ParameterSpec("duration_hours", "h", 0.001, 24 * 365, 72,
            "simulated hours in the run");
    /** Both, in file order. */
    public static final List<ParameterSpec> SPECS = List.of(STEP_SECONDS, DURATION_HOURS);

    /** Range-checks both values and that the step divides an hour. */
    public TimeSettings {
        STEP_SECONDS.check(stepSeconds);
        DURATION_HOURS.check(durationHours);
        java.util.Objects.requireNonNull(start, "start");
        if (!dividesHour(stepSeconds)) {
            throw new IllegalArgumentException("step_seconds = " + ParameterSpec.format(stepSeconds)
                    + " does not divide 3600; expected a divisor of 3600 such as 10, 30, 60, 120, 300 or 600");
        }
    }

    /**
     * @param stepSeconds a step length
     * @return whether a whole number of such steps makes an hour
     */
    public static boolean dividesHour(double stepSeconds) {
        double n = 3600.0 / stepSeconds;
        return Math.abs(n - Math.rint(n)) < 1e-9;
    }

    /** @return steps per simulated hour */
    public int stepsPerHour() {
        return (int) Math.rint(3600.0 / stepSeconds);
    }

    /** @return steps in the whole run (the duration rounded up to a whole step) */
    public long totalSteps() {
        return (long) Math.ceil(durationHours * 3600.0 / stepSeconds - 1e-9);
    }

    /**
     * @param secondsFromStart simulated seconds from the start of the run
     * @return that moment as seconds since the Unix epoch (UTC)
     */
    public double epochSeconds(double secondsFromStart) {
        return start.getEpochSecond() + secondsFromStart;
    }
}
