package org.firebreak.crowd.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.firebreak.core.scenario.ScenarioTree;
import org.firebreak.core.scenario.Suggestions;
import org.firebreak.crowd.CrowdGeometry;
import org.firebreak.crowd.Gate;
import org.firebreak.crowd.MeasurementLine;
import org.firebreak.crowd.Point;
import org.firebreak.crowd.Polygon;
import org.firebreak.crowd.Sink;
import org.firebreak.crowd.Source;
import org.firebreak.crowd.WaitingArea;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * The parts of a site as read, each with where it was written (file, key path, label), so that
 * the checks that need the whole site (unique names, routes naming known targets, areas inside
 * the walkable region, a site small enough to grid) report at the right place.
 */
final class SiteParts {
    /** Most navigation-field cells a site may need (bounds over field cell squared); more would not fit in memory. */
    static final long MAX_FIELD_CELLS = 20_000_000L;
    private static final GeometryFactory GF = new GeometryFactory();

    /** Where a part was written. */
    record At(ScenarioTree tree, String path, String label) {
        void problem(String message) {
            tree.problem(path, label + message);
        }
    }

    private record Item<T>(T value, At at) {
    }

    private Item<Polygon> walkable;
    /** Names of parts that failed to read: a route naming one is not reported again as unknown. */
    private final java.util.Set<String> failed = new java.util.HashSet<>();
    private final List<List<Point>> walls = new ArrayList<>();
    private final List<Polygon> obstacles = new ArrayList<>();
    private final List<Item<Gate>> gates = new ArrayList<>();
    private final List<Item<Source>> sources = new ArrayList<>();
    private final List<Item<Sink>> sinks = new ArrayList<>();
    private final List<Item<WaitingArea>> waiting = new ArrayList<>();
    private final List<Item<MeasurementLine>> lines = new ArrayList<>();
    private final List<Item<CrowdScenario.NamedArea>> areas = new ArrayList<>();

    void walkable(Polygon p, At at) {
        if (walkable != null) {
            at.problem("a second walkable outline; expected at most one (first given at "
                    + walkable.at().tree().file() + " " + walkable.at().path() + ")");
            return;
        }
        walkable = new Item<>(p, at);
    }

    void failed(String name) {
        failed.add(name);
    }

    void wall(List<Point> line) {
        walls.add(line);
    }

    void obstacle(Polygon p) {
        obstacles.add(p);
    }

    void gate(Gate g, At at) {
        gates.add(new Item<>(g, at));
    }

    void source(Source s, At at) {
        sources.add(new Item<>(s, at));
    }

    void sink(Sink s, At at) {
        sinks.add(new Item<>(s, at));
    }

    void waitingArea(WaitingArea a, At at) {
        waiting.add(new Item<>(a, at));
    }

    void line(MeasurementLine l, At at) {
        lines.add(new Item<>(l, at));
    }

    void area(CrowdScenario.NamedArea a, At at) {
        areas.add(new Item<>(a, at));
    }

    Polygon walkable() {
        return walkable == null ? null : walkable.value();
    }

    List<CrowdScenario.NamedArea> areas() {
        return areas.stream().map(Item::value).toList();
    }

    /**
     * Runs the whole-site checks and builds the geometry.
     *
     * @param fieldCell the navigation-field cell, m, for the size check
     * @param where where to report problems of the site as a whole
     * @return the geometry, or empty after a problem
     */
    Optional<CrowdGeometry> build(double fieldCell, At where) {
        Map<String, At> targets = new LinkedHashMap<>();
        gates.forEach(i -> unique(targets, i.value().name(), i.at(), "target (gate, sink or waiting area)"));
        sinks.forEach(i -> unique(targets, i.value().name(), i.at(), "target (gate, sink or waiting area)"));
        waiting.forEach(i -> unique(targets, i.value().name(), i.at(), "target (gate, sink or waiting area)"));
        Map<String, At> names = new LinkedHashMap<>();
        sources.forEach(i -> unique(names, i.value().name(), i.at(), "source"));
        names.clear();
        lines.forEach(i -> unique(names, i.value().name(), i.at(), "measurement line"));
        names.clear();
        areas.forEach(i -> unique(names, i.value().name(), i.at(), "measurement area"));
        for (Item<Source> s : sources) {
            List<String> route = s.value().route();
            if (route.isEmpty()) {
                s.at().problem("source " + s.value().name() + " has an empty route; expected target names, "
                        + "ending at a sink");
            }
            for (int k = 0; k < route.size(); k++) {
                if (!targets.containsKey(route.get(k)) && !failed.contains(route.get(k))) {
                    String at = ScenarioTree.element(ScenarioTree.child(s.at().path(), "route"), k);
                    s.at().tree().problem(at, s.at().label() + Suggestions.unknown("target", route.get(k),
                            targets.keySet()));
                }
            }
        }
        // a part that failed to read is reported already; "none at all" would only repeat it
        boolean clean = problemCount(where) == 0;
        if (clean && sources.isEmpty()) {
            where.problem("the site has no source; expected at least one, or no one ever enters");
        }
        if (clean && sinks.isEmpty()) {
            where.problem("the site has no sink; expected at least one, or no one ever leaves");
        }
        insideWalkable();
        if (problemCount(where) > 0) {
            return Optional.empty();
        }
        CrowdGeometry.Builder b = CrowdGeometry.builder();
        walls.forEach(b::wall);
        obstacles.forEach(b::obstacle);
        gates.forEach(i -> b.gate(i.value()));
        sources.forEach(i -> b.source(i.value()));
        sinks.forEach(i -> b.sink(i.value()));
        waiting.forEach(i -> b.waitingArea(i.value()));
        lines.forEach(i -> b.measurementLine(i.value()));
        CrowdGeometry g;
        try {
            g = b.build();
        } catch (IllegalArgumentException e) {
            where.problem(e.getMessage());
            return Optional.empty();
        }
        double[] box = g.bounds();
        double cells = Math.ceil((box[2] - box[0]) / fieldCell) * Math.ceil((box[3] - box[1]) / fieldCell);
        if (cells > MAX_FIELD_CELLS) {
            where.problem("the site spans " + Math.round(box[2] - box[0]) + " m x " + Math.round(box[3] - box[1])
                    + " m, " + (long) cells + " navigation cells of " + fieldCell + " m; expected at most "
                    + MAX_FIELD_CELLS + " (a crowd site is a plaza or a square, tens to hundreds of metres; "
                    + "check the coordinates are local metres, or raise settings.field_cell)");
            return Optional.empty();
        }
        return Optional.of(g);
    }

    /** @return problems recorded in every file the parts came from */
    private int problemCount(At where) {
        java.util.Set<ScenarioTree> trees = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        trees.add(where.tree());
        for (List<? extends Item<?>> list : List.of(gates, sources, sinks, waiting, lines, areas)) {
            list.forEach(i -> trees.add(i.at().tree()));
        }
        if (walkable != null) {
            trees.add(walkable.at().tree());
        }
        return trees.stream().mapToInt(ScenarioTree::problemCount).sum();
    }

    private static void unique(Map<String, At> seen, String name, At at, String what) {
        At first = seen.putIfAbsent(name, at);
        if (first != null) {
            at.problem("duplicate " + what + " name '" + name + "' (first given at " + first.tree().file() + " "
                    + first.path() + "); expected unique names");
        }
    }

    /** Sources, sinks and waiting areas must lie in the walkable outline and not wholly inside an obstacle. */
    private void insideWalkable() {
        Geometry outline = walkable == null ? null : CrowdScenario.jts(GF, walkable.value());
        List<Geometry> blocked = obstacles.stream().map(o -> (Geometry) CrowdScenario.jts(GF, o)).toList();
        List<Item<Polygon>> checked = new ArrayList<>();
        sources.forEach(i -> checked.add(new Item<>(i.value().area(), relabel(i.at(), "source " + i.value().name()))));
        sinks.forEach(i -> checked.add(new Item<>(i.value().area(), relabel(i.at(), "sink " + i.value().name()))));
        waiting.forEach(i -> checked.add(new Item<>(i.value().area(),
                relabel(i.at(), "waiting area " + i.value().name()))));
        for (Item<Polygon> i : checked) {
            Geometry area = CrowdScenario.jts(GF, i.value());
            if (outline != null && !outline.intersects(area.getInteriorPoint())) {
                i.at().problem("area is not inside the walkable outline; expected a polygon in the walkable region");
                continue;
            }
            for (Geometry o : blocked) {
                if (o.covers(area)) {
                    i.at().problem("area lies wholly inside an obstacle; expected a polygon in the walkable region");
                    break;
                }
            }
        }
        if (outline != null) {
            for (Item<Gate> g : gates) {
                Point a = new Point(g.value().passage().x1(), g.value().passage().y1());
                Point b = new Point(g.value().passage().x2(), g.value().passage().y2());
                Point mid = new Point((a.x() + b.x()) / 2, (a.y() + b.y()) / 2);
                if (!outline.covers(GF.createPoint(new org.locationtech.jts.geom.Coordinate(mid.x(), mid.y())))) {
                    g.at().problem("gate " + g.value().name() + ": passage " + ShapeReader.show(a) + " - "
                            + ShapeReader.show(b) + " is not inside the walkable outline");
                }
            }
        }
    }

    private static At relabel(At at, String what) {
        return new At(at.tree(), at.path(), at.label().isEmpty() ? what + ": " : at.label());
    }
}
