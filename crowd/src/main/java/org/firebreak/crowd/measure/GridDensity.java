package org.firebreak.crowd.measure;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Arrays;
import org.firebreak.core.output.AtomicFile;
import org.firebreak.core.output.Csv;
import org.firebreak.crowd.CrowdObserver;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

/**
 * Density on a regular grid: persons in a cell over the cell's area (persons/m²), per
 * observation, with its mean over observations and its maximum per cell. Cells wholly outside the
 * walkable area are excluded: they are not reported and persons in them are not counted. A cell
 * partly outside the walkable area still divides by its whole area, so it reads low; choose
 * cells small against the walkable area's features.
 */
public final class GridDensity implements CrowdObserver {
    /** File name of the per-cell summary. */
    public static final String FILE = "grid-density.csv";

    private final double minX;
    private final double minY;
    private final double cellSize;
    private final double cellArea;
    private final int nx;
    private final int ny;
    private final boolean[] excluded;
    private final int[] counts;
    private final double[] sum;
    private final double[] max;
    private int[] touched = new int[16];
    private int touchedCount;
    private long observations;
    private double lastTime = Double.NaN;

    /**
     * @param bounds the box covered (m); cells start at its lower-left corner
     * @param cellSize cell side (m)
     * @param walkable the walkable area, or null when everything is walkable
     */
    public GridDensity(Envelope bounds, double cellSize, Geometry walkable) {
        CrowdMeasureConfig.CELL_SIZE.check(cellSize);
        this.minX = bounds.getMinX();
        this.minY = bounds.getMinY();
        this.cellSize = cellSize;
        this.cellArea = cellSize * cellSize;
        this.nx = Math.max(1, (int) Math.ceil(bounds.getWidth() / cellSize - 1e-9));
        this.ny = Math.max(1, (int) Math.ceil(bounds.getHeight() / cellSize - 1e-9));
        int n = nx * ny;
        this.excluded = new boolean[n];
        this.counts = new int[n];
        this.sum = new double[n];
        this.max = new double[n];
        if (walkable != null) {
            PreparedGeometry prepared = PreparedGeometryFactory.prepare(walkable);
            GeometryFactory gf = walkable.getFactory();
            for (int c = 0; c < n; c++) {
                Geometry cell = gf.toGeometry(cellEnvelope(c));
                excluded[c] = !prepared.covers(cell)
                        && (!prepared.intersects(cell) || !(cell.intersection(walkable).getArea() > 0));
            }
        }
    }

    @Override
    public void observe(double timeSeconds, int count, int[] ids, double[] x, double[] y, double[] vx, double[] vy) {
        Observations.check(timeSeconds, lastTime, count, ids, x, y, vx, vy);
        lastTime = timeSeconds;
        for (int k = 0; k < touchedCount; k++) {
            counts[touched[k]] = 0;
        }
        touchedCount = 0;
        for (int i = 0; i < count; i++) {
            int c = cellOf(x[i], y[i]);
            if (c >= 0 && !excluded[c]) {
                if (counts[c]++ == 0) {
                    if (touchedCount == touched.length) {
                        touched = Arrays.copyOf(touched, Math.max(16, touchedCount * 2));
                    }
                    touched[touchedCount++] = c;
                }
            }
        }
        observations++;
        // empty cells add zero to the sums and never raise a maximum, so only occupied cells are visited
        for (int k = 0; k < touchedCount; k++) {
            int c = touched[k];
            double d = counts[c] / cellArea;
            sum[c] += d;
            if (d > max[c]) {
                max[c] = d;
            }
        }
    }

    /** @return the cell holding a point, or −1 outside the grid */
    public int cellOf(double x, double y) {
        int ix = (int) Math.floor((x - minX) / cellSize);
        int iy = (int) Math.floor((y - minY) / cellSize);
        if (ix < 0 || iy < 0 || ix >= nx || iy >= ny) {
            return -1;
        }
        return iy * nx + ix;
    }

    /**
     * @return the density (persons/m²) of the point's cell at the latest observation, or NaN when
     *     the point is outside the grid or in an excluded cell
     */
    public double densityAt(double x, double y) {
        int c = cellOf(x, y);
        return c < 0 || excluded[c] ? Double.NaN : counts[c] / cellArea;
    }

    /** @return the time (s) of the latest observation, NaN before the first */
    public double lastTime() {
        return lastTime;
    }

    /** @return cells across */
    public int columns() {
        return nx;
    }

    /** @return cells up */
    public int rows() {
        return ny;
    }

    /** @return whether a cell lies wholly outside the walkable area */
    public boolean excluded(int cell) {
        return excluded[cell];
    }

    /** @return the density (persons/m²) of a cell at the latest observation */
    public double density(int cell) {
        return counts[cell] / cellArea;
    }

    /** @return the mean density (persons/m²) of a cell over all observations, NaN before the first */
    public double meanDensity(int cell) {
        return observations == 0 ? Double.NaN : sum[cell] / observations;
    }

    /** @return the highest density (persons/m²) a cell had at any observation */
    public double maxDensity(int cell) {
        return max[cell];
    }

    /** @return the highest density (persons/m²) of any cell at any observation */
    public double maxDensity() {
        double m = 0;
        for (double v : max) {
            m = Math.max(m, v);
        }
        return m;
    }

    /** @return the box of a cell (m) */
    public Envelope cellEnvelope(int cell) {
        int ix = cell % nx;
        int iy = cell / nx;
        return new Envelope(minX + ix * cellSize, minX + (ix + 1) * cellSize, minY + iy * cellSize,
                minY + (iy + 1) * cellSize);
    }

    /**
     * Writes grid-density.csv: one row per walkable cell, row by row from the lower-left corner.
     *
     * @param target the file
     * @throws IOException if it cannot be written; a file of that name is then left as it was
     */
    public void write(Path target) throws IOException {
        try (AtomicFile f = new AtomicFile(target)) {
            Writer w = f.writer();
            w.write("cell_ix,cell_iy,x_min_m,y_min_m,x_max_m,y_max_m,mean_density_per_m2,max_density_per_m2\n");
            for (int c = 0; c < counts.length; c++) {
                if (excluded[c]) {
                    continue;
                }
                Envelope e = cellEnvelope(c);
                w.write((c % nx) + "," + (c / nx) + "," + Csv.fixed(e.getMinX(), 3) + "," + Csv.fixed(e.getMinY(), 3)
                        + "," + Csv.fixed(e.getMaxX(), 3) + "," + Csv.fixed(e.getMaxY(), 3) + ","
                        + Csv.fixed(observations == 0 ? 0 : sum[c] / observations, 4) + ","
                        + Csv.fixed(max[c], 4) + "\n");
            }
            f.commit();
        }
    }
}
