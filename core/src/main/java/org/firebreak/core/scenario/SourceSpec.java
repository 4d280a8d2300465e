package org.firebreak.core.scenario;

import java.util.List;
import java.util.Objects;
import org.firebreak.core.agent.AgentType;
import org.firebreak.core.param.ParameterSpec;

/**
 * Where, when and how many agents appear. People appear at a constant rate between
 * {@code startHours} and {@code endHours}, in whole groups, uniformly within
 * {@code radiusM} of the place.
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
 */
public record SourceSpec(String id, AgentType type, String place, double radiusM, double startHours,
                         double endHours, int people, GroupSize groupSize, String destination,
                         BehaviourSet behaviours) {
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
    /** The numeric keys, in file order. */
    public static final List<ParameterSpec> SPECS = List.of(RADIUS_M, START_HOURS, END_HOURS, PEOPLE);

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
        RADIUS_M.check(radiusM);
        START_HOURS.check(startHours);
        END_HOURS.check(endHours);
        PEOPLE.check(people);
        if (endHours < startHours) {
            throw new IllegalArgumentException("end_hours = " + ParameterSpec.format(endHours)
                    + " is before start_hours = " + ParameterSpec.format(startHours));
        }
    }
}
