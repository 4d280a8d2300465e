package org.firebreak.geo.io;

import java.util.Objects;
import java.util.Optional;
import org.geotools.api.referencing.crs.CoordinateReferenceSystem;
import org.locationtech.jts.geom.Envelope;

/**
 * How {@link RasterLayers} reads a raster. Start from {@link #defaults()}.
 *
 * @param declaredCrs the CRS to assume when the file names none (an ASCII grid without
 *     {@code .prj}, a GeoTIFF without geo keys); a file's own CRS always wins
 * @param maxNodataShare the largest share of nodata cells accepted, 0 to 1. The default, 0,
 *     refuses a raster with any nodata hole: terrain with holes would let agents walk through
 *     places nobody described. Allow a share for rasters whose holes lie outside the area of
 *     interest; sampling a hole then gives {@code NaN}.
 * @param area when present, the simulation area in simulation metres, which the raster must
 *     overlap
 */
public record RasterReadOptions(Optional<CoordinateReferenceSystem> declaredCrs, double maxNodataShare,
        Optional<Envelope> area) {

    /**
     * @param declaredCrs see the record description
     * @param maxNodataShare see the record description
     * @param area see the record description
     * @throws IllegalArgumentException if the share is not within 0 to 1, or the area is empty
     */
    public RasterReadOptions {
        Objects.requireNonNull(declaredCrs, "declaredCrs");
        Objects.requireNonNull(area, "area");
        if (!(maxNodataShare >= 0 && maxNodataShare <= 1)) {
            throw new IllegalArgumentException("maxNodataShare must be within 0 and 1, got " + maxNodataShare);
        }
        area = area.map(Envelope::new);
        if (area.isPresent() && area.get().isNull()) {
            throw new IllegalArgumentException("the simulation area must not be an empty envelope");
        }
    }

    /** @return no declared CRS, no nodata accepted, no area check */
    public static RasterReadOptions defaults() {
        return new RasterReadOptions(Optional.empty(), 0, Optional.empty());
    }

    /**
     * @param crs the CRS to assume when the file names none
     * @return a copy with that declared CRS
     */
    public RasterReadOptions declaredCrs(CoordinateReferenceSystem crs) {
        return new RasterReadOptions(Optional.of(crs), maxNodataShare, area);
    }

    /**
     * @param share the largest share of nodata cells to accept, 0 to 1
     * @return a copy with that limit
     */
    public RasterReadOptions maxNodataShare(double share) {
        return new RasterReadOptions(declaredCrs, share, area);
    }

    /**
     * @param simulationArea the area in simulation metres that the raster must overlap
     * @return a copy with that area
     */
    public RasterReadOptions area(Envelope simulationArea) {
        return new RasterReadOptions(declaredCrs, maxNodataShare, Optional.of(simulationArea));
    }
}
