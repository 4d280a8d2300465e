package org.firebreak.frontier.scenario;

import org.firebreak.core.param.ParameterSpec;

/**
 * A breakpoint of a source's outflow profile: the rate at which people leave, in people per
 * hour, at a given hour. Between breakpoints the rate changes linearly; the people emitted
 * up to a time are the integral of the rate (trapezoids between breakpoints).
 *
 * @param hours hours from the start of the run
 * @param perHour people leaving per hour at that time
 */
public record OutflowPoint(double hours, double perHour) implements java.io.Serializable {
    /** Time. */
    public static final ParameterSpec HOURS = new ParameterSpec("hours", "h", 0, 24 * 365, 0,
            "first element of a breakpoint: hours from the start of the run");
    /** Rate. */
    public static final ParameterSpec PER_HOUR = new ParameterSpec("per_hour", "persons/h", 0, 10_000_000, 0,
            "second element of a breakpoint: people leaving per hour at that time");

    /** Range-checks both values. */
    public OutflowPoint {
        HOURS.check(hours);
        PER_HOUR.check(perHour);
    }
}
