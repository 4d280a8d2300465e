package org.firebreak.crowd.measure;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.firebreak.core.param.ParameterSpec;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * What to measure in a crowd run and how finely, in local metres and seconds. Immutable; every
 * number is range-checked with a message naming its key.
 *
 * @param gridBounds the box the density grid covers (m)
 * @param cellSize grid cell side (m)
 * @param walkable the walkable area, or null when everything is walkable; grid cells wholly
 *     outside it are excluded and Voronoi cells are clipped to it
 * @param areas measurement areas for classic and Voronoi density and speed
 * @param lines measurement lines for flow
 * @param binSeconds width of the time bins of density.csv and flow.csv (s)
 * @param voronoiIntervalSeconds time between Voronoi evaluations (s); 0 evaluates every observation
 * @param voronoiMaxRadius Voronoi cells are clipped to a disc of this radius around the person (m)
 * @param voronoiAllPersons whether every person's Voronoi cell is built, not only those near a
 *     measurement area (needed for Voronoi-based exposure everywhere)
 * @param exposureThresholds densities (persons/m²) above which exposure time is counted, increasing
 * @param trajectoryIntervalSeconds time between trajectory samples (s); 0 samples every
 *     observation; negative records no trajectories
 * @param trajectoryGeoJson whether to write trajectories.geojson too
 */
public record CrowdMeasureConfig(Envelope gridBounds, double cellSize, Geometry walkable,
                                 List<MeasurementArea> areas, List<MeasurementLine> lines, double binSeconds,
                                 double voronoiIntervalSeconds, double voronoiMaxRadius, boolean voronoiAllPersons,
                                 List<Double> exposureThresholds, double trajectoryIntervalSeconds,
                                 boolean trajectoryGeoJson) {

    /** Grid cell side. */
    public static final ParameterSpec CELL_SIZE = new ParameterSpec("cell_size", "m", 0.05, 100, 0.5,
            "side of a density grid cell");
    /** Time bin width. */
    public static final ParameterSpec BIN = new ParameterSpec("bin_seconds", "s", 0.01, 86_400, 1,
            "width of a time bin for density and flow");
    /** Voronoi interval. */
    public static final ParameterSpec VORONOI_INTERVAL = new ParameterSpec("voronoi_interval", "s", 0, 3600, 0.5,
            "time between Voronoi evaluations; 0 = every observation");
    /** Voronoi cut-off radius. */
    public static final ParameterSpec VORONOI_RADIUS = new ParameterSpec("voronoi_max_radius", "m", 0.1, 100, 1,
            "radius of the disc a Voronoi cell is clipped to");
    /** Exposure threshold. */
    public static final ParameterSpec THRESHOLD = new ParameterSpec("exposure_threshold", "persons/m²", 0.01, 100,
            4, "density above which exposure time is counted");
    /** Trajectory interval. */
    public static final ParameterSpec TRAJECTORY_INTERVAL = new ParameterSpec("trajectory_interval", "s", -1,
            3600, 0.5, "time between trajectory samples; 0 = every observation; negative = none");

    /** Checks every value and copies the lists. */
    public CrowdMeasureConfig {
        Objects.requireNonNull(gridBounds, "grid_bounds");
        if (gridBounds.isNull() || !(gridBounds.getWidth() > 0) || !(gridBounds.getHeight() > 0)) {
            throw new IllegalArgumentException("grid_bounds = " + gridBounds
                    + "; expected a box of positive width and height in m");
        }
        gridBounds = new Envelope(gridBounds);
        CELL_SIZE.check(cellSize);
        if (walkable != null && (walkable.isEmpty() || !walkable.isValid() || !(walkable.getArea() > 0))) {
            throw new IllegalArgumentException("walkable: expected a valid geometry with positive area in m²");
        }
        areas = List.copyOf(areas);
        lines = List.copyOf(lines);
        unique("measurement area", areas.stream().map(MeasurementArea::id).toList());
        unique("measurement line", lines.stream().map(MeasurementLine::id).toList());
        BIN.check(binSeconds);
        VORONOI_INTERVAL.check(voronoiIntervalSeconds);
        VORONOI_RADIUS.check(voronoiMaxRadius);
        exposureThresholds = List.copyOf(exposureThresholds);
        double last = 0;
        for (double t : exposureThresholds) {
            THRESHOLD.check(t);
            if (t <= last) {
                throw new IllegalArgumentException("exposure_thresholds = " + exposureThresholds
                        + "; expected strictly increasing densities in persons/m²");
            }
            last = t;
        }
        TRAJECTORY_INTERVAL.check(trajectoryIntervalSeconds);
        long cells = (long) Math.ceil(gridBounds.getWidth() / cellSize) * (long) Math.ceil(gridBounds.getHeight() / cellSize);
        if (cells > 4_000_000) {
            throw new IllegalArgumentException("grid_bounds and cell_size give " + cells
                    + " cells; expected at most 4000000 (use larger cells or a smaller box)");
        }
    }

    private static void unique(String what, List<String> ids) {
        Set<String> seen = new HashSet<>();
        for (String id : ids) {
            if (!seen.add(id)) {
                throw new IllegalArgumentException(what + " id " + id + " is used twice; expected unique names");
            }
        }
    }

    /**
     * @param gridBounds the box the density grid covers (m)
     * @return the defaults: 0.5 m cells, no walkable mask, no areas or lines, 1 s bins, Voronoi
     *     every 0.5 s within 1 m near areas, exposure above 4 and 6 persons/m², trajectories every 0.5 s
     */
    public static CrowdMeasureConfig defaults(Envelope gridBounds) {
        return new CrowdMeasureConfig(gridBounds, CELL_SIZE.defaultValue(), null, List.of(), List.of(),
                BIN.defaultValue(), VORONOI_INTERVAL.defaultValue(), VORONOI_RADIUS.defaultValue(), false,
                List.of(4.0, 6.0), TRAJECTORY_INTERVAL.defaultValue(), false);
    }

    /** @return a copy with this grid cell side (m) */
    public CrowdMeasureConfig withCellSize(double size) {
        return new CrowdMeasureConfig(gridBounds, size, walkable, areas, lines, binSeconds, voronoiIntervalSeconds,
                voronoiMaxRadius, voronoiAllPersons, exposureThresholds, trajectoryIntervalSeconds, trajectoryGeoJson);
    }

    /** @return a copy with this walkable area (null: everything walkable) */
    public CrowdMeasureConfig withWalkable(Geometry area) {
        return new CrowdMeasureConfig(gridBounds, cellSize, area, areas, lines, binSeconds, voronoiIntervalSeconds,
                voronoiMaxRadius, voronoiAllPersons, exposureThresholds, trajectoryIntervalSeconds, trajectoryGeoJson);
    }

    /** @return a copy with these measurement areas */
    public CrowdMeasureConfig withAreas(List<MeasurementArea> list) {
        return new CrowdMeasureConfig(gridBounds, cellSize, walkable, list, lines, binSeconds, voronoiIntervalSeconds,
                voronoiMaxRadius, voronoiAllPersons, exposureThresholds, trajectoryIntervalSeconds, trajectoryGeoJson);
    }

    /** @return a copy with these measurement lines */
    public CrowdMeasureConfig withLines(List<MeasurementLine> list) {
        return new CrowdMeasureConfig(gridBounds, cellSize, walkable, areas, list, binSeconds, voronoiIntervalSeconds,
                voronoiMaxRadius, voronoiAllPersons, exposureThresholds, trajectoryIntervalSeconds, trajectoryGeoJson);
    }

    /** @return a copy with this time bin width (s) */
    public CrowdMeasureConfig withBinSeconds(double seconds) {
        return new CrowdMeasureConfig(gridBounds, cellSize, walkable, areas, lines, seconds, voronoiIntervalSeconds,
                voronoiMaxRadius, voronoiAllPersons, exposureThresholds, trajectoryIntervalSeconds, trajectoryGeoJson);
    }

    /** @return a copy with these Voronoi settings: interval (s), cut-off radius (m), all persons or not */
    public CrowdMeasureConfig withVoronoi(double intervalSeconds, double maxRadius, boolean allPersons) {
        return new CrowdMeasureConfig(gridBounds, cellSize, walkable, areas, lines, binSeconds, intervalSeconds,
                maxRadius, allPersons, exposureThresholds, trajectoryIntervalSeconds, trajectoryGeoJson);
    }

    /** @return a copy with these exposure thresholds (persons/m², increasing) */
    public CrowdMeasureConfig withExposureThresholds(double... thresholds) {
        List<Double> list = new ArrayList<>();
        for (double t : thresholds) {
            list.add(t);
        }
        return new CrowdMeasureConfig(gridBounds, cellSize, walkable, areas, lines, binSeconds, voronoiIntervalSeconds,
                voronoiMaxRadius, voronoiAllPersons, list, trajectoryIntervalSeconds, trajectoryGeoJson);
    }

    /** @return a copy with this trajectory sampling (s; negative: none) and GeoJSON choice */
    public CrowdMeasureConfig withTrajectories(double intervalSeconds, boolean geoJson) {
        return new CrowdMeasureConfig(gridBounds, cellSize, walkable, areas, lines, binSeconds, voronoiIntervalSeconds,
                voronoiMaxRadius, voronoiAllPersons, exposureThresholds, intervalSeconds, geoJson);
    }
}
