package org.firebreak.frontier.scenario;

import java.util.List;
import java.util.Objects;
import org.firebreak.core.param.ParameterSpec;

/**
 * Guards moved from one deployment to another at a given time: between sectors, or between
 * the eastern and western borders. The force total is conserved: the guards leave their old
 * deployment (whole teams first, nearest to the new one first) and travel to the new one.
 *
 * @param atHours when the order is given, hours from the start
 * @param from id of the deployment that gives up guards
 * @param to id of the deployment that receives them
 * @param guards how many guards move
 */
public record Reallocation(double atHours, String from, String to, int guards) implements java.io.Serializable {
    /** Time. */
    public static final ParameterSpec AT_HOURS = new ParameterSpec("at_hours", "h", 0, 24 * 365, 0,
            "when the guards are ordered to move, hours from the start of the run");
    /** Number of guards. */
    public static final ParameterSpec GUARDS = new ParameterSpec("guards", "persons", 1, 100_000, 1,
            "how many guards move; at most what the giving deployment holds at that time");
    /** The numeric keys, in file order. */
    public static final List<ParameterSpec> SPECS = List.of(AT_HOURS, GUARDS);

    /** Checks every value. */
    public Reallocation {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        AT_HOURS.check(atHours);
        GUARDS.check(guards);
        if (from.equals(to)) {
            throw new IllegalArgumentException("from and to are both '" + from + "'; expected two deployments");
        }
    }
}
