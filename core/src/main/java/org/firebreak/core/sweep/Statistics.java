package org.firebreak.core.sweep;

import java.util.Arrays;

/**
 * Summary statistics of one metric over a point's replicates: mean, sample standard deviation,
 * a 95 % confidence interval for the mean from Student's t, and quantiles.
 *
 * <p>Quantiles interpolate linearly between order statistics (definition 7 of Hyndman &amp; Fan
 * 1996, the default of R and NumPy). The t quantiles t(0.975, ν) are the tabulated values
 * (e.g. NIST/SEMATECH e-Handbook of Statistical Methods, table 1.3.6.7.2) for ν ≤ 30, 40, 60,
 * 120 and ∞, interpolated linearly in 1/ν between them.
 *
 * @param n replicates
 * @param mean mean
 * @param sd sample standard deviation (n − 1 in the denominator); NaN for one replicate
 * @param ciLow lower end of the 95 % confidence interval of the mean; NaN for one replicate
 * @param ciHigh upper end
 * @param min smallest value
 * @param q05 5th percentile
 * @param q25 first quartile
 * @param median median
 * @param q75 third quartile
 * @param q95 95th percentile
 * @param max largest value
 */
public record Statistics(int n, double mean, double sd, double ciLow, double ciHigh, double min, double q05,
        double q25, double median, double q75, double q95, double max) {

    private static final double[] T975 = {Double.NaN, 12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306,
        2.262, 2.228, 2.201, 2.179, 2.160, 2.145, 2.131, 2.120, 2.110, 2.101, 2.093, 2.086, 2.080, 2.074, 2.069,
        2.064, 2.060, 2.056, 2.052, 2.048, 2.045, 2.042};
    private static final double[] TAIL_DF = {30, 40, 60, 120, Double.POSITIVE_INFINITY};
    private static final double[] TAIL_T = {2.042, 2.021, 2.000, 1.980, 1.960};

    /** Names of the statistics, in the order of {@link #values()}. */
    public static final String[] NAMES = {"n", "mean", "sd", "ci95_low", "ci95_high", "min", "q05", "q25",
        "median", "q75", "q95", "max"};

    /**
     * @param values a metric's values over replicates; at least one, all finite or NaN-free
     * @return their statistics
     */
    public static Statistics of(double[] values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("no values");
        }
        double[] v = values.clone();
        Arrays.sort(v);
        int n = v.length;
        double sum = 0;
        for (double x : v) {
            sum += x;
        }
        double mean = sum / n;
        double ss = 0;
        for (double x : v) {
            ss += (x - mean) * (x - mean);
        }
        double sd = n > 1 ? Math.sqrt(ss / (n - 1)) : Double.NaN;
        double half = n > 1 ? t975(n - 1) * sd / Math.sqrt(n) : Double.NaN;
        return new Statistics(n, mean, sd, mean - half, mean + half, v[0], quantile(v, 0.05), quantile(v, 0.25),
                quantile(v, 0.5), quantile(v, 0.75), quantile(v, 0.95), v[n - 1]);
    }

    /**
     * @param df degrees of freedom, at least 1
     * @return the 97.5 % quantile of Student's t with {@code df} degrees of freedom
     */
    public static double t975(int df) {
        if (df < 1) {
            throw new IllegalArgumentException("degrees of freedom must be at least 1, got " + df);
        }
        if (df <= 30) {
            return T975[df];
        }
        for (int i = 1; i < TAIL_DF.length; i++) {
            if (df <= TAIL_DF[i]) {
                double a = 1 / TAIL_DF[i - 1];
                double b = 1 / TAIL_DF[i];
                double w = (a - 1.0 / df) / (a - b);
                return TAIL_T[i - 1] + w * (TAIL_T[i] - TAIL_T[i - 1]);
            }
        }
        return TAIL_T[TAIL_T.length - 1];
    }

    /** Hyndman &amp; Fan definition 7 on sorted values. */
    static double quantile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }

    /** @return the statistics in the order of {@link #NAMES} */
    public double[] values() {
        return new double[] {n, mean, sd, ciLow, ciHigh, min, q05, q25, median, q75, q95, max};
    }
}
