package org.firebreak.geo.io;

import java.util.Objects;
import java.util.Optional;
import org.geotools.api.referencing.crs.CoordinateReferenceSystem;
import org.locationtech.jts.geom.Envelope;

/**
 * How {@link VectorLayers} reads a layer. Start from {@link #defaults()} and change what you need:
 * <pre>{@code
 * VectorReadOptions.defaults().declaredCrs(utm38n).area(simulationArea)
 * }</pre>
 *
 * @param declaredCrs the CRS to assume when the file names none (a Shapefile without
 *     {@code .prj}, a GeoPackage table with an undefined SRS); a file's own CRS always wins
 * @param reproject whether geometries are reprojected into {@link org.firebreak.geo.io.SimulationCrs#frontier()}
 *     metres (the default), or kept in the file's own CRS (WGS 84 longitude/latitude for GeoJSON)
 * @param area when present, the simulation area in simulation metres: a layer none of whose
 *     features intersects it is refused. Needs {@code reproject}.
 * @param layerName the GeoPackage table to read; may be left empty when the file holds one
 *     feature table. Ignored by the other formats.
 * @param invalidGeometry what to do with a geometry that is not valid (a self-intersecting polygon)
 */
public record VectorReadOptions(Optional<CoordinateReferenceSystem> declaredCrs, boolean reproject,
        Optional<Envelope> area, Optional<String> layerName, InvalidGeometry invalidGeometry) {

    /** What to do with a feature whose geometry is not valid in the sense of the OGC Simple Features. */
    public enum InvalidGeometry {
        /** Repair it with JTS' {@code GeometryFixer}, log a warning and record it on the layer. */
        REPAIR,
        /** Refuse the layer with an error naming the feature. */
        REJECT
    }

    /**
     * @param declaredCrs see the record description
     * @param reproject see the record description
     * @param area see the record description
     * @param layerName see the record description
     * @param invalidGeometry see the record description
     * @throws IllegalArgumentException if an area is given without reprojection, or is empty
     */
    public VectorReadOptions {
        Objects.requireNonNull(declaredCrs, "declaredCrs");
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(layerName, "layerName");
        Objects.requireNonNull(invalidGeometry, "invalidGeometry");
        area = area.map(Envelope::new); // JTS envelopes are mutable: keep our own copy
        if (area.isPresent() && !reproject) {
            throw new IllegalArgumentException("an area (in simulation metres) can only be checked when "
                    + "the layer is reprojected into the simulation CRS");
        }
        if (area.isPresent() && area.get().isNull()) {
            throw new IllegalArgumentException("the simulation area must not be an empty envelope");
        }
    }

    /**
     * @return no declared CRS, reprojection into the simulation CRS, no area check, the only
     *     GeoPackage table, invalid geometries repaired
     */
    public static VectorReadOptions defaults() {
        return new VectorReadOptions(Optional.empty(), true, Optional.empty(), Optional.empty(),
                InvalidGeometry.REPAIR);
    }

    /**
     * @param crs the CRS to assume when the file names none
     * @return a copy with that declared CRS
     */
    public VectorReadOptions declaredCrs(CoordinateReferenceSystem crs) {
        return new VectorReadOptions(Optional.of(crs), reproject, area, layerName, invalidGeometry);
    }

    /**
     * @param reprojectIntoSimulationCrs {@code false} to keep geometries in the file's own CRS
     * @return a copy with that choice
     */
    public VectorReadOptions reproject(boolean reprojectIntoSimulationCrs) {
        return new VectorReadOptions(declaredCrs, reprojectIntoSimulationCrs, area, layerName, invalidGeometry);
    }

    /**
     * @param simulationArea the area in simulation metres that some feature must intersect
     * @return a copy with that area
     */
    public VectorReadOptions area(Envelope simulationArea) {
        return new VectorReadOptions(declaredCrs, reproject, Optional.of(simulationArea), layerName, invalidGeometry);
    }

    /**
     * @param name the GeoPackage feature table to read
     * @return a copy with that layer name
     */
    public VectorReadOptions layerName(String name) {
        return new VectorReadOptions(declaredCrs, reproject, area, Optional.of(name), invalidGeometry);
    }

    /**
     * @param policy what to do with invalid geometries
     * @return a copy with that policy
     */
    public VectorReadOptions invalidGeometry(InvalidGeometry policy) {
        return new VectorReadOptions(declaredCrs, reproject, area, layerName, policy);
    }
}
