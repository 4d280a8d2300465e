package org.firebreak.crowd.measure;

import java.util.Arrays;
import java.util.List;
import org.firebreak.crowd.CrowdObserver;

/**
 * Counts crossings of measurement lines between consecutive observations of the same person:
 * +1 across in the line's positive direction, −1 back. A person missing from an observation is
 * not followed across the gap. Per time bin (the bin of the observation that completes the
 * crossing): crossings each way, flow = net crossings / bin width (persons/s), specific flow =
 * flow / line length (persons/(m·s)) (Seyfried et al. 2009), and the mean speed |v| of those
 * crossing, taken at the observation after the crossing.
 */
public final class LineCounter implements CrowdObserver {
    private final List<MeasurementLine> lines;
    private final double binSeconds;
    private final IdIndex index = new IdIndex();
    private double[] prevX = new double[32];
    private double[] prevY = new double[32];
    private long[] seenAt = new long[32];
    private long observation;
    private double lastTime = Double.NaN;
    private final long[][] positive;
    private final long[][] negative;
    private final double[][] speedSum;
    private int bins;

    /**
     * @param lines measurement lines
     * @param binSeconds width of the time bins (s)
     */
    public LineCounter(List<MeasurementLine> lines, double binSeconds) {
        this.lines = List.copyOf(lines);
        CrowdMeasureConfig.BIN.check(binSeconds);
        this.binSeconds = binSeconds;
        int k = this.lines.size();
        positive = new long[k][16];
        negative = new long[k][16];
        speedSum = new double[k][16];
    }

    @Override
    public void observe(double timeSeconds, int count, int[] ids, double[] x, double[] y, double[] vx, double[] vy) {
        Observations.check(timeSeconds, lastTime, count, ids, x, y, vx, vy);
        lastTime = timeSeconds;
        observation++;
        int bin = BinSeries.binOf(timeSeconds, binSeconds);
        ensureBin(bin);
        for (int i = 0; i < count; i++) {
            int s = index.slot(ids[i]);
            if (s >= seenAt.length) {
                int len = Math.max(s + 1, seenAt.length * 2);
                prevX = Arrays.copyOf(prevX, len);
                prevY = Arrays.copyOf(prevY, len);
                seenAt = Arrays.copyOf(seenAt, len);
            }
            if (seenAt[s] == observation) {
                throw Observations.duplicate(timeSeconds, ids[i]);
            }
            if (seenAt[s] == observation - 1 && seenAt[s] > 0) {
                for (int l = 0; l < lines.size(); l++) {
                    int c = lines.get(l).crossing(prevX[s], prevY[s], x[i], y[i]);
                    if (c != 0) {
                        if (c > 0) {
                            positive[l][bin]++;
                        } else {
                            negative[l][bin]++;
                        }
                        speedSum[l][bin] += Math.hypot(vx[i], vy[i]);
                    }
                }
            }
            prevX[s] = x[i];
            prevY[s] = y[i];
            seenAt[s] = observation;
        }
    }

    private void ensureBin(int bin) {
        if (!lines.isEmpty() && bin >= positive[0].length) {
            for (int l = 0; l < lines.size(); l++) {
                int len = Math.max(bin + 1, positive[l].length * 2);
                positive[l] = Arrays.copyOf(positive[l], len);
                negative[l] = Arrays.copyOf(negative[l], len);
                speedSum[l] = Arrays.copyOf(speedSum[l], len);
            }
        }
        bins = Math.max(bins, bin + 1);
    }

    /** @return the measurement lines, in output order */
    public List<MeasurementLine> lines() {
        return lines;
    }

    /** @return time bins so far: up to the bin of the latest observation */
    public int bins() {
        return bins;
    }

    /** @return the bin width (s) */
    public double binSeconds() {
        return binSeconds;
    }

    /** @return crossings in the positive direction in a bin */
    public long positive(int line, int bin) {
        return bin < positive[line].length ? positive[line][bin] : 0;
    }

    /** @return crossings in the negative direction in a bin */
    public long negative(int line, int bin) {
        return bin < negative[line].length ? negative[line][bin] : 0;
    }

    /** @return net crossings (positive minus negative) from the start to the end of a bin */
    public long cumulative(int line, int bin) {
        long c = 0;
        for (int b = 0; b <= bin; b++) {
            c += positive(line, b) - negative(line, b);
        }
        return c;
    }

    /** @return net crossings over the whole run */
    public long net(int line) {
        return bins == 0 ? 0 : cumulative(line, bins - 1);
    }

    /** @return net flow (persons/s) in a bin */
    public double flow(int line, int bin) {
        return (positive(line, bin) - negative(line, bin)) / binSeconds;
    }

    /** @return net flow per metre of line (persons/(m·s)) in a bin */
    public double specificFlow(int line, int bin) {
        return flow(line, bin) / lines.get(line).length();
    }

    /** @return mean speed (m/s) of the persons crossing in a bin, NaN when no one crossed */
    public double meanCrossingSpeed(int line, int bin) {
        long n = positive(line, bin) + negative(line, bin);
        return n == 0 ? Double.NaN : speedSum[line][bin] / n;
    }

    /** @return the largest net flow (persons/s) of any bin, by magnitude, with its sign */
    public double peakFlow(int line) {
        double peak = 0;
        for (int b = 0; b < bins; b++) {
            double f = flow(line, b);
            if (Math.abs(f) > Math.abs(peak)) {
                peak = f;
            }
        }
        return peak;
    }
}
