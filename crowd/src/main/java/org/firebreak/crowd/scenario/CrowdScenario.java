package org.firebreak.crowd.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.firebreak.core.param.ParameterSpec;
import org.firebreak.crowd.CrowdGeometry;
import org.firebreak.crowd.CrowdSettings;
import org.firebreak.crowd.Point;
import org.firebreak.crowd.Polygon;
import org.firebreak.crowd.measure.CrowdMeasureConfig;
import org.firebreak.crowd.measure.MeasurementArea;
import org.firebreak.crowd.measure.MeasurementLine;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * A validated crowd scenario file (format in docs/crowd-scenarios.md): a site in local metres,
 * who walks through it and how, how long, and what is measured. Read with
 * {@link CrowdScenarioLoader}; written back in canonical form with {@link CrowdScenarioCodec}.
 *
 * @param version the format version ({@link CrowdScenarioLoader#CURRENT_VERSION})
 * @param name id of the scenario ([a-z0-9-]+)
 * @param description what the scenario is about
 * @param seed the run's one seed
 * @param durationSeconds simulated time, s
 * @param settings step, desired speeds, radii, threads
 * @param model the pedestrian model and its parameters
 * @param geometry walls, obstacles, gates, sources, sinks, waiting areas, measurement lines
 * @param walkable the outline of the walkable region, or null when the file gives none
 * @param measurement what is measured
 */
public record CrowdScenario(int version, String name, String description, long seed, double durationSeconds,
        CrowdSettings settings, ModelChoice model, CrowdGeometry geometry, Polygon walkable,
        Measurement measurement) {

    /** Simulated time. */
    public static final ParameterSpec DURATION = new ParameterSpec("duration_s", "s", 1, 86_400, 600,
            "simulated time of a run");

    /** Rejects missing parts. */
    public CrowdScenario {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(geometry, "geometry");
        Objects.requireNonNull(measurement, "measurement");
        DURATION.check(durationSeconds);
    }

    /** @return this scenario with another seed */
    public CrowdScenario withSeed(long s) {
        return new CrowdScenario(version, name, description, s, durationSeconds, settings, model, geometry, walkable,
                measurement);
    }

    /** @return this scenario with another simulated time, s (range-checked) */
    public CrowdScenario withDurationSeconds(double seconds) {
        return new CrowdScenario(version, name, description, seed, DURATION.check(seconds), settings, model, geometry,
                walkable, measurement);
    }

    /** @return this scenario stepped on another number of threads (results do not change) */
    public CrowdScenario withThreads(int threads) {
        return new CrowdScenario(version, name, description, seed, durationSeconds, settings.withThreads(threads),
                model, geometry, walkable, measurement);
    }

    /** @return this scenario writing trajectories.geojson too (trajectories sampled at the file's interval, or 0.5 s when off) */
    public CrowdScenario withTrajectoryGeoJson() {
        Measurement m = measurement;
        double interval = m.trajectoryInterval() >= 0 ? m.trajectoryInterval()
                : CrowdMeasureConfig.TRAJECTORY_INTERVAL.defaultValue();
        Measurement g = new Measurement(m.cellSize(), m.binSeconds(), m.voronoiInterval(), m.voronoiMaxRadius(),
                m.voronoiAllPersons(), m.exposureThresholds(), interval, true, m.areas());
        return new CrowdScenario(version, name, description, seed, durationSeconds, settings, model, geometry,
                walkable, g);
    }

    /**
     * The measurement configuration: the density grid over the site's bounds, the walkable region
     * (the outline less the obstacles) when the file gives one, the areas and the geometry's lines.
     *
     * @return the configuration for {@link org.firebreak.crowd.measure.CrowdMeasurement}
     */
    public CrowdMeasureConfig measureConfig() {
        double[] b = geometry.bounds();
        GeometryFactory gf = new GeometryFactory();
        Geometry walk = null;
        if (walkable != null) {
            walk = jts(gf, walkable);
            for (Polygon o : geometry.obstacles()) {
                walk = walk.difference(jts(gf, o));
            }
        }
        List<MeasurementArea> areas = new ArrayList<>();
        for (NamedArea a : measurement.areas()) {
            areas.add(new MeasurementArea(a.name(), jts(gf, a.area())));
        }
        List<MeasurementLine> lines = new ArrayList<>();
        for (org.firebreak.crowd.MeasurementLine l : geometry.measurementLines()) {
            lines.add(new MeasurementLine(l.name(), l.line().x1(), l.line().y1(), l.line().x2(), l.line().y2()));
        }
        return new CrowdMeasureConfig(new Envelope(b[0], b[2], b[1], b[3]), measurement.cellSize(), walk, areas,
                lines, measurement.binSeconds(), measurement.voronoiInterval(), measurement.voronoiMaxRadius(),
                measurement.voronoiAllPersons(), measurement.exposureThresholds(), measurement.trajectoryInterval(),
                measurement.trajectoryGeoJson());
    }

    /** @return the polygon as a JTS polygon */
    static org.locationtech.jts.geom.Polygon jts(GeometryFactory gf, Polygon p) {
        List<Point> v = p.vertices();
        Coordinate[] c = new Coordinate[v.size() + 1];
        for (int i = 0; i < v.size(); i++) {
            c[i] = new Coordinate(v.get(i).x(), v.get(i).y());
        }
        c[v.size()] = c[0];
        return gf.createPolygon(c);
    }

    /**
     * A named measurement area.
     *
     * @param name unique among areas
     * @param area the region
     */
    public record NamedArea(String name, Polygon area) {
        /** Rejects missing parts. */
        public NamedArea {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(area, "area");
        }
    }

    /**
     * What a run measures (docs/crowd-outputs.md explains each file).
     *
     * @param cellSize density grid cell side, m
     * @param binSeconds time bin width of density.csv and flow.csv, s
     * @param voronoiInterval time between Voronoi evaluations, s (0 = every observation)
     * @param voronoiMaxRadius radius a Voronoi cell is clipped to, m
     * @param voronoiAllPersons whether every person gets a Voronoi cell (exposure by Voronoi everywhere)
     * @param exposureThresholds densities above which exposure time is counted, persons/m², increasing
     * @param trajectoryInterval time between trajectory samples, s (0 = every observation, negative = none)
     * @param trajectoryGeoJson whether trajectories.geojson is written too
     * @param areas measurement areas
     */
    public record Measurement(double cellSize, double binSeconds, double voronoiInterval, double voronoiMaxRadius,
            boolean voronoiAllPersons, List<Double> exposureThresholds, double trajectoryInterval,
            boolean trajectoryGeoJson, List<NamedArea> areas) {
        /** Range-checks the numbers (with the measurement package's own specs) and copies the lists. */
        public Measurement {
            CrowdMeasureConfig.CELL_SIZE.check(cellSize);
            CrowdMeasureConfig.BIN.check(binSeconds);
            CrowdMeasureConfig.VORONOI_INTERVAL.check(voronoiInterval);
            CrowdMeasureConfig.VORONOI_RADIUS.check(voronoiMaxRadius);
            CrowdMeasureConfig.TRAJECTORY_INTERVAL.check(trajectoryInterval);
            exposureThresholds = List.copyOf(exposureThresholds);
            exposureThresholds.forEach(CrowdMeasureConfig.THRESHOLD::check);
            areas = List.copyOf(areas);
        }

        /** @return the measurement's defaults, without areas */
        public static Measurement defaults() {
            return new Measurement(CrowdMeasureConfig.CELL_SIZE.defaultValue(), CrowdMeasureConfig.BIN.defaultValue(),
                    CrowdMeasureConfig.VORONOI_INTERVAL.defaultValue(), CrowdMeasureConfig.VORONOI_RADIUS.defaultValue(),
                    false, List.of(4.0, 6.0), CrowdMeasureConfig.TRAJECTORY_INTERVAL.defaultValue(), false, List.of());
        }
    }
}
