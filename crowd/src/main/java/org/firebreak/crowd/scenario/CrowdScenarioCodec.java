package org.firebreak.crowd.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.firebreak.core.param.Parameters;
import org.firebreak.core.scenario.ScenarioTree;
import org.firebreak.crowd.CrowdGeometry;
import org.firebreak.crowd.Gate;
import org.firebreak.crowd.MeasurementLine;
import org.firebreak.crowd.Point;
import org.firebreak.crowd.Polygon;
import org.firebreak.crowd.Segment;
import org.firebreak.crowd.ServiceTime;
import org.firebreak.crowd.Sink;
import org.firebreak.crowd.Source;
import org.firebreak.crowd.WaitingArea;

/**
 * The canonical form of a crowd scenario and its content hash. The canonical form is JSON with
 * every key written (defaults filled in) and the geometry inline, whatever file it came from;
 * loading it gives back an equal {@link CrowdScenario}. The content hash identifies what a run
 * assumed: it leaves out the seed (replicates share it) and the thread count (which changes no
 * result).
 */
public final class CrowdScenarioCodec {
    private CrowdScenarioCodec() {
    }

    /** @return the canonical JSON text, ending with a line feed */
    public static String toCanonicalJson(CrowdScenario s) {
        return ScenarioTree.canonicalJson(tree(s, true));
    }

    /** @return lower-case hex SHA-256 of the canonical JSON without seed and threads */
    public static String contentHash(CrowdScenario s) {
        return ScenarioTree.sha256(tree(s, false));
    }

    private static Map<String, Object> tree(CrowdScenario s, boolean full) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put(CrowdKeys.VERSION, s.version());
        root.put(CrowdKeys.KIND, CrowdKeys.CROWD);
        root.put(CrowdKeys.NAME, s.name());
        root.put(CrowdKeys.DESCRIPTION, s.description());
        if (full) {
            root.put(CrowdKeys.SEED, s.seed());
        }
        root.put(CrowdKeys.DURATION, s.durationSeconds());
        Map<String, Object> settings = numbers(s.settings().asParameters());
        if (!full) {
            settings.remove("threads");
        }
        root.put(CrowdKeys.SETTINGS, settings);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put(CrowdKeys.ID, s.model().id());
        model.putAll(numbers(s.model().parameters()));
        root.put(CrowdKeys.MODEL, model);
        root.put(CrowdKeys.GEOMETRY, geometry(s.geometry(), s.walkable()));
        root.put(CrowdKeys.MEASUREMENT, measurement(s.measurement(), s.geometry().measurementLines()));
        return root;
    }

    private static Map<String, Object> numbers(Parameters p) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (Map.Entry<String, Double> e : p.asMap().entrySet()) {
            double v = e.getValue();
            m.put(e.getKey(), v == Math.rint(v) && Math.abs(v) < 1e15 ? (Object) (long) v : (Object) v);
        }
        return m;
    }

    private static Map<String, Object> geometry(CrowdGeometry g, Polygon walkable) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (walkable != null) {
            m.put(CrowdKeys.WALKABLE, points(walkable.vertices()));
        }
        m.put(CrowdKeys.WALLS, g.walls().stream().map(CrowdScenarioCodec::points).toList());
        m.put(CrowdKeys.OBSTACLES, g.obstacles().stream().map(p -> points(p.vertices())).toList());
        List<Object> gates = new ArrayList<>();
        for (Gate gate : g.gates()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put(CrowdKeys.NAME, gate.name());
            x.put(CrowdKeys.PASSAGE, segment(gate.passage()));
            x.put(CrowdKeys.LANES, gate.lanes());
            x.put(CrowdKeys.SERVICE, service(gate.service()));
            gates.add(x);
        }
        m.put(CrowdKeys.GATES, gates);
        List<Object> sources = new ArrayList<>();
        for (Source src : g.sources()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put(CrowdKeys.NAME, src.name());
            x.put(CrowdKeys.AREA, points(src.area().vertices()));
            x.put(CrowdKeys.RATE, src.ratePerSecond());
            x.put(CrowdKeys.ROUTE, src.route());
            sources.add(x);
        }
        m.put(CrowdKeys.SOURCES, sources);
        List<Object> sinks = new ArrayList<>();
        for (Sink sink : g.sinks()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put(CrowdKeys.NAME, sink.name());
            x.put(CrowdKeys.AREA, points(sink.area().vertices()));
            sinks.add(x);
        }
        m.put(CrowdKeys.SINKS, sinks);
        List<Object> waiting = new ArrayList<>();
        for (WaitingArea a : g.waitingAreas()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put(CrowdKeys.NAME, a.name());
            x.put(CrowdKeys.AREA, points(a.area().vertices()));
            x.put(CrowdKeys.STAY, service(a.stay()));
            waiting.add(x);
        }
        m.put(CrowdKeys.WAITING_AREAS, waiting);
        return m;
    }

    private static Map<String, Object> measurement(CrowdScenario.Measurement me, List<MeasurementLine> lines) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(CrowdKeys.CELL_SIZE, me.cellSize());
        m.put(CrowdKeys.BIN, me.binSeconds());
        m.put(CrowdKeys.VORONOI_INTERVAL, me.voronoiInterval());
        m.put(CrowdKeys.VORONOI_RADIUS, me.voronoiMaxRadius());
        m.put(CrowdKeys.VORONOI_ALL, me.voronoiAllPersons());
        m.put(CrowdKeys.THRESHOLDS, me.exposureThresholds());
        m.put(CrowdKeys.TRAJECTORY_INTERVAL, me.trajectoryInterval());
        m.put(CrowdKeys.TRAJECTORY_GEOJSON, me.trajectoryGeoJson());
        List<Object> areas = new ArrayList<>();
        for (CrowdScenario.NamedArea a : me.areas()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put(CrowdKeys.NAME, a.name());
            x.put(CrowdKeys.AREA, points(a.area().vertices()));
            areas.add(x);
        }
        m.put(CrowdKeys.AREAS, areas);
        List<Object> ls = new ArrayList<>();
        for (MeasurementLine l : lines) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put(CrowdKeys.NAME, l.name());
            x.put(CrowdKeys.LINE, segment(l.line()));
            ls.add(x);
        }
        m.put(CrowdKeys.LINES, ls);
        return m;
    }

    private static Map<String, Object> service(ServiceTime t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(CrowdKeys.DISTRIBUTION, t.kind().name().toLowerCase(Locale.ROOT));
        m.put(CrowdKeys.MEAN, t.mean());
        return m;
    }

    private static List<Object> segment(Segment s) {
        return List.of(List.of(s.x1(), s.y1()), List.of(s.x2(), s.y2()));
    }

    private static List<Object> points(List<Point> pts) {
        List<Object> out = new ArrayList<>();
        for (Point p : pts) {
            out.add(List.of(p.x(), p.y()));
        }
        return out;
    }
}
