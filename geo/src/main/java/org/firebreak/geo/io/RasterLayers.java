package org.firebreak.geo.io;

import it.geosolutions.jaiext.range.NoDataContainer;
import java.awt.image.Raster;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import javax.imageio.ImageIO;
import javax.imageio.stream.ImageInputStream;
import org.geotools.api.metadata.spatial.PixelOrientation;
import org.geotools.api.referencing.FactoryException;
import org.geotools.api.referencing.crs.CoordinateReferenceSystem;
import org.geotools.api.referencing.operation.TransformException;
import org.geotools.coverage.grid.GridCoverage2D;
import org.geotools.coverage.grid.GridEnvelope2D;
import org.geotools.coverage.grid.io.AbstractGridCoverage2DReader;
import org.geotools.coverage.util.CoverageUtilities;
import org.geotools.gce.arcgrid.ArcGridReader;
import org.geotools.gce.geotiff.GeoTiffReader;
import org.geotools.geometry.jts.ReferencedEnvelope;
import org.geotools.referencing.operation.transform.AffineTransform2D;
import org.geotools.util.factory.Hints;
import org.locationtech.jts.geom.Envelope;

/**
 * Reads single-band rasters, GeoTIFF ({@code .tif}, {@code .tiff}) and ESRI ASCII grids
 * ({@code .asc}), with GeoTools' readers, into {@link RasterLayer}s.
 *
 * <p>CRS: a GeoTIFF's from its geo keys; an ASCII grid's from the {@code .prj} beside it (or, for
 * a resource, the {@code .prj} resource beside it). A raster without one is an error unless the
 * caller declares a CRS.
 *
 * <p>Nodata: cells holding the file's nodata value (or NaN) are counted; more than
 * {@link RasterReadOptions#maxNodataShare()} of them is an error naming the file, the share and
 * the first hole. Accepted holes read as NaN.
 *
 * <p>Files reach GeoTools' readers as streams, not paths. With a path the readers look for a
 * sidecar {@code .prj} themselves, through a GeoTools class that needs Apache Commons Lang, which
 * the GeoTools jar on Maven Central does not bundle; the {@code .prj} is read here instead.
 */
public final class RasterLayers {

    private RasterLayers() {
    }

    /**
     * Reads a raster with the {@linkplain RasterReadOptions#defaults() default options}: no nodata allowed.
     *
     * @param file a {@code .tif}, {@code .tiff} or {@code .asc} file
     * @return the raster
     * @throws GisInputException if the file cannot be read or used
     */
    public static RasterLayer read(Path file) throws GisInputException {
        return read(file, RasterReadOptions.defaults());
    }

    /**
     * Reads a raster.
     *
     * @param file a {@code .tif}, {@code .tiff} or {@code .asc} file
     * @param options the declared CRS, the nodata share accepted and the area to overlap
     * @return the raster
     * @throws GisInputException if the file cannot be read or used
     */
    public static RasterLayer read(Path file, RasterReadOptions options) throws GisInputException {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(options, "options");
        String source = file.toString();
        Optional<CoordinateReferenceSystem> prjCrs = Optional.empty();
        Optional<Path> prj = ShapefileReader.sibling(file, "prj");
        if (prj.isPresent() && isAsciiGrid(source)) {
            prjCrs = Optional.of(CrsSupport.parsePrj(prj.get().toString(), readText(prj.get())));
        }
        try (InputStream in = Files.newInputStream(file)) {
            return read(source, ShapefileReader.baseName(file), in, prjCrs, options);
        } catch (NoSuchFileException e) {
            throw GisInputException.of(source, "no such file", e);
        } catch (IOException e) {
            throw GisInputException.of(source, "cannot read: " + e.getMessage(), e);
        }
    }

    /**
     * Reads a GeoTIFF from a stream with the {@linkplain RasterReadOptions#defaults() default options}.
     * An ASCII grid needs its CRS declared: use {@link #read(String, InputStream, RasterReadOptions)}
     * or {@link #readResource(Class, String, RasterReadOptions)}. The stream is not closed.
     *
     * @param label names the raster in messages and ends with {@code .asc}, {@code .tif} or {@code .tiff}
     * @param in the raster's bytes
     * @return the raster
     * @throws GisInputException if the stream cannot be read or used
     */
    public static RasterLayer read(String label, InputStream in) throws GisInputException {
        return read(label, in, RasterReadOptions.defaults());
    }

    /**
     * Reads a raster from a stream, such as a resource in a jar; the format is told by the
     * label's extension. An ASCII grid read this way has no {@code .prj}: declare its CRS in the
     * options, or use {@link #readResource(Class, String, RasterReadOptions)}. The stream is not closed.
     *
     * @param label names the raster in messages and ends with {@code .asc}, {@code .tif} or {@code .tiff}
     * @param in the raster's bytes
     * @param options the declared CRS, the nodata share accepted and the area to overlap
     * @return the raster
     * @throws GisInputException if the stream cannot be read or used
     */
    public static RasterLayer read(String label, InputStream in, RasterReadOptions options) throws GisInputException {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(options, "options");
        String name = label.substring(Math.max(label.lastIndexOf('/'), label.lastIndexOf(':')) + 1);
        int dot = name.lastIndexOf('.');
        return read(label, dot > 0 ? name.substring(0, dot) : name, in, Optional.empty(), options);
    }

    /**
     * Reads a raster resource, with the {@code .prj} resource beside an ASCII grid.
     *
     * @param anchor the class whose loader finds the resource
     * @param resource the resource name as {@link Class#getResourceAsStream(String)} takes it,
     *     e.g. {@code "/terrain/elevation.asc"}
     * @param options the declared CRS, the nodata share accepted and the area to overlap
     * @return the raster
     * @throws GisInputException if there is no such resource or it cannot be read or used
     */
    public static RasterLayer readResource(Class<?> anchor, String resource, RasterReadOptions options)
            throws GisInputException {
        Optional<CoordinateReferenceSystem> prjCrs = Optional.empty();
        int dot = resource.lastIndexOf('.');
        String prjName = (dot > 0 ? resource.substring(0, dot) : resource) + ".prj";
        if (isAsciiGrid(resource)) {
            try (InputStream prj = anchor.getResourceAsStream(prjName)) {
                if (prj != null) {
                    prjCrs = Optional.of(CrsSupport.parsePrj(prjName, new String(prj.readAllBytes(),
                            StandardCharsets.UTF_8)));
                }
            } catch (IOException e) {
                throw GisInputException.of(prjName, "cannot read: " + e.getMessage(), e);
            }
        }
        try (InputStream in = anchor.getResourceAsStream(resource)) {
            if (in == null) {
                throw GisInputException.of(resource, "no such resource beside " + anchor.getName());
            }
            String name = resource.substring(resource.lastIndexOf('/') + 1);
            return read(resource, name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name, in, prjCrs,
                    options);
        } catch (IOException e) {
            throw GisInputException.of(resource, "cannot read: " + e.getMessage(), e);
        }
    }

    private static RasterLayer read(String source, String name, InputStream in,
            Optional<CoordinateReferenceSystem> prjCrs, RasterReadOptions options) throws GisInputException {
        GridCoverage2D coverage;
        CoordinateReferenceSystem crs;
        AbstractGridCoverage2DReader reader = null;
        ImageInputStream image = null;
        try {
            if (isAsciiGrid(source)) {
                crs = CrsSupport.resolve(source, prjCrs, options.declaredCrs(), "no .prj file beside it");
                // checked here first: the reader's own errors name no file, row or column
                byte[] text = AsciiGridCheck.read(source, in);
                reader = new ArcGridReader(new java.io.ByteArrayInputStream(text),
                        new Hints(Hints.DEFAULT_COORDINATE_REFERENCE_SYSTEM, crs));
                coverage = reader.read(null);
            } else if (isGeoTiff(source)) {
                image = ImageIO.createImageInputStream(in);
                reader = new GeoTiffReader(image);
                coverage = reader.read(null);
                CoordinateReferenceSystem own = coverage.getCoordinateReferenceSystem();
                crs = CrsSupport.resolve(source, CrsSupport.isUndefined(own) ? Optional.empty() : Optional.of(own),
                        options.declaredCrs(), "no geo keys naming one");
            } else {
                throw GisInputException.of(source, "unsupported raster format; expected a .tif, .tiff or .asc file");
            }
            return layer(source, name, coverage, crs, options);
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            throw GisInputException.of(source, "cannot read as a raster: " + e.getMessage(), e);
        } finally {
            if (reader != null) {
                reader.dispose();
            }
            closeQuietly(image);
        }
    }

    private static RasterLayer layer(String source, String name, GridCoverage2D coverage,
            CoordinateReferenceSystem crs, RasterReadOptions options) throws GisInputException {
        if (coverage.getNumSampleDimensions() != 1) {
            throw GisInputException.of(source, "has " + coverage.getNumSampleDimensions()
                    + " bands; expected a single-band raster");
        }
        if (!(coverage.getGridGeometry().getGridToCRS2D(PixelOrientation.UPPER_LEFT) instanceof AffineTransform2D)
                || ((AffineTransform2D) coverage.getGridGeometry().getGridToCRS2D(PixelOrientation.UPPER_LEFT))
                        .getShearX() != 0) {
            throw GisInputException.of(source, "is rotated or sheared; expected a north-up grid");
        }
        GridEnvelope2D range = coverage.getGridGeometry().getGridRange2D();
        int cols = range.width;
        int rows = range.height;
        ReferencedEnvelope bounds = new ReferencedEnvelope(coverage.getEnvelope2D());
        Envelope envelope = new Envelope(bounds.getMinX(), bounds.getMaxX(), bounds.getMinY(), bounds.getMaxY());

        NoDataContainer noData = CoverageUtilities.getNoDataProperty(coverage);
        OptionalDouble nodata = noData == null ? OptionalDouble.empty() : OptionalDouble.of(noData.getAsSingleValue());
        Raster data = coverage.getRenderedImage().getData();
        double[] samples = data.getSamples(data.getMinX(), data.getMinY(), cols, rows, 0, (double[]) null);
        float[] values = new float[samples.length];
        int firstHole = -1;
        int holes = 0;
        for (int i = 0; i < samples.length; i++) {
            // Compared as floats: a Float32 raster's nodata survives the trip through float exactly.
            boolean hole = Double.isNaN(samples[i]) || (nodata.isPresent()
                    && (float) samples[i] == (float) nodata.getAsDouble());
            values[i] = hole ? Float.NaN : (float) samples[i];
            if (hole) {
                holes++;
                firstHole = firstHole < 0 ? i : firstHole;
            }
        }
        RasterLayer layer = new RasterLayer(name, source, crs, envelope, cols, rows, nodata, values);
        if (layer.nodataShare() > options.maxNodataShare()) {
            int col = firstHole % cols;
            int row = firstHole / cols;
            throw GisInputException.of(source, String.format(Locale.ROOT, "%d of %d cells (%.1f%%) are nodata%s, "
                    + "more than the %.1f%% allowed; first hole at column %d, row %d (x %s, y %s); fill the holes "
                    + "or allow a nodata share when reading", holes, values.length, 100 * layer.nodataShare(),
                    nodata.isPresent() ? " (" + nodata.getAsDouble() + ")" : "", 100 * options.maxNodataShare(),
                    col, row, envelope.getMinX() + (col + 0.5) * layer.cellWidth(),
                    envelope.getMaxY() - (row + 0.5) * layer.cellHeight()));
        }
        if (options.area().isPresent()) {
            checkOverlapsArea(layer, options.area().get());
        }
        return layer;
    }

    private static void checkOverlapsArea(RasterLayer layer, Envelope area) throws GisInputException {
        Envelope e = layer.envelope();
        ReferencedEnvelope metres;
        try {
            metres = new ReferencedEnvelope(e.getMinX(), e.getMaxX(), e.getMinY(), e.getMaxY(), layer.crs())
                    .transform(SimulationCrs.frontier().crs(), true);
        } catch (TransformException | FactoryException ex) {
            throw GisInputException.of(layer.source(), "cannot reproject the raster's extent into the simulation "
                    + "CRS: " + ex.getMessage(), ex);
        }
        Envelope extent = new Envelope(metres.getMinX(), metres.getMaxX(), metres.getMinY(), metres.getMaxY());
        if (!extent.intersects(area)) {
            throw GisInputException.of(layer.source(), String.format(Locale.ROOT, "raster '%s' lies wholly outside "
                    + "the simulation area: raster extent x %.0f..%.0f m, y %.0f..%.0f m, area x %.0f..%.0f m, "
                    + "y %.0f..%.0f m (simulation metres); expected a raster of the simulated region", layer.name(),
                    extent.getMinX(), extent.getMaxX(), extent.getMinY(), extent.getMaxY(), area.getMinX(),
                    area.getMaxX(), area.getMinY(), area.getMaxY()));
        }
    }

    private static void closeQuietly(ImageInputStream image) {
        if (image != null) {
            try {
                image.close();
            } catch (IOException e) {
                // Only a cache file of ImageIO's could be left; the raster is read already.
            }
        }
    }

    private static boolean isAsciiGrid(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(".asc");
    }

    private static boolean isGeoTiff(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".tif") || lower.endsWith(".tiff");
    }

    private static String readText(Path file) throws GisInputException {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw GisInputException.of(file.toString(), "cannot read: " + e.getMessage(), e);
        }
    }
}
