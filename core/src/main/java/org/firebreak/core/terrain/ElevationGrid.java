package org.firebreak.core.terrain;

import java.util.Objects;

/**
 * Elevation on a regular grid in the simulation CRS, sampled bilinearly between cell centres.
 * Cells without data are NaN; a sample touching one is NaN too, so a hole is never mistaken
 * for sea level.
 */
public final class ElevationGrid {
    private final GridGeometry grid;
    private final float[] metres;
    private final float min;
    private final float max;

    /**
     * @param grid the grid
     * @param metres elevation per cell in grid index order, metres; NaN where unknown
     */
    public ElevationGrid(GridGeometry grid, float[] metres) {
        this.grid = Objects.requireNonNull(grid, "grid");
        if (metres.length != grid.size()) {
            throw new IllegalArgumentException("elevation grid of " + grid.cols() + " x " + grid.rows() + " needs "
                    + grid.size() + " values, got " + metres.length);
        }
        this.metres = metres.clone();
        float lo = Float.POSITIVE_INFINITY;
        float hi = Float.NEGATIVE_INFINITY;
        for (float v : this.metres) {
            if (!Float.isNaN(v)) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        this.min = lo;
        this.max = hi;
    }

    /** @return the grid */
    public GridGeometry grid() {
        return grid;
    }

    /** @return lowest known elevation, metres */
    public double min() {
        return min;
    }

    /** @return highest known elevation, metres */
    public double max() {
        return max;
    }

    /**
     * @param index a cell index
     * @return the cell's elevation, metres (NaN where unknown)
     */
    public double cell(int index) {
        return metres[index];
    }

    /**
     * Bilinear interpolation between the four nearest cell centres; at the grid's edge the
     * edge cells' values extend outward.
     *
     * @param x easting, metres
     * @param y northing, metres
     * @return elevation, metres; NaN off the grid or next to a cell without data
     */
    public double elevation(double x, double y) {
        double fx = (x - grid.west()) / grid.cellSize() - 0.5;
        double fy = (y - grid.south()) / grid.cellSize() - 0.5;
        if (fx < -0.5 || fy < -0.5 || fx > grid.cols() - 0.5 || fy > grid.rows() - 0.5) {
            return Double.NaN;
        }
        int c0 = (int) Math.floor(fx);
        int r0 = (int) Math.floor(fy);
        double tx = fx - c0;
        double ty = fy - r0;
        int c1 = Math.min(c0 + 1, grid.cols() - 1);
        int r1 = Math.min(r0 + 1, grid.rows() - 1);
        c0 = Math.max(c0, 0);
        r0 = Math.max(r0, 0);
        int cols = grid.cols();
        double z00 = metres[r0 * cols + c0];
        double z10 = metres[r0 * cols + c1];
        double z01 = metres[r1 * cols + c0];
        double z11 = metres[r1 * cols + c1];
        return (z00 * (1 - tx) + z10 * tx) * (1 - ty) + (z01 * (1 - tx) + z11 * tx) * ty;
    }
}
