package org.firebreak.frontier.engine;

import org.firebreak.core.terrain.GeoReference;
import org.firebreak.frontier.detection.SolarPosition;
import org.locationtech.jts.geom.Envelope;

/**
 * The sun's elevation over the terrain, on a coarse grid updated once per step. Across a
 * 50 km cell the sun's elevation differs by about half a degree at most (the Earth turns
 * 0.25 degree of longitude per minute, and 50 km is about 0.54 degree of longitude at these
 * latitudes), so dusk and dawn move by about two minutes within a cell, while the grid costs
 * a few hundred evaluations per step however many agents ask.
 */
final class SunGrid {
    /** Grid spacing, metres. */
    static final double CELL_M = 50_000;

    private final double minX;
    private final double minY;
    private final int cols;
    private final int rows;
    private final double[] lon;
    private final double[] lat;
    private final double[] elevation;
    private double updatedAt = Double.NaN;

    SunGrid(Envelope bounds, GeoReference reference) {
        minX = bounds.getMinX();
        minY = bounds.getMinY();
        cols = Math.max(1, (int) Math.ceil(bounds.getWidth() / CELL_M));
        rows = Math.max(1, (int) Math.ceil(bounds.getHeight() / CELL_M));
        lon = new double[cols * rows];
        lat = new double[cols * rows];
        elevation = new double[cols * rows];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                double[] ll = reference.lonLat(minX + (c + 0.5) * CELL_M, minY + (r + 0.5) * CELL_M);
                lon[r * cols + c] = ll[0];
                lat[r * cols + c] = ll[1];
            }
        }
    }

    /** @param epochSeconds the instant, seconds since the Unix epoch (UTC) */
    void update(double epochSeconds) {
        if (epochSeconds == updatedAt) {
            return;
        }
        updatedAt = epochSeconds;
        SolarPosition sun = SolarPosition.at(epochSeconds);
        for (int i = 0; i < elevation.length; i++) {
            elevation[i] = sun.elevationDeg(lon[i], lat[i]);
        }
    }

    /**
     * @param x easting, metres
     * @param y northing, metres
     * @return the sun's elevation at the centre of the grid cell holding the point, degrees
     */
    double elevation(double x, double y) {
        int c = Math.min(cols - 1, Math.max(0, (int) ((x - minX) / CELL_M)));
        int r = Math.min(rows - 1, Math.max(0, (int) ((y - minY) / CELL_M)));
        return elevation[r * cols + c];
    }
}
