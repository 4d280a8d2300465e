package org.firebreak.crowd;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The plain, immutable layout of a crowd-scale site, in metres: walls (open polylines), obstacles
 * (closed polygons whose edges are walls), gates, sources, sinks, waiting areas and measurement
 * lines. It holds no behaviour and reads no files, so any reader (GeoJSON, YAML) or code can
 * build one with {@link #builder()}.
 *
 * @param walls wall polylines, each of at least two points
 * @param obstacles obstacle polygons
 * @param gates gates
 * @param sources sources
 * @param sinks sinks
 * @param waitingAreas waiting areas
 * @param measurementLines measurement lines
 */
public record CrowdGeometry(List<List<Point>> walls, List<Polygon> obstacles, List<Gate> gates,
        List<Source> sources, List<Sink> sinks, List<WaitingArea> waitingAreas,
        List<MeasurementLine> measurementLines) {

    /** Copies every list and checks that names are unique and routes name existing targets. */
    public CrowdGeometry {
        List<List<Point>> w = new ArrayList<>();
        for (List<Point> line : walls) {
            if (line.size() < 2) {
                throw new IllegalArgumentException("a wall polyline needs at least 2 points, had " + line.size());
            }
            w.add(List.copyOf(line));
        }
        walls = List.copyOf(w);
        obstacles = List.copyOf(obstacles);
        gates = List.copyOf(gates);
        sources = List.copyOf(sources);
        sinks = List.copyOf(sinks);
        waitingAreas = List.copyOf(waitingAreas);
        measurementLines = List.copyOf(measurementLines);
        Set<String> targets = new HashSet<>();
        for (Gate g : gates) {
            unique(targets, g.name(), "target");
        }
        for (Sink s : sinks) {
            unique(targets, s.name(), "target");
        }
        for (WaitingArea a : waitingAreas) {
            unique(targets, a.name(), "target");
        }
        Set<String> names = new HashSet<>();
        for (Source s : sources) {
            unique(names, s.name(), "source");
            for (String t : s.route()) {
                if (!targets.contains(t)) {
                    throw new IllegalArgumentException("source " + s.name() + ": route names unknown target " + t
                            + "; targets are " + targets);
                }
            }
        }
        names.clear();
        for (MeasurementLine m : measurementLines) {
            unique(names, m.name(), "measurement line");
        }
    }

    private static void unique(Set<String> seen, String name, String what) {
        if (!seen.add(name)) {
            throw new IllegalArgumentException("duplicate " + what + " name " + name);
        }
    }

    static void requireName(String name, String what) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a " + what + " needs a non-blank name");
        }
    }

    /** @return a builder of an empty site */
    public static Builder builder() {
        return new Builder();
    }

    /** @return every wall segment: wall polylines and obstacle edges (not gate passages) */
    public List<Segment> wallSegments() {
        List<Segment> out = new ArrayList<>();
        for (List<Point> line : walls) {
            for (int i = 1; i < line.size(); i++) {
                out.add(Segment.of(line.get(i - 1), line.get(i)));
            }
        }
        for (Polygon p : obstacles) {
            out.addAll(p.edges());
        }
        return out;
    }

    /** @return {min x, min y, max x, max y} of everything in the site, m */
    public double[] bounds() {
        double[] b = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        for (Segment s : wallSegments()) {
            grow(b, s);
        }
        for (Gate g : gates) {
            grow(b, g.passage());
        }
        List<Polygon> areas = new ArrayList<>();
        sources.forEach(s -> areas.add(s.area()));
        sinks.forEach(s -> areas.add(s.area()));
        waitingAreas.forEach(a -> areas.add(a.area()));
        for (Polygon p : areas) {
            for (Segment s : p.edges()) {
                grow(b, s);
            }
        }
        if (b[0] > b[2]) {
            throw new IllegalStateException("the site is empty: it has no wall, gate or area");
        }
        return b;
    }

    private static void grow(double[] b, Segment s) {
        b[0] = Math.min(b[0], Math.min(s.x1(), s.x2()));
        b[1] = Math.min(b[1], Math.min(s.y1(), s.y2()));
        b[2] = Math.max(b[2], Math.max(s.x1(), s.x2()));
        b[3] = Math.max(b[3], Math.max(s.y1(), s.y2()));
    }

    /** Collects the parts of a site; {@link #build()} checks them. */
    public static final class Builder {
        private final List<List<Point>> walls = new ArrayList<>();
        private final List<Polygon> obstacles = new ArrayList<>();
        private final List<Gate> gates = new ArrayList<>();
        private final List<Source> sources = new ArrayList<>();
        private final List<Sink> sinks = new ArrayList<>();
        private final List<WaitingArea> waitingAreas = new ArrayList<>();
        private final List<MeasurementLine> lines = new ArrayList<>();

        private Builder() {
        }

        /**
         * @param points a wall polyline
         * @return this
         */
        public Builder wall(List<Point> points) {
            walls.add(points);
            return this;
        }

        /**
         * @param xy a wall polyline as x0, y0, x1, y1, ... in metres
         * @return this
         */
        public Builder wall(double... xy) {
            if (xy.length < 4 || xy.length % 2 != 0) {
                throw new IllegalArgumentException("a wall needs an even number (>= 4) of coordinates, had " + xy.length);
            }
            List<Point> points = new ArrayList<>();
            for (int i = 0; i < xy.length; i += 2) {
                points.add(new Point(xy[i], xy[i + 1]));
            }
            return wall(points);
        }

        /**
         * @param polygon an obstacle nobody enters
         * @return this
         */
        public Builder obstacle(Polygon polygon) {
            obstacles.add(polygon);
            return this;
        }

        /**
         * @param gate a gate
         * @return this
         */
        public Builder gate(Gate gate) {
            gates.add(gate);
            return this;
        }

        /**
         * @param source a source
         * @return this
         */
        public Builder source(Source source) {
            sources.add(source);
            return this;
        }

        /**
         * @param sink a sink
         * @return this
         */
        public Builder sink(Sink sink) {
            sinks.add(sink);
            return this;
        }

        /**
         * @param area a waiting area
         * @return this
         */
        public Builder waitingArea(WaitingArea area) {
            waitingAreas.add(area);
            return this;
        }

        /**
         * @param line a measurement line
         * @return this
         */
        public Builder measurementLine(MeasurementLine line) {
            lines.add(line);
            return this;
        }

        /** @return the checked site */
        public CrowdGeometry build() {
            return new CrowdGeometry(walls, obstacles, gates, sources, sinks, waitingAreas, lines);
        }
    }
}
