package org.firebreak.crowd.measure;

import java.util.Arrays;

/**
 * A growable series of means per time bin: bin k covers [k·width, (k+1)·width) seconds.
 * A bin without samples has mean NaN.
 */
final class BinSeries {
    private double[] sum = new double[16];
    private int[] n = new int[16];
    private int bins;

    void add(int bin, double value) {
        ensure(bin);
        sum[bin] += value;
        n[bin]++;
    }

    /** Makes the series at least bin + 1 long without adding a sample. */
    void ensure(int bin) {
        if (bin >= sum.length) {
            int len = Math.max(bin + 1, sum.length * 2);
            sum = Arrays.copyOf(sum, len);
            n = Arrays.copyOf(n, len);
        }
        bins = Math.max(bins, bin + 1);
    }

    int bins() {
        return bins;
    }

    int samples(int bin) {
        return bin < bins ? n[bin] : 0;
    }

    double mean(int bin) {
        return samples(bin) == 0 ? Double.NaN : sum[bin] / n[bin];
    }

    static int binOf(double time, double width) {
        return (int) Math.floor(time / width + 1e-9);
    }
}
