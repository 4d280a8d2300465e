package org.firebreak.crowd.measure;

import java.util.Arrays;
import java.util.List;
import org.firebreak.crowd.CrowdObserver;

/**
 * Time each person spends at a local density above given thresholds (persons/m²), a measure of
 * crowding risk: densities above about 4–6 persons/m² are where crowd crushes become possible
 * (Fruin 1993; Still 2014). The local density at an observation is the person's Voronoi density
 * 1/|A_i| when the Voronoi measurement was evaluated at that observation, else the grid density
 * of the person's cell; a person with neither (outside the grid or the walkable area) gathers no
 * exposure then. Exposure is integrated with the time since the previous observation, so the
 * first observation adds nothing.
 *
 * <p>Observe this after the {@link GridDensity} and {@link VoronoiDensity} it reads, with the same
 * arrays.
 */
public final class Exposure implements CrowdObserver {
    private final double[] thresholds;
    private final GridDensity grid;
    private final VoronoiDensity voronoi;
    private final IdIndex index = new IdIndex();
    private double[][] seconds;
    private boolean[][] everAbove;
    private double[] present = new double[32];
    private double[] maxDensity = new double[32];
    private long[] seenAt = new long[32];
    private long observation;
    private double lastTime = Double.NaN;

    /**
     * @param thresholds densities (persons/m²), strictly increasing
     * @param grid grid density for the fallback, or null
     * @param voronoi Voronoi density, or null
     */
    public Exposure(List<Double> thresholds, GridDensity grid, VoronoiDensity voronoi) {
        this.thresholds = new double[thresholds.size()];
        double last = 0;
        for (int k = 0; k < this.thresholds.length; k++) {
            double t = CrowdMeasureConfig.THRESHOLD.check(thresholds.get(k));
            if (t <= last) {
                throw new IllegalArgumentException("exposure_thresholds = " + thresholds
                        + "; expected strictly increasing densities in persons/m²");
            }
            this.thresholds[k] = t;
            last = t;
        }
        this.grid = grid;
        this.voronoi = voronoi;
        this.seconds = new double[this.thresholds.length][32];
        this.everAbove = new boolean[this.thresholds.length][32];
    }

    @Override
    public void observe(double timeSeconds, int count, int[] ids, double[] x, double[] y, double[] vx, double[] vy) {
        Observations.check(timeSeconds, lastTime, count, ids, x, y, vx, vy);
        double dt = Double.isNaN(lastTime) ? 0 : timeSeconds - lastTime;
        lastTime = timeSeconds;
        observation++;
        boolean useVoronoi = voronoi != null && voronoi.lastEvaluation() == timeSeconds;
        boolean useGrid = grid != null && grid.lastTime() == timeSeconds;
        for (int i = 0; i < count; i++) {
            int s = slot(ids[i], timeSeconds);
            present[s] += dt;
            double rho = useVoronoi ? voronoi.personDensity(i) : Double.NaN;
            if (Double.isNaN(rho) && useGrid) {
                rho = grid.densityAt(x[i], y[i]);
            }
            if (Double.isNaN(rho)) {
                continue;
            }
            maxDensity[s] = Math.max(maxDensity[s], rho);
            for (int k = 0; k < thresholds.length; k++) {
                if (rho > thresholds[k]) {
                    seconds[k][s] += dt;
                    everAbove[k][s] = true;
                }
            }
        }
    }

    private int slot(int id, double time) {
        int s = index.slot(id);
        if (s >= seenAt.length) {
            int len = Math.max(s + 1, seenAt.length * 2);
            seenAt = Arrays.copyOf(seenAt, len);
            present = Arrays.copyOf(present, len);
            maxDensity = Arrays.copyOf(maxDensity, len);
            for (int k = 0; k < thresholds.length; k++) {
                seconds[k] = Arrays.copyOf(seconds[k], len);
                everAbove[k] = Arrays.copyOf(everAbove[k], len);
            }
        }
        if (seenAt[s] == observation) {
            throw Observations.duplicate(time, id);
        }
        seenAt[s] = observation;
        return s;
    }

    /** @return the thresholds (persons/m²) */
    public double[] thresholds() {
        return thresholds.clone();
    }

    /** @return persons seen so far */
    public int persons() {
        return index.size();
    }

    /** @return the id of the person in a slot (slots in the order persons were first seen) */
    public int id(int person) {
        return index.id(person);
    }

    /** @return seconds a person spent above threshold k */
    public double seconds(int threshold, int person) {
        return seconds[threshold][person];
    }

    /** @return seconds a person was observed, counted like exposure */
    public double presentSeconds(int person) {
        return present[person];
    }

    /** @return the highest local density (persons/m²) a person had */
    public double maxDensity(int person) {
        return maxDensity[person];
    }

    /**
     * @param threshold index of the threshold
     * @return persons ever above it (at an observation, even one that added no time), and the
     *     max, mean and 95th percentile (nearest rank) of exposure seconds over all persons seen
     */
    public ExposureStats stats(int threshold) {
        int n = index.size();
        if (n == 0) {
            return new ExposureStats(thresholds[threshold], 0, 0, 0, 0, 0);
        }
        double[] v = Arrays.copyOf(seconds[threshold], n);
        int above = 0;
        double sum = 0;
        for (int s = 0; s < n; s++) {
            if (everAbove[threshold][s]) {
                above++;
            }
            sum += v[s];
        }
        Arrays.sort(v);
        int rank = (int) Math.ceil(0.95 * n);
        return new ExposureStats(thresholds[threshold], n, above, v[n - 1], sum / n, v[Math.max(0, rank - 1)]);
    }

    /**
     * Exposure above one threshold over all persons seen.
     *
     * @param threshold density (persons/m²)
     * @param persons persons seen
     * @param personsAbove persons ever above the threshold
     * @param maxSeconds the longest exposure (s)
     * @param meanSeconds the mean exposure over all persons seen (s)
     * @param p95Seconds the 95th percentile exposure, nearest rank (s)
     */
    public record ExposureStats(double threshold, int persons, int personsAbove, double maxSeconds,
                                double meanSeconds, double p95Seconds) {
    }
}
