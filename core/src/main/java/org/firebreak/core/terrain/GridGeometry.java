package org.firebreak.core.terrain;

import org.locationtech.jts.geom.Envelope;

/**
 * A regular grid of square cells in the simulation CRS. Cell (col, row) covers
 * [west + col·size, west + (col+1)·size) × [south + row·size, south + (row+1)·size); cells are
 * numbered row by row from the south-west corner: {@code index = row · cols + col}.
 *
 * @param west easting of the grid's western edge, metres
 * @param south northing of the grid's southern edge, metres
 * @param cellSize side of a cell, metres
 * @param cols cells from west to east
 * @param rows cells from south to north
 */
public record GridGeometry(double west, double south, double cellSize, int cols, int rows) {
    /** Checks the grid is finite, positive and not larger than an int can index. */
    public GridGeometry {
        if (!Double.isFinite(west) || !Double.isFinite(south)) {
            throw new IllegalArgumentException("grid origin must be finite, was " + west + ", " + south);
        }
        if (!(cellSize > 0) || !Double.isFinite(cellSize)) {
            throw new IllegalArgumentException("cell size must be a positive number of metres, was " + cellSize);
        }
        if (cols < 1 || rows < 1 || (long) cols * rows > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("grid of " + cols + " x " + rows + " cells: expected 1 to 2^31 cells");
        }
    }

    /**
     * @param extent the area to cover, metres
     * @param cellSize side of a cell, metres
     * @return the smallest grid of that cell size covering the extent
     */
    public static GridGeometry covering(Envelope extent, double cellSize) {
        int cols = Math.max(1, (int) Math.ceil(extent.getWidth() / cellSize));
        int rows = Math.max(1, (int) Math.ceil(extent.getHeight() / cellSize));
        return new GridGeometry(extent.getMinX(), extent.getMinY(), cellSize, cols, rows);
    }

    /** @return number of cells */
    public int size() {
        return cols * rows;
    }

    /** @return the area covered, metres */
    public Envelope envelope() {
        return new Envelope(west, west + cols * cellSize, south, south + rows * cellSize);
    }

    /**
     * @param x easting, metres
     * @return the column containing it (may be outside [0, cols))
     */
    public int col(double x) {
        return (int) Math.floor((x - west) / cellSize);
    }

    /**
     * @param y northing, metres
     * @return the row containing it (may be outside [0, rows))
     */
    public int row(double y) {
        return (int) Math.floor((y - south) / cellSize);
    }

    /**
     * @param col a column
     * @param row a row
     * @return whether the cell is on the grid
     */
    public boolean contains(int col, int row) {
        return col >= 0 && row >= 0 && col < cols && row < rows;
    }

    /**
     * @param x easting, metres
     * @param y northing, metres
     * @return the index of the cell containing the point, or -1 off the grid
     */
    public int index(double x, double y) {
        int c = col(x);
        int r = row(y);
        return contains(c, r) ? r * cols + c : -1;
    }

    /**
     * @param index a cell index
     * @return easting of the cell's centre, metres
     */
    public double centreX(int index) {
        return west + (index % cols + 0.5) * cellSize;
    }

    /**
     * @param index a cell index
     * @return northing of the cell's centre, metres
     */
    public double centreY(int index) {
        return south + (index / cols + 0.5) * cellSize;
    }
}
