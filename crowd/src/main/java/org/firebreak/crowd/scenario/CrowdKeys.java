package org.firebreak.crowd.scenario;

import java.util.List;
import org.firebreak.core.param.ParameterSpec;
import org.firebreak.crowd.CrowdSettings;

/** The keys of the crowd scenario format, in documented order; reader, writer and messages share them. */
final class CrowdKeys {
    static final String VERSION = "version";
    static final String KIND = "kind";
    static final String CROWD = "crowd";
    static final String NAME = "name";
    static final String DESCRIPTION = "description";
    static final String SEED = "seed";
    static final String DURATION = CrowdScenario.DURATION.key();
    static final String SETTINGS = "settings";
    static final String MODEL = "model";
    static final String GEOMETRY = "geometry";
    static final String GEOMETRY_FILE = "geometry_file";
    static final String MEASUREMENT = "measurement";
    static final List<String> TOP = List.of(VERSION, KIND, NAME, DESCRIPTION, SEED, DURATION, SETTINGS, MODEL,
            GEOMETRY, GEOMETRY_FILE, MEASUREMENT);

    static final String ID = "id";
    static final List<String> SETTINGS_KEYS = keys(CrowdSettings.SPECS);

    static final String WALKABLE = "walkable";
    static final String WALLS = "walls";
    static final String OBSTACLES = "obstacles";
    static final String GATES = "gates";
    static final String SOURCES = "sources";
    static final String SINKS = "sinks";
    static final String WAITING_AREAS = "waiting_areas";
    static final List<String> GEOMETRY_KEYS = List.of(WALKABLE, WALLS, OBSTACLES, GATES, SOURCES, SINKS,
            WAITING_AREAS);

    static final String PASSAGE = "passage";
    static final String LANES = "lanes";
    static final String SERVICE = "service";
    static final String AREA = "area";
    static final String RATE = "rate_per_s";
    static final String ROUTE = "route";
    static final String STAY = "stay";
    static final String DISTRIBUTION = "distribution";
    static final String MEAN = "mean_s";
    static final List<String> GATE_KEYS = List.of(NAME, PASSAGE, LANES, SERVICE);
    static final List<String> SOURCE_KEYS = List.of(NAME, AREA, RATE, ROUTE);
    static final List<String> SINK_KEYS = List.of(NAME, AREA);
    static final List<String> WAITING_KEYS = List.of(NAME, AREA, STAY);
    static final List<String> SERVICE_KEYS = List.of(DISTRIBUTION, MEAN);

    static final String CELL_SIZE = "cell_size";
    static final String BIN = "bin_s";
    static final String VORONOI_INTERVAL = "voronoi_interval_s";
    static final String VORONOI_RADIUS = "voronoi_max_radius";
    static final String VORONOI_ALL = "voronoi_all_persons";
    static final String THRESHOLDS = "exposure_thresholds";
    static final String TRAJECTORY_INTERVAL = "trajectory_interval_s";
    static final String TRAJECTORY_GEOJSON = "trajectory_geojson";
    static final String AREAS = "areas";
    static final String LINES = "lines";
    static final String LINE = "line";
    static final List<String> MEASUREMENT_KEYS = List.of(CELL_SIZE, BIN, VORONOI_INTERVAL, VORONOI_RADIUS,
            VORONOI_ALL, THRESHOLDS, TRAJECTORY_INTERVAL, TRAJECTORY_GEOJSON, AREAS, LINES);
    static final List<String> NAMED_AREA_KEYS = List.of(NAME, AREA);
    static final List<String> NAMED_LINE_KEYS = List.of(NAME, LINE);

    private CrowdKeys() {
    }

    private static List<String> keys(List<ParameterSpec> specs) {
        return specs.stream().map(ParameterSpec::key).toList();
    }
}
