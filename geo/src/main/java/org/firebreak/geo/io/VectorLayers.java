package org.firebreak.geo.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.geotools.api.referencing.crs.CoordinateReferenceSystem;

/**
 * Reads vector layers (GeoJSON, ESRI Shapefile, GeoPackage) into {@link VectorLayer}s whose
 * geometries are in the simulation CRS.
 *
 * <p>The format is chosen by the file's extension: {@code .geojson} or {@code .json} (RFC 7946;
 * WGS 84), {@code .shp} (with its {@code .dbf}, {@code .prj}, optional {@code .shx} and
 * {@code .cpg}), {@code .gpkg} (one feature table: the only one, or the one named in the
 * options). Every layer's CRS is read from the file; a layer whose file names none is an error
 * unless the caller declares one.
 *
 * <p>Whatever goes wrong with the input is a {@link GisInputException} naming the file and, where
 * one is at fault, the feature; a layer is never silently empty. Invalid geometries are repaired
 * with a warning (see {@link VectorReadOptions.InvalidGeometry}).
 */
public final class VectorLayers {

    private VectorLayers() {
    }

    /**
     * Reads a layer with the {@linkplain VectorReadOptions#defaults() default options}.
     *
     * @param file a {@code .geojson}, {@code .json}, {@code .shp} or {@code .gpkg} file
     * @return the layer, reprojected into the simulation CRS
     * @throws GisInputException if the file cannot be read or used
     */
    public static VectorLayer read(Path file) throws GisInputException {
        return read(file, VectorReadOptions.defaults());
    }

    /**
     * Reads a layer, with the CRS to assume if the file names none.
     *
     * @param file a {@code .geojson}, {@code .json}, {@code .shp} or {@code .gpkg} file
     * @param declaredCrs the CRS the scenario declares for the layer, if any
     * @return the layer, reprojected into the simulation CRS
     * @throws GisInputException if the file cannot be read or used
     */
    public static VectorLayer read(Path file, Optional<CoordinateReferenceSystem> declaredCrs)
            throws GisInputException {
        VectorReadOptions defaults = VectorReadOptions.defaults();
        return read(file, declaredCrs.map(defaults::declaredCrs).orElse(defaults));
    }

    /**
     * Reads a layer.
     *
     * @param file a {@code .geojson}, {@code .json}, {@code .shp} or {@code .gpkg} file
     * @param options the declared CRS, reprojection, area check, GeoPackage table and repair policy
     * @return the layer
     * @throws GisInputException if the file cannot be read or used
     */
    public static VectorLayer read(Path file, VectorReadOptions options) throws GisInputException {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(options, "options");
        String source = file.toString();
        RawLayer raw;
        switch (extension(file)) {
            case "geojson":
            case "json":
                try (InputStream in = Files.newInputStream(file)) {
                    raw = GeoJsonLayerReader.read(source, ShapefileReader.baseName(file), in);
                } catch (NoSuchFileException e) {
                    throw GisInputException.of(source, "no such file", e);
                } catch (IOException e) {
                    throw GisInputException.of(source, "cannot read: " + e.getMessage(), e);
                }
                break;
            case "shp":
                raw = ShapefileReader.read(file, options.declaredCrs());
                break;
            case "gpkg":
                raw = GeoPackageLayerReader.read(file, options.layerName(), options.declaredCrs());
                break;
            default:
                throw GisInputException.of(source, "unsupported vector format; expected a .geojson, .json, "
                        + ".shp or .gpkg file");
        }
        return LayerAssembler.assemble(raw, options);
    }

    /**
     * Reads a GeoJSON layer from a stream, such as a resource inside a jar. The stream is read to
     * its end but not closed.
     *
     * @param label names the resource in messages and gives the layer name when the GeoJSON has no
     *     {@code name} member, e.g. {@code "firebreak-data:borders.geojson"}
     * @param geoJson the GeoJSON text, UTF-8
     * @return the layer, reprojected into the simulation CRS
     * @throws GisInputException if the stream cannot be read or used
     */
    public static VectorLayer read(String label, InputStream geoJson) throws GisInputException {
        return read(label, geoJson, VectorReadOptions.defaults());
    }

    /**
     * Reads a GeoJSON layer from a stream, such as a resource inside a jar. The stream is read to
     * its end but not closed.
     *
     * @param label names the resource in messages and gives the layer name when the GeoJSON has no
     *     {@code name} member
     * @param geoJson the GeoJSON text, UTF-8
     * @param options reprojection, area check and repair policy
     * @return the layer
     * @throws GisInputException if the stream cannot be read or used
     */
    public static VectorLayer read(String label, InputStream geoJson, VectorReadOptions options)
            throws GisInputException {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(geoJson, "geoJson");
        Objects.requireNonNull(options, "options");
        String name = label.substring(Math.max(label.lastIndexOf('/'), label.lastIndexOf(':')) + 1);
        int dot = name.lastIndexOf('.');
        RawLayer raw = GeoJsonLayerReader.read(label, dot > 0 ? name.substring(0, dot) : name,
                new NonClosingInputStream(geoJson));
        return LayerAssembler.assemble(raw, options);
    }

    /**
     * Lists the feature tables of a GeoPackage, to choose one with {@link VectorReadOptions#layerName(String)}.
     *
     * @param file a {@code .gpkg} file
     * @return the names of its feature tables
     * @throws GisInputException if the file is not a readable GeoPackage
     */
    public static List<String> geoPackageLayers(Path file) throws GisInputException {
        return GeoPackageLayerReader.featureTables(file);
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** The caller owns the stream; Jackson would otherwise close it. */
    private static final class NonClosingInputStream extends java.io.FilterInputStream {
        NonClosingInputStream(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
            // left open for the caller
        }
    }
}
