package org.firebreak.flee;

import java.util.List;

/**
 * FLEE's {@code conflicts.csv}: a conflict intensity per day (rows, from day 0) and location
 * (columns). A location is in conflict on a day when its intensity is above zero.
 */
public final class ConflictTable {
    private final List<String> locations;
    private final double[][] intensity;

    /**
     * @param locations the location of each column
     * @param intensity intensities by day, then column; every row as long as {@code locations}
     */
    public ConflictTable(List<String> locations, double[][] intensity) {
        this.locations = List.copyOf(locations);
        this.intensity = new double[intensity.length][];
        for (int d = 0; d < intensity.length; d++) {
            if (intensity[d].length != locations.size()) {
                throw new IllegalArgumentException("conflict row " + d + " has " + intensity[d].length
                        + " values for " + locations.size() + " locations");
            }
            for (double v : intensity[d]) {
                if (!(v >= 0) || !Double.isFinite(v)) {
                    throw new IllegalArgumentException("conflict intensity " + v + " on day " + d);
                }
            }
            this.intensity[d] = intensity[d].clone();
        }
    }

    /** @return the locations with a column, in column order */
    public List<String> locations() {
        return locations;
    }

    /** @return the number of days with a row */
    public int days() {
        return intensity.length;
    }

    /**
     * @param day a day with a row
     * @param column a column
     * @return the intensity, non-negative
     */
    public double intensity(int day, int column) {
        return intensity[day][column];
    }
}
