package org.firebreak.flee;

import java.util.List;
import java.util.OptionalDouble;

/**
 * A finished FLEE run: its days, and the validation measure when there are observations.
 *
 * @param camps the camps, in output column order
 * @param days one record per simulated day
 * @param seed the seed the run used
 * @param initialAgents agents placed in camps on day 0 from their observed populations
 */
public record FleeResult(List<String> camps, List<FleeDay> days, long seed, long initialAgents) {
    /** Copies the lists. */
    public FleeResult {
        camps = List.copyOf(camps);
        days = List.copyOf(days);
    }

    /**
     * The averaged relative difference as FLEE's post-processing computes it
     * ({@code plot_flee_output.plot_errors}): each day's Σ_camps |sim − obs| / max(Σ_camps obs, 1),
     * averaged over every simulated day.
     *
     * @return the average, empty without observations
     */
    public OptionalDouble averagedRelativeDifference() {
        if (days.isEmpty() || !days.get(0).observed()) {
            return OptionalDouble.empty();
        }
        return days.stream().mapToDouble(FleeDay::fleeRelativeDifference).average();
    }

    /**
     * The averaged relative difference over the days with observations only (Suleimenova, Bell
     * &amp; Groen 2017): each day's Σ_camps |sim − obs| / Σ_camps obs, averaged over the days
     * with an observed population above 0.
     *
     * @return the average, empty without observations or when nothing is ever observed
     */
    public OptionalDouble averagedRelativeDifferenceOverObservedDays() {
        return days.stream().mapToDouble(FleeDay::relativeDifference).filter(d -> !Double.isNaN(d)).average();
    }

    /** @return agents added by spawning over the run (not counting the day-0 camp populations) */
    public long spawned() {
        return days.stream().mapToLong(FleeDay::spawned).sum();
    }

    /** @return the last day's record */
    public FleeDay last() {
        return days.get(days.size() - 1);
    }
}
