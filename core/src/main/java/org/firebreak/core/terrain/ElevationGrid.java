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
    // hot-loop constants: multiplication is cheaper than division
    private final double inverseCell;
    private final double west;
    private final double south;
    private final int cols;
    private final int rows;

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
        this.inverseCell = 1.0 / grid.cellSize();
        this.west = grid.west();
        this.south = grid.south();
        this.cols = grid.cols();
        this.rows = grid.rows();
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
        double fx = (x - west) * inverseCell - 0.5;
        double fy = (y - south) * inverseCell - 0.5;
        // also false for NaN coordinates
        if (!(fx >= -0.5 && fy >= -0.5 && fx <= cols - 0.5 && fy <= rows - 0.5)) {
            return Double.NaN;
        }
        // fx >= -0.5, so truncation equals floor except on (-0.5, 0), where both clamp to column 0
        int c0 = (int) fx;
        int r0 = (int) fy;
        double tx = Math.max(0, fx - c0);
        double ty = Math.max(0, fy - r0);
        int c1 = Math.min(c0 + 1, cols - 1);
        int r1 = Math.min(r0 + 1, rows - 1);
        int row0 = r0 * cols;
        int row1 = r1 * cols;
        double z00 = metres[row0 + c0];
        double z10 = metres[row0 + c1];
        double z01 = metres[row1 + c0];
        double z11 = metres[row1 + c1];
        return (z00 + (z10 - z00) * tx) * (1 - ty) + (z01 + (z11 - z01) * tx) * ty;
    }
}
