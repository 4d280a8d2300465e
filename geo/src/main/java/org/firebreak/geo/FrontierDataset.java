package org.firebreak.geo;

import java.nio.file.Path;
import java.util.Optional;
import org.firebreak.core.terrain.MapTerrain;
import org.firebreak.data.BundledDatasets;
import org.firebreak.geo.io.SimulationCrs;
import org.geotools.api.referencing.crs.CoordinateReferenceSystem;

/**
 * The bundled regional dataset ("frontier": longitude 38–50 E, latitude 28–38 N) as a
 * {@link MapTerrain} in the {@link SimulationCrs}, loaded from the firebreak-data jar with
 * one call: {@code FrontierDataset.load()}. A modeller's own dataset in the same layout loads
 * with {@link #loadDirectory}.
 */
public final class FrontierDataset {
    /** The dataset id scenario files use. */
    public static final String NAME = BundledDatasets.FRONTIER;
    /** Cell size of the metric elevation grid, metres. */
    public static final double ELEVATION_CELL_M = MapDataset.ELEVATION_CELL_M;

    private FrontierDataset() {
    }

    /**
     * @return the bundled frontier terrain
     * @throws IllegalArgumentException if a bundled file does not hold what the layout promises (a broken jar)
     */
    public static MapTerrain load() {
        return MapDataset.load(new LayerSource.Bundled(NAME));
    }

    /**
     * Loads a dataset of the modeller's own: a directory holding {@code dataset.json} and the
     * layer files it names (GeoJSON, Shapefile or GeoPackage; GeoTIFF or ESRI ASCII grid),
     * with the layout and properties of the bundled one (see the data module's README).
     *
     * @param dir the directory
     * @param declaredCrs the CRS of layer files that carry none; without it such a file is an error
     * @return the terrain, in the simulation CRS
     * @throws IllegalArgumentException naming the file and feature of whatever is missing or invalid
     */
    public static MapTerrain loadDirectory(Path dir, Optional<CoordinateReferenceSystem> declaredCrs) {
        return MapDataset.load(new LayerSource.Directory(dir, declaredCrs));
    }
}
