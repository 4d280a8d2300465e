package org.firebreak.flee;

import java.time.LocalDate;

/**
 * The state at the end of one simulated day, as FLEE reports it in out.csv.
 *
 * @param day the day, from 0
 * @param date its date (observations dated that day are the ones compared; out.csv writes
 *     the next date, as FLEE does)
 * @param campSimulated agents at each camp (output column order)
 * @param campObserved observed population of each camp that day, or null without observations
 * @param totalAgents agents in the simulation, wherever they are
 * @param simulatedInCamps agents at camps
 * @param rawObserved FLEE's raw observed count: the sum of observed daily differences so far
 *     (0 without observations)
 * @param debt FLEE's refugee debt: a fall in the observed total not yet made up
 * @param spawned agents added that day
 */
public record FleeDay(int day, LocalDate date, long[] campSimulated, long[] campObserved, long totalAgents,
                      long simulatedInCamps, long rawObserved, long debt, long spawned) {
    /** Copies the arrays, so a day never changes after it is recorded. */
    public FleeDay {
        campSimulated = campSimulated.clone();
        campObserved = campObserved == null ? null : campObserved.clone();
    }

    /** @return agents at each camp, in output column order (a copy) */
    @Override
    public long[] campSimulated() {
        return campSimulated.clone();
    }

    /** @return the observed population of each camp, or null without observations (a copy) */
    @Override
    public long[] campObserved() {
        return campObserved == null ? null : campObserved.clone();
    }

    /** @return whether the day has observations */
    public boolean observed() {
        return campObserved != null;
    }

    /** @return the observed population of all camps, 0 without observations */
    public long observedInCamps() {
        long s = 0;
        if (campObserved != null) {
            for (long v : campObserved) {
                s += v;
            }
        }
        return s;
    }

    /**
     * The day's relative difference as FLEE's post-processing computes it: Σ |sim − obs| over
     * camps divided by max(Σ obs, 1), so that a day with nothing observed counts its absolute
     * difference.
     *
     * @return the difference, or NaN without observations
     */
    public double fleeRelativeDifference() {
        if (campObserved == null) {
            return Double.NaN;
        }
        return absoluteDifference() / Math.max(observedInCamps(), 1);
    }

    private double absoluteDifference() {
        double diff = 0;
        for (int c = 0; c < campSimulated.length; c++) {
            diff += Math.abs(campSimulated[c] - campObserved[c]);
        }
        return diff;
    }

    /**
     * The day's relative difference between simulated and observed camp populations:
     * Σ |sim − obs| / Σ obs over camps (Suleimenova et al. 2017).
     *
     * @return the difference, or NaN without observations or when nothing is observed
     */
    public double relativeDifference() {
        long obs = observedInCamps();
        if (campObserved == null || obs <= 0) {
            return Double.NaN;
        }
        return absoluteDifference() / obs;
    }
}
