package org.firebreak.geo;

import org.firebreak.core.terrain.TerrainCatalog;
import org.firebreak.geo.io.SimulationCrs;

/** The terrain datasets the library can load: core's built-ins plus the bundled GIS datasets. */
public final class GeoTerrains {
    /** The dataset the app uses by default. */
    public static final String DEFAULT_DATASET = FrontierDataset.NAME;

    private GeoTerrains() {
    }

    /**
     * @param dataset a dataset id
     * @return whether its coordinates are in the {@link SimulationCrs}, so they can be written as lon/lat
     */
    public static boolean isGeographic(String dataset) {
        return FrontierDataset.NAME.equals(dataset);
    }

    /**
     * @return a catalog with {@code synthetic} and {@code frontier} (loaded on first use), which also
     *     loads dataset directories that scenarios name by path
     */
    public static TerrainCatalog catalog() {
        return TerrainCatalog.withBuiltIns().register(FrontierDataset.NAME,
                "Iran-Iraq frontier and Iraq-Syria border, 38-50 E, 28-38 N (bundled: OSM, ETOPO5, Natural Earth, "
                        + "GeoNames)", FrontierDataset::load)
                .directoryLoader((dir, crs) -> FrontierDataset.loadDirectory(dir, crs.map(GeoTerrains::decode)));
    }

    private static org.geotools.api.referencing.crs.CoordinateReferenceSystem decode(String code) {
        try {
            return org.geotools.referencing.CRS.decode(code, true);
        } catch (org.geotools.api.referencing.FactoryException e) {
            throw new IllegalArgumentException("terrain.crs '" + code + "' is not a CRS this library knows; expected an "
                    + "EPSG code such as EPSG:32638", e);
        }
    }
}
