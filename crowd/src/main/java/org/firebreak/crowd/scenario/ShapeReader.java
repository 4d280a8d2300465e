package org.firebreak.crowd.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.firebreak.core.scenario.ScenarioTree;
import org.firebreak.crowd.Point;
import org.firebreak.crowd.Polygon;
import org.firebreak.crowd.Segment;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

/**
 * Reads points, polylines, segments and polygons written as lists of {@code [x, y]} pairs in
 * local metres (the layout of both the inline geometry and GeoJSON coordinates), and rejects
 * shapes the simulation cannot use: non-finite or far-off coordinates, zero-length segments,
 * polygons that cross themselves or enclose no area.
 */
final class ShapeReader {
    /** Coordinates are local metres; beyond this the file is most likely in another unit or CRS. */
    static final double MAX_COORDINATE = 1_000_000;
    /** Polygons with less area than this (m²) are degenerate: a line or a point drawn as a ring. */
    static final double MIN_AREA = 1e-6;
    private static final GeometryFactory GF = new GeometryFactory();

    private final ScenarioTree tree;

    ScenarioTree tree() {
        return tree;
    }

    ShapeReader(ScenarioTree tree) {
        this.tree = tree;
    }

    Optional<Point> point(JsonNode n, String path, String label) {
        if (!n.isArray() || n.size() < 2 || n.size() > 3 || !n.get(0).isNumber() || !n.get(1).isNumber()) {
            tree.problem(path, label + "expected a point [x, y] in metres, got " + ScenarioTree.describe(n));
            return Optional.empty();
        }
        double x = n.get(0).doubleValue() + 0.0;
        double y = n.get(1).doubleValue() + 0.0;
        if (!Double.isFinite(x) || !Double.isFinite(y) || Math.abs(x) > MAX_COORDINATE
                || Math.abs(y) > MAX_COORDINATE) {
            tree.problem(path, label + "point [" + x + ", " + y + "] is out of range; expected finite local metres "
                    + "within ±" + (long) MAX_COORDINATE + " m");
            return Optional.empty();
        }
        return Optional.of(new Point(x, y));
    }

    Optional<List<Point>> points(JsonNode n, String path, String label, int min, String what) {
        if (!n.isArray() || n.size() < min) {
            tree.problem(path, label + "expected " + what + ": a list of at least " + min + " points [x, y], got "
                    + (n.isArray() ? n.size() + " points" : ScenarioTree.describe(n)));
            return Optional.empty();
        }
        List<Point> out = new ArrayList<>();
        boolean ok = true;
        for (int i = 0; i < n.size(); i++) {
            Optional<Point> p = point(n.get(i), ScenarioTree.element(path, i), label);
            ok &= p.isPresent();
            p.ifPresent(out::add);
        }
        return ok ? Optional.of(out) : Optional.empty();
    }

    Optional<List<Point>> polyline(JsonNode n, String path, String label) {
        Optional<List<Point>> pts = points(n, path, label, 2, "a polyline");
        if (pts.isEmpty()) {
            return pts;
        }
        List<Point> p = pts.get();
        for (int i = 1; i < p.size(); i++) {
            if (p.get(i).equals(p.get(i - 1))) {
                tree.problem(ScenarioTree.element(path, i), label + "zero-length segment: point " + i
                        + " repeats point " + (i - 1) + " " + show(p.get(i)) + "; expected distinct consecutive points");
                return Optional.empty();
            }
        }
        return pts;
    }

    Optional<Segment> segment(JsonNode n, String path, String label) {
        if (n.isArray() && n.size() != 2) {
            tree.problem(path, label + "expected a segment [[x1, y1], [x2, y2]] of exactly 2 points, got "
                    + n.size() + " points");
            return Optional.empty();
        }
        return polyline(n, path, label).map(p -> Segment.of(p.get(0), p.get(1)));
    }

    Optional<Polygon> polygon(JsonNode n, String path, String label) {
        Optional<List<Point>> pts = points(n, path, label, 3, "a polygon");
        if (pts.isEmpty()) {
            return Optional.empty();
        }
        List<Point> p = new ArrayList<>(pts.get());
        if (p.size() > 3 && p.get(0).equals(p.get(p.size() - 1))) {
            p.remove(p.size() - 1);
        }
        Polygon polygon;
        try {
            polygon = new Polygon(p);
        } catch (IllegalArgumentException e) {
            tree.problem(path, label + e.getMessage());
            return Optional.empty();
        }
        org.locationtech.jts.geom.Polygon jts = CrowdScenario.jts(GF, polygon);
        if (collinear(p)) {
            tree.problem(path, label + "degenerate polygon: its points lie on one line and enclose no area; "
                    + "expected a ring enclosing a positive area");
            return Optional.empty();
        }
        TopologyValidationError error = new IsValidOp(jts).getValidationError();
        if (error != null) {
            tree.problem(path, label + "invalid polygon: " + error.getMessage().toLowerCase(java.util.Locale.ROOT)
                    + " at " + show(new Point(error.getCoordinate().x, error.getCoordinate().y))
                    + "; expected a simple ring that does not cross itself");
            return Optional.empty();
        }
        if (!(jts.getArea() > MIN_AREA)) {
            tree.problem(path, label + "degenerate polygon: its area is " + jts.getArea()
                    + " m²; expected a ring enclosing a positive area");
            return Optional.empty();
        }
        return Optional.of(polygon);
    }

    /** @return whether every point lies within a micrometre of the line through the first two distinct ones */
    private static boolean collinear(List<Point> p) {
        Point a = p.get(0);
        Point b = null;
        for (Point q : p) {
            if (!q.equals(a)) {
                b = q;
                break;
            }
        }
        if (b == null) {
            return true;
        }
        double len = Math.hypot(b.x() - a.x(), b.y() - a.y());
        for (Point q : p) {
            double cross = (b.x() - a.x()) * (q.y() - a.y()) - (b.y() - a.y()) * (q.x() - a.x());
            if (Math.abs(cross / len) > 1e-6) {
                return false;
            }
        }
        return true;
    }

    static String show(Point p) {
        return "[" + org.firebreak.core.param.ParameterSpec.format(p.x()) + ", "
                + org.firebreak.core.param.ParameterSpec.format(p.y()) + "]";
    }

    static ArrayNode asList(JsonNode n) {
        return n instanceof ArrayNode a ? a : null;
    }
}
