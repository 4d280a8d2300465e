package org.firebreak.crowd.measure;

import java.util.List;
import org.firebreak.crowd.CrowdObserver;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Location;

/**
 * The classic measurement in an area M (Seyfried et al. 2005): density N/|M| with N the persons
 * inside M (its boundary included), and speed the mean of |v| over those persons, each per
 * observation, then averaged over the observations of a time bin (speed over the observations
 * with someone inside).
 */
public final class ClassicDensity implements CrowdObserver {
    private final List<MeasurementArea> areas;
    private final IndexedPointInAreaLocator[] locators;
    private final Envelope[] boxes;
    private final double[] areaSize;
    private final double binSeconds;
    private final BinSeries[] densityBins;
    private final BinSeries[] speedBins;
    private final double[] maxDensity;
    private final Coordinate probe = new Coordinate();
    private double lastTime = Double.NaN;

    /**
     * @param areas measurement areas
     * @param binSeconds width of the time bins (s)
     */
    public ClassicDensity(List<MeasurementArea> areas, double binSeconds) {
        this.areas = List.copyOf(areas);
        CrowdMeasureConfig.BIN.check(binSeconds);
        this.binSeconds = binSeconds;
        int k = this.areas.size();
        locators = new IndexedPointInAreaLocator[k];
        boxes = new Envelope[k];
        areaSize = new double[k];
        densityBins = new BinSeries[k];
        speedBins = new BinSeries[k];
        maxDensity = new double[k];
        for (int a = 0; a < k; a++) {
            locators[a] = new IndexedPointInAreaLocator(this.areas.get(a).polygon());
            boxes[a] = this.areas.get(a).polygon().getEnvelopeInternal();
            areaSize[a] = this.areas.get(a).area();
            densityBins[a] = new BinSeries();
            speedBins[a] = new BinSeries();
        }
    }

    @Override
    public void observe(double timeSeconds, int count, int[] ids, double[] x, double[] y, double[] vx, double[] vy) {
        Observations.check(timeSeconds, lastTime, count, ids, x, y, vx, vy);
        lastTime = timeSeconds;
        int bin = BinSeries.binOf(timeSeconds, binSeconds);
        for (int a = 0; a < areas.size(); a++) {
            int n = 0;
            double speedSum = 0;
            for (int i = 0; i < count; i++) {
                if (!boxes[a].contains(x[i], y[i])) {
                    continue;
                }
                probe.x = x[i];
                probe.y = y[i];
                if (locators[a].locate(probe) != Location.EXTERIOR) {
                    n++;
                    speedSum += Math.hypot(vx[i], vy[i]);
                }
            }
            double d = n / areaSize[a];
            densityBins[a].add(bin, d);
            if (n > 0) {
                speedBins[a].add(bin, speedSum / n);
            } else {
                speedBins[a].ensure(bin);
            }
            maxDensity[a] = Math.max(maxDensity[a], d);
        }
    }

    /** @return the highest classic density (persons/m²) of an area at any observation */
    public double maxDensity(int area) {
        return maxDensity[area];
    }

    BinSeries densityBins(int area) {
        return densityBins[area];
    }

    BinSeries speedBins(int area) {
        return speedBins[area];
    }
}
