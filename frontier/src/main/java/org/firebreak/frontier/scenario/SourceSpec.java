package org.firebreak.frontier.scenario;

import java.util.List;
import java.util.Objects;
import org.firebreak.core.param.ParameterSpec;
import org.firebreak.frontier.agent.kind.AgentType;

/**
 * Where, when and how many agents appear. People appear in whole groups, uniformly within
 * {@code radiusM} of the place: at a constant rate between {@code startHours} and
 * {@code endHours}, or following an outflow profile (people per hour over time, linear between
 * breakpoints), in which case start, end and people are the profile's first and last hour
 * and its integral.
 *
 * @param id stable id, used in outputs and random stream names
 * @param type refugees or fighters
 * @param place id of the terrain place they appear around
 * @param radiusM radius of the disc they appear in, metres
 * @param startHours when the first appear, hours from the start
 * @param endHours when the last have appeared, hours from the start
 * @param people how many appear in all
 * @param groupSize how they are grouped
 * @param destination id of the terrain place they head for
 * @param behaviours their behaviours
 * @param outflow breakpoints of the outflow profile, or empty for a constant rate
 * @param ageGroups age groups with their speed spread, or empty for the type's own spread
 * @param vehicleShare share of groups that travel by vehicle on roads
 * @param area the polygon people appear in, as {longitude, latitude} vertices, or empty for the disc around the place
 */
public record SourceSpec(String id, AgentType type, String place, double radiusM, double startHours,
                         double endHours, int people, GroupSize groupSize, String destination,
                         BehaviourSet behaviours, List<OutflowPoint> outflow, List<AgeGroup> ageGroups,
                         double vehicleShare, List<LonLat> area) implements java.io.Serializable {
    /** Radius. */
    public static final ParameterSpec RADIUS_M = new ParameterSpec("radius_m", "m", 0, 200_000, 2_000,
            "radius of the disc around the place where agents appear");
    /** Start. */
    public static final ParameterSpec START_HOURS = new ParameterSpec("start_hours", "h", 0, 24 * 365, 0,
            "when the first agents appear, hours from the start of the run");
    /** End. */
    public static final ParameterSpec END_HOURS = new ParameterSpec("end_hours", "h", 0, 24 * 365, 24,
            "when the last agents have appeared; equal to start_hours for a single burst");
    /** Number of people. */
    public static final ParameterSpec PEOPLE = new ParameterSpec("people", "persons", 0, 10_000_000, 100,
            "how many agents appear in all");
    /** Vehicle share. */
    public static final ParameterSpec VEHICLE_SHARE = new ParameterSpec("vehicle_share", "", 0, 1, 0,
            "share of groups that travel by vehicle over the road graph instead of walking");
    /** The numeric keys, in file order. */
    public static final List<ParameterSpec> SPECS = List.of(RADIUS_M, START_HOURS, END_HOURS, PEOPLE, VEHICLE_SHARE);
    private static final double SHARE_TOLERANCE = 1e-6;

    /**
     * A source at a constant rate, every person with the type's speed spread, all on foot.
     *
     * @param id stable id
     * @param type refugees or fighters
     * @param place place id
     * @param radiusM radius, metres
     * @param startHours first emission, hours
     * @param endHours last emission, hours
     * @param people how many
     * @param groupSize grouping
     * @param destination destination place id
     * @param behaviours behaviours
     */
    public SourceSpec(String id, AgentType type, String place, double radiusM, double startHours, double endHours,
                      int people, GroupSize groupSize, String destination, BehaviourSet behaviours) {
        this(id, type, place, radiusM, startHours, endHours, people, groupSize, destination, behaviours, List.of(),
                List.of(), 0, List.of());
    }

    /** Checks every value. */
    public SourceSpec {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(groupSize, "groupSize");
        Objects.requireNonNull(destination, "destination");
        Objects.requireNonNull(behaviours, "behaviours");
        if (type == AgentType.GUARD) {
            throw new IllegalArgumentException("source " + id + ": guards are deployed, not sourced");
        }
        outflow = List.copyOf(outflow);
        ageGroups = List.copyOf(ageGroups);
        area = List.copyOf(area);
        if (!area.isEmpty() && area.size() < 3) {
            throw new IllegalArgumentException("an area needs at least three vertices, got " + area.size());
        }
        VEHICLE_SHARE.check(vehicleShare);
        if (!outflow.isEmpty()) {
            checkProfile(outflow, startHours, endHours, people);
        }
        if (!ageGroups.isEmpty()) {
            double sum = ageGroups.stream().mapToDouble(AgeGroup::share).sum();
            if (Math.abs(sum - 1) > SHARE_TOLERANCE) {
                throw new IllegalArgumentException("the age groups' shares add up to " + ParameterSpec.format(sum)
                        + "; expected 1");
            }
        }
        RADIUS_M.check(radiusM);
        START_HOURS.check(startHours);
        END_HOURS.check(endHours);
        PEOPLE.check(people);
        if (endHours < startHours) {
            throw new IllegalArgumentException("end_hours = " + ParameterSpec.format(endHours)
                    + " is before start_hours = " + ParameterSpec.format(startHours));
        }
    }

    /**
     * Builds a source from an outflow profile: start, end and people follow from it.
     *
     * @param id stable id
     * @param type refugees or fighters
     * @param place place id
     * @param radiusM radius, metres
     * @param outflow at least two breakpoints, hours strictly increasing
     * @param groupSize grouping
     * @param destination destination place id
     * @param behaviours behaviours
     * @param ageGroups age groups, or empty
     * @param vehicleShare share of groups in vehicles
     * @param area the polygon people appear in, or empty
     * @return the source
     */
    public static SourceSpec withProfile(String id, AgentType type, String place, double radiusM,
                                         List<OutflowPoint> outflow, GroupSize groupSize, String destination,
                                         BehaviourSet behaviours, List<AgeGroup> ageGroups, double vehicleShare,
                                         List<LonLat> area) {
        if (outflow.size() < 2) {
            throw new IllegalArgumentException("an outflow profile needs at least two breakpoints, got "
                    + outflow.size());
        }
        return new SourceSpec(id, type, place, radiusM, outflow.get(0).hours(), outflow.get(outflow.size() - 1).hours(),
                (int) Math.round(integral(outflow, Double.POSITIVE_INFINITY)), groupSize, destination, behaviours,
                outflow, ageGroups, vehicleShare, area);
    }

    /**
     * @param outflow breakpoints
     * @param untilHours upper limit of integration, hours
     * @return people emitted by the profile up to that time (trapezoids; the last segment cut at the limit)
     */
    public static double integral(List<OutflowPoint> outflow, double untilHours) {
        double sum = 0;
        for (int i = 1; i < outflow.size(); i++) {
            OutflowPoint a = outflow.get(i - 1);
            OutflowPoint b = outflow.get(i);
            if (untilHours <= a.hours()) {
                break;
            }
            double end = Math.min(untilHours, b.hours());
            double rateAtEnd = a.perHour() + (b.perHour() - a.perHour()) * (end - a.hours()) / (b.hours() - a.hours());
            sum += 0.5 * (a.perHour() + rateAtEnd) * (end - a.hours());
        }
        return sum;
    }

    private static void checkProfile(List<OutflowPoint> outflow, double startHours, double endHours, int people) {
        if (outflow.size() < 2) {
            throw new IllegalArgumentException("an outflow profile needs at least two breakpoints, got "
                    + outflow.size());
        }
        for (int i = 1; i < outflow.size(); i++) {
            if (!(outflow.get(i).hours() > outflow.get(i - 1).hours())) {
                throw new IllegalArgumentException("outflow breakpoint " + i + " at " + ParameterSpec.format(
                        outflow.get(i).hours()) + " h is not after the one before; expected hours strictly increasing");
            }
        }
        if (startHours != outflow.get(0).hours() || endHours != outflow.get(outflow.size() - 1).hours()
                || people != (int) Math.round(integral(outflow, Double.POSITIVE_INFINITY))) {
            throw new IllegalArgumentException("start, end and people must follow from the outflow profile");
        }
    }
}
