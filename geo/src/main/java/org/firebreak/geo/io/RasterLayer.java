package org.firebreak.geo.io;

import java.util.Locale;
import java.util.Objects;
import java.util.OptionalDouble;
import org.geotools.api.referencing.FactoryException;
import org.geotools.api.referencing.crs.CoordinateReferenceSystem;
import org.geotools.api.referencing.operation.MathTransform;
import org.geotools.api.referencing.operation.TransformException;
import org.geotools.referencing.CRS;
import org.geotools.referencing.crs.DefaultGeographicCRS;
import org.locationtech.jts.geom.Envelope;

/**
 * A single-band raster read from a GIS file: a north-up grid of {@link #cols()} by {@link #rows()}
 * cells in {@link #crs()}, the file's own CRS (rasters are not resampled on reading; sample them
 * with {@link #valueAtMetres(double, double)} from simulation coordinates).
 *
 * <p>Cells are numbered from the north-west corner: column 0 is the western edge, row 0 the
 * northern. Nodata cells read as {@code NaN}. A value: the cells cannot be changed.
 */
public final class RasterLayer {

    private final String name;
    private final String source;
    private final CoordinateReferenceSystem crs;
    private final Envelope envelope;
    private final int cols;
    private final int rows;
    private final double cellWidth;
    private final double cellHeight;
    private final OptionalDouble nodataValue;
    private final float[] values;
    private final int nodataCount;
    private final MathTransform fromLonLat;
    private final MathTransform fromMetres;

    /**
     * @param values row-major from the north-west corner, nodata already turned into NaN; not copied
     */
    RasterLayer(String name, String source, CoordinateReferenceSystem crs, Envelope envelope, int cols, int rows,
            OptionalDouble nodataValue, float[] values) {
        this.name = Objects.requireNonNull(name, "name");
        this.source = Objects.requireNonNull(source, "source");
        this.crs = Objects.requireNonNull(crs, "crs");
        this.envelope = new Envelope(envelope);
        this.cols = cols;
        this.rows = rows;
        this.cellWidth = envelope.getWidth() / cols;
        this.cellHeight = envelope.getHeight() / rows;
        this.nodataValue = nodataValue;
        if (values.length != cols * rows) {
            throw new IllegalArgumentException(values.length + " values for " + cols + " x " + rows + " cells");
        }
        this.values = values;
        int holes = 0;
        for (float value : values) {
            if (Float.isNaN(value)) {
                holes++;
            }
        }
        this.nodataCount = holes;
        try {
            this.fromLonLat = CRS.findMathTransform(DefaultGeographicCRS.WGS84, crs, false);
            this.fromMetres = CRS.findMathTransform(SimulationCrs.frontier().crs(), crs, false);
        } catch (FactoryException e) {
            throw new IllegalArgumentException("no transform into the raster's CRS " + crs.getName() + ": "
                    + e.getMessage(), e);
        }
    }

    /** @return the raster's name: its file's base name */
    public String name() {
        return name;
    }

    /** @return the file or resource it was read from */
    public String source() {
        return source;
    }

    /** @return the CRS of the grid: the file's own, or the one declared for it */
    public CoordinateReferenceSystem crs() {
        return crs;
    }

    /** @return the outer edges of the grid, in {@link #crs()} (a copy) */
    public Envelope envelope() {
        return new Envelope(envelope);
    }

    /** @return the number of columns (west to east) */
    public int cols() {
        return cols;
    }

    /** @return the number of rows (north to south) */
    public int rows() {
        return rows;
    }

    /** @return the width of a cell, in the units of {@link #crs()} */
    public double cellWidth() {
        return cellWidth;
    }

    /** @return the height of a cell, in the units of {@link #crs()} */
    public double cellHeight() {
        return cellHeight;
    }

    /** @return the nodata value the file declares, if any (cells holding it read as NaN) */
    public OptionalDouble nodataValue() {
        return nodataValue;
    }

    /** @return the number of nodata cells */
    public int nodataCount() {
        return nodataCount;
    }

    /** @return the share of nodata cells, 0 to 1 */
    public double nodataShare() {
        return (double) nodataCount / values.length;
    }

    /**
     * @return a copy of all cells, row-major from the north-west corner (index {@code row * cols + col}),
     *     NaN for nodata
     */
    public float[] values() {
        return values.clone();
    }

    /**
     * @param col the column, 0 at the western edge
     * @param row the row, 0 at the northern edge
     * @return the cell's value, NaN for nodata
     * @throws IndexOutOfBoundsException if the cell is outside the grid
     */
    public float value(int col, int row) {
        Objects.checkIndex(col, cols);
        Objects.checkIndex(row, rows);
        return values[row * cols + col];
    }

    /**
     * @param col the column, 0 at the western edge
     * @param row the row, 0 at the northern edge
     * @return whether the cell is nodata
     * @throws IndexOutOfBoundsException if the cell is outside the grid
     */
    public boolean isNodata(int col, int row) {
        return Float.isNaN(value(col, row));
    }

    /**
     * Samples the cell under a position given in the raster's own CRS (nearest cell, no
     * interpolation). A position on the eastern or southern edge belongs to the last cell.
     *
     * @param x easting (or longitude) in {@link #crs()}
     * @param y northing (or latitude) in {@link #crs()}
     * @return the cell's value, NaN for nodata
     * @throws IllegalArgumentException if the position is outside the raster
     */
    public double valueAt(double x, double y) {
        if (!(x >= envelope.getMinX() && x <= envelope.getMaxX() && y >= envelope.getMinY()
                && y <= envelope.getMaxY())) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "(%s, %s) lies outside raster '%s' (%s), which covers x %s..%s, y %s..%s", x, y, name, source,
                    envelope.getMinX(), envelope.getMaxX(), envelope.getMinY(), envelope.getMaxY()));
        }
        int col = Math.min(cols - 1, (int) Math.floor((x - envelope.getMinX()) / cellWidth));
        int row = Math.min(rows - 1, (int) Math.floor((envelope.getMaxY() - y) / cellHeight));
        return values[row * cols + col];
    }

    /**
     * Samples the cell under a WGS 84 position.
     *
     * @param lon longitude, degrees east
     * @param lat latitude, degrees north
     * @return the cell's value, NaN for nodata
     * @throws IllegalArgumentException if the position is outside the raster or cannot be transformed
     */
    public double valueAtLonLat(double lon, double lat) {
        double[] p = transform(fromLonLat, lon, lat);
        return valueAt(p[0], p[1]);
    }

    /**
     * Samples the cell under a position of the simulation plane.
     *
     * @param x easting in {@link SimulationCrs#frontier()} metres
     * @param y northing in {@link SimulationCrs#frontier()} metres
     * @return the cell's value, NaN for nodata
     * @throws IllegalArgumentException if the position is outside the raster or cannot be transformed
     */
    public double valueAtMetres(double x, double y) {
        double[] p = transform(fromMetres, x, y);
        return valueAt(p[0], p[1]);
    }

    private double[] transform(MathTransform transform, double x, double y) {
        double[] out = new double[2];
        try {
            transform.transform(new double[] {x, y}, 0, out, 0, 1);
        } catch (TransformException e) {
            throw new IllegalArgumentException("cannot transform (" + x + ", " + y + ") into the CRS of raster '"
                    + name + "': " + e.getMessage(), e);
        }
        return out;
    }

    @Override
    public String toString() {
        return "RasterLayer[" + name + " from " + source + ", " + cols + " x " + rows + " cells]";
    }
}
