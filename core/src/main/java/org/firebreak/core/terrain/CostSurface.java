package org.firebreak.core.terrain;

import java.util.List;
import java.util.Objects;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

/**
 * What moving on foot through each cell of a grid costs: the ground's elevation at the cell
 * centre and a speed factor (0 where the cell cannot be entered). The time to step between
 * two neighbouring cells follows Tobler's function for the slope between their centres,
 * times the mean of their speed factors, times the walker's pace, so the cost depends on
 * direction: uphill is slower than downhill.
 *
 * <p>Factors: cells outside every country (sea) and in lakes are impassable; cells a river
 * crosses are impassable unless a road crosses them too (a bridge) or a ford lies in or next
 * to them; marshes are slow; roads and open ground take the factors of {@link TerrainSpeeds}.
 */
public final class CostSurface {
    private final GridGeometry grid;
    private final float[] elevation;
    private final float[] factor;
    // hot-loop constants for factorAt
    private final double inverseCell;
    private final double west;
    private final double south;

    private CostSurface(GridGeometry grid, float[] elevation, float[] factor) {
        this.grid = grid;
        this.elevation = elevation;
        this.factor = factor;
        this.inverseCell = 1.0 / grid.cellSize();
        this.west = grid.west();
        this.south = grid.south();
    }

    /**
     * @param terrain the terrain
     * @param cellSize side of a cell, metres
     * @param speeds multipliers by kind of ground
     * @return the surface over the terrain's bounds
     */
    public static CostSurface build(Terrain terrain, double cellSize, TerrainSpeeds speeds) {
        return build(terrain, cellSize, speeds, List.of());
    }

    /**
     * @param terrain the terrain
     * @param cellSize side of a cell, metres
     * @param speeds multipliers by kind of ground
     * @param fords points where rivers can be waded, beyond the terrain's own {@link Terrain#fords()}
     * @return the surface over the terrain's bounds
     */
    public static CostSurface build(Terrain terrain, double cellSize, TerrainSpeeds speeds, List<Coordinate> fords) {
        Objects.requireNonNull(speeds, "speeds");
        GridGeometry grid = GridGeometry.covering(terrain.bounds(), cellSize);
        int n = grid.size();
        float[] z = new float[n];
        float[] f = new float[n];
        for (int i = 0; i < n; i++) {
            z[i] = (float) terrain.elevation(grid.centreX(i), grid.centreY(i));
        }
        if (terrain.countries().isEmpty()) {
            java.util.Arrays.fill(f, (float) speeds.offRoadFactor());
        } else {
            for (Country c : terrain.countries()) {
                Rasterizer.area(grid, c.area(), i -> f[i] = (float) speeds.offRoadFactor());
            }
        }
        for (Geometry m : terrain.marshes()) {
            Rasterizer.area(grid, m, i -> f[i] = f[i] == 0 ? 0 : (float) speeds.marshFactor());
        }
        for (Geometry lake : terrain.lakes()) {
            Rasterizer.area(grid, lake, i -> f[i] = 0);
        }
        boolean[] river = new boolean[n];
        for (Geometry r : terrain.rivers()) {
            Rasterizer.line(grid, r, i -> river[i] = f[i] != 0);
        }
        // a ford opens the river cells around it (a river drawn on a grid can be two cells wide)
        List<Coordinate> allFords = new java.util.ArrayList<>(terrain.fords());
        allFords.addAll(fords);
        for (Coordinate ford : allFords) {
            int c = grid.col(ford.x);
            int r = grid.row(ford.y);
            for (int dr = -1; dr <= 1; dr++) {
                for (int dc = -1; dc <= 1; dc++) {
                    if (grid.contains(c + dc, r + dr)) {
                        river[(r + dr) * grid.cols() + c + dc] = false;
                    }
                }
            }
        }
        for (int i = 0; i < n; i++) {
            if (river[i]) {
                f[i] = 0;
            }
        }
        for (RoadLink road : terrain.roads()) {
            Rasterizer.line(grid, road.line(), i -> f[i] = (float) speeds.roadFactor());
        }
        for (int i = 0; i < n; i++) {
            if (Float.isNaN(z[i])) {
                f[i] = 0;
            }
        }
        return new CostSurface(grid, z, f);
    }

    /** @return the grid */
    public GridGeometry grid() {
        return grid;
    }

    /**
     * @param index a cell index
     * @return the cell's speed factor; 0 where it cannot be entered
     */
    public double factor(int index) {
        return factor[index];
    }

    /**
     * @param index a cell index
     * @return elevation at the cell's centre, metres
     */
    public double elevation(int index) {
        return elevation[index];
    }

    /**
     * @param x easting, metres
     * @param y northing, metres
     * @return the speed factor of the cell containing the point; 0 off the grid
     */
    public double factorAt(double x, double y) {
        double fx = (x - west) * inverseCell;
        double fy = (y - south) * inverseCell;
        // also false for NaN; within range, truncation is floor
        if (!(fx >= 0 && fy >= 0 && fx < grid.cols() && fy < grid.rows())) {
            return 0;
        }
        return factor[(int) fy * grid.cols() + (int) fx];
    }

    /**
     * Seconds to walk from the centre of cell {@code from} to the centre of its neighbour {@code to}.
     *
     * @param from a cell index
     * @param to a neighbouring cell index
     * @param length distance between the centres, metres (cell size, or cell size · √2 diagonally)
     * @param pace the walker's multiplier on Tobler's speed
     * @return seconds; infinite when either cell cannot be entered
     */
    public double stepSeconds(int from, int to, double length, double pace) {
        float fa = factor[from];
        float fb = factor[to];
        if (fa == 0 || fb == 0) {
            return Double.POSITIVE_INFINITY;
        }
        double slope = (elevation[to] - elevation[from]) / length;
        return length / (pace * Tobler.metresPerSecond(slope) * 0.5 * (fa + fb));
    }

    /** @return bytes held by the surface's arrays */
    public long bytes() {
        return 4L * (elevation.length + factor.length);
    }
}
