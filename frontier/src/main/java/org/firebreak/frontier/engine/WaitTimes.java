package org.firebreak.frontier.engine;

import java.util.Arrays;

/**
 * The waits of everyone who has started screening at a crossing, in the order they started:
 * mean, longest and quantiles, over all of them or over those since a given one (the hourly
 * rows). Shared by every {@link CrossingScreening}.
 */
public final class WaitTimes implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    private double[] waits = new double[64];
    private int count;
    private double total;
    private double max;

    /** @param seconds the wait of the next person to start screening, seconds */
    public void add(double seconds) {
        if (count == waits.length) {
            waits = Arrays.copyOf(waits, count * 2);
        }
        waits[count++] = seconds;
        total += seconds;
        max = Math.max(max, seconds);
    }

    /** @return waits recorded */
    public long count() {
        return count;
    }

    /** @return mean wait, seconds (0 before anyone) */
    public double mean() {
        return count == 0 ? 0 : total / count;
    }

    /** @return longest wait, seconds */
    public double max() {
        return max;
    }

    /**
     * @param from index of the first person (in order of starting screening)
     * @param q a quantile in [0, 1]
     * @return that quantile of the waits from {@code from} on, seconds (0 if none)
     */
    public double quantileSince(long from, double q) {
        return Quantiles.of(waits, (int) from, count, q);
    }
}
