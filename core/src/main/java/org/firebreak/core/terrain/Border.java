package org.firebreak.core.terrain;

import java.util.Objects;
import java.util.Optional;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Lineal;
import org.locationtech.jts.linearref.LengthIndexedLine;

/**
 * The shared line of two countries, in the simulation CRS (metres).
 *
 * <p>Immutable. It keeps a table of its segments for {@link #distanceAlong}, which decisions
 * ask often.
 */
public final class Border {
    private final String id;
    private final Geometry line;
    /** Per segment: start x, start y, end x, end y, distance along the line to its start. */
    private final double[] segments;

    /**
     * @param id the pair of ISO-3 codes in alphabetical order joined by a hyphen, e.g. {@code IRN-IRQ}
     * @param line the border line: a LineString, or a MultiLineString where the border runs in
     *     several pieces (distances along it then skip the gaps between pieces)
     */
    public Border(String id, Geometry line) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(line, "line");
        if (line.isEmpty() || !(line instanceof Lineal)) {
            throw new IllegalArgumentException("border " + id + ": expected a non-empty LineString or MultiLineString, got "
                    + line.getGeometryType());
        }
        this.id = id;
        this.line = line;
        this.segments = segmentTable(line);
    }

    /** @return the pair of ISO-3 codes in alphabetical order joined by a hyphen, e.g. {@code IRN-IRQ} */
    public String id() {
        return id;
    }

    /** @return the border line */
    public Geometry line() {
        return line;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Border b && b.id.equals(id) && b.line.equalsExact(line);
    }

    @Override
    public int hashCode() {
        return id.hashCode() * 31 + line.getEnvelopeInternal().hashCode();
    }

    @Override
    public String toString() {
        return "Border[" + id + ", " + line.getNumPoints() + " vertices]";
    }

    /**
     * @param a an ISO-3 code
     * @param b another ISO-3 code
     * @return the border id of the pair, independent of their order
     */
    public static String idOf(String a, String b) {
        return a.compareTo(b) <= 0 ? a + "-" + b : b + "-" + a;
    }

    /** @return length of the line in metres */
    public double length() {
        return line.getLength();
    }

    /**
     * @param x easting, metres
     * @param y northing, metres
     * @return the point of the line nearest to (x, y)
     */
    public Coordinate nearestPoint(double x, double y) {
        LengthIndexedLine indexed = new LengthIndexedLine(line);
        return indexed.extractPoint(indexed.project(new Coordinate(x, y)));
    }

    /**
     * @param x easting, metres
     * @param y northing, metres
     * @return the distance from (x, y) to the line, metres
     */
    public double distance(double x, double y) {
        Coordinate c = nearestPoint(x, y);
        return Math.hypot(c.x - x, c.y - y);
    }

    /**
     * @param distanceAlong metres from the line's start (clamped to the line)
     * @return the point at that distance along the line
     */
    public Coordinate pointAt(double distanceAlong) {
        return new LengthIndexedLine(line).extractPoint(Math.max(0, Math.min(length(), distanceAlong)));
    }

    /**
     * @param x easting of a point, metres
     * @param y northing of a point, metres
     * @return distance along the line of the point's projection onto it, metres
     */
    public double distanceAlong(double x, double y) {
        // a plain pass over the segments with squared distances: decisions ask this often, and
        // the general projection of a point onto a line of thousands of vertices costs far more
        double[] seg = segments;
        double bestD2 = Double.POSITIVE_INFINITY;
        double bestAlong = 0;
        for (int i = 0; i < seg.length; i += 5) {
            double ax = seg[i];
            double ay = seg[i + 1];
            double ex = seg[i + 2] - ax;
            double ey = seg[i + 3] - ay;
            double len2 = ex * ex + ey * ey;
            double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, ((x - ax) * ex + (y - ay) * ey) / len2));
            double px = ax + t * ex - x;
            double py = ay + t * ey - y;
            double d2 = px * px + py * py;
            if (d2 < bestD2) {
                bestD2 = d2;
                bestAlong = seg[i + 4] + t * Math.sqrt(len2);
            }
        }
        return bestAlong;
    }

    /** @return per segment: start x, start y, end x, end y, distance along the line to its start */
    private static double[] segmentTable(Geometry line) {
        java.util.List<double[]> rows = new java.util.ArrayList<>();
        double along = 0;
        for (int g = 0; g < line.getNumGeometries(); g++) {
            Coordinate[] cs = line.getGeometryN(g).getCoordinates();
            for (int i = 1; i < cs.length; i++) {
                rows.add(new double[] {cs[i - 1].x, cs[i - 1].y, cs[i].x, cs[i].y, along});
                along += cs[i - 1].distance(cs[i]);
            }
        }
        double[] s = new double[rows.size() * 5];
        for (int i = 0; i < rows.size(); i++) {
            System.arraycopy(rows.get(i), 0, s, i * 5, 5);
        }
        return s;
    }

    /**
     * Every vertex of the line with its distance along it, in order, computed in one pass
     * (as {@link #distanceAlong} would give for each, without the cost of projecting each).
     *
     * @return rows of {distance along, x, y}
     */
    public double[][] verticesWithDistance() {
        int n = line.getNumPoints();
        double[][] out = new double[n][];
        int k = 0;
        double along = 0;
        for (int g = 0; g < line.getNumGeometries(); g++) {
            Coordinate[] cs = line.getGeometryN(g).getCoordinates();
            for (int i = 0; i < cs.length; i++) {
                if (i > 0) {
                    along += cs[i].distance(cs[i - 1]);
                }
                out[k++] = new double[] {along, cs[i].x, cs[i].y};
            }
        }
        return out;
    }

    /**
     * @param x1 start easting
     * @param y1 start northing
     * @param x2 end easting
     * @param y2 end northing
     * @return where the straight segment first meets the border, if it does
     */
    public Optional<Coordinate> firstIntersection(double x1, double y1, double x2, double y2) {
        Envelope e = line.getEnvelopeInternal();
        if (Math.max(x1, x2) < e.getMinX() || Math.min(x1, x2) > e.getMaxX() || Math.max(y1, y2) < e.getMinY()
                || Math.min(y1, y2) > e.getMaxY()) {
            return Optional.empty();
        }
        // a plain pass over the border's segments: decisions ask this often, and a general
        // geometric intersection of a segment with a long line costs far more
        Coordinate[] cs = line.getCoordinates();
        double dx = x2 - x1;
        double dy = y2 - y1;
        double bestT = Double.POSITIVE_INFINITY;
        for (int i = 1; i < cs.length; i++) {
            double ax = cs[i - 1].x;
            double ay = cs[i - 1].y;
            double ex = cs[i].x - ax;
            double ey = cs[i].y - ay;
            double denom = dx * ey - dy * ex;
            if (denom == 0) {
                continue;
            }
            // segment p + t d meets a + u e for t, u in [0, 1]
            double t = ((ax - x1) * ey - (ay - y1) * ex) / denom;
            double u = ((ax - x1) * dy - (ay - y1) * dx) / denom;
            if (t >= 0 && t <= 1 && u >= 0 && u <= 1 && t < bestT) {
                bestT = t;
            }
        }
        if (Double.isInfinite(bestT)) {
            return Optional.empty();
        }
        return Optional.of(new Coordinate(x1 + bestT * dx, y1 + bestT * dy));
    }
}
