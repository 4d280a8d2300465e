package org.firebreak.frontier.engine;

import java.util.Arrays;

/** Quantiles of samples by the nearest-rank method, the one that always returns an observed value. */
public final class Quantiles {
    private Quantiles() {
    }

    /**
     * @param values samples (only those from index {@code from} to {@code to}, exclusive, are used; the array is not changed)
     * @param from first index
     * @param to end index, exclusive
     * @param q quantile in [0, 1]
     * @return the smallest sample with at least a share q of the samples at or below it; 0 without samples
     */
    public static double of(double[] values, int from, int to, double q) {
        if (!(q >= 0 && q <= 1)) {
            throw new IllegalArgumentException("quantile " + q + " is not in [0, 1]");
        }
        int n = to - from;
        if (n <= 0) {
            return 0;
        }
        double[] sorted = Arrays.copyOfRange(values, from, to);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(q * n);
        return sorted[Math.max(0, rank - 1)];
    }
}
