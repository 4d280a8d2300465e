package org.firebreak.core.terrain;

/**
 * Tobler's hiking function: walking speed from the slope of the ground.
 *
 * <p>v = 6 · exp(−3.5 · |S + 0.05|) km/h, with S = dh/dx the slope as a ratio (positive uphill).
 * It gives 5.04 km/h on the flat and its maximum, 6 km/h, on a gentle descent of S = −0.05.
 * Source: W. Tobler (1993), "Three presentations on geographical analysis and modeling",
 * NCGIA Technical Report 93-1.
 */
public final class Tobler {
    /** Tobler's peak speed, km/h. */
    public static final double PEAK_KMH = 6.0;

    private Tobler() {
    }

    /**
     * @param slope dh/dx along the direction of travel (rise over run, positive uphill)
     * @return walking speed in km/h
     */
    public static double kmh(double slope) {
        return PEAK_KMH * Math.exp(-3.5 * Math.abs(slope + 0.05));
    }

    /**
     * @param slope dh/dx along the direction of travel
     * @return walking speed in m/s
     */
    public static double metresPerSecond(double slope) {
        return kmh(slope) / 3.6;
    }

    /**
     * @param slope dh/dx along the direction of travel
     * @return the speed at this slope relative to the speed on the flat (1 on the flat)
     */
    public static double relativeToFlat(double slope) {
        return kmh(slope) / kmh(0.0);
    }
}
