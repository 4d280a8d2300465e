package org.firebreak.crowd;

import java.util.ArrayList;
import java.util.List;

/**
 * A simple closed polygon of the crowd plane, in metres (the last vertex joins the first): an
 * obstacle, a source, a sink or a waiting area.
 *
 * @param vertices at least three, in either order, not repeating the first at the end
 */
public record Polygon(List<Point> vertices) {
    /** Copies the vertices and rejects polygons of fewer than three. */
    public Polygon {
        vertices = List.copyOf(vertices);
        if (vertices.size() < 3) {
            throw new IllegalArgumentException("a polygon needs at least 3 vertices, had " + vertices.size());
        }
    }

    /**
     * @param x0 west edge, m
     * @param y0 south edge, m
     * @param x1 east edge, m
     * @param y1 north edge, m
     * @return the axis-aligned rectangle
     */
    public static Polygon rectangle(double x0, double y0, double x1, double y1) {
        if (!(x1 > x0) || !(y1 > y0)) {
            throw new IllegalArgumentException("a rectangle needs x1 > x0 and y1 > y0, was ["
                    + x0 + ", " + x1 + "] x [" + y0 + ", " + y1 + "]");
        }
        return new Polygon(List.of(new Point(x0, y0), new Point(x1, y0), new Point(x1, y1), new Point(x0, y1)));
    }

    /** @return the edges, closing the ring */
    public List<Segment> edges() {
        List<Segment> out = new ArrayList<>(vertices.size());
        for (int i = 0; i < vertices.size(); i++) {
            out.add(Segment.of(vertices.get(i), vertices.get((i + 1) % vertices.size())));
        }
        return out;
    }

    /**
     * Even-odd rule.
     *
     * @param x east, m
     * @param y north, m
     * @return whether the point is inside
     */
    public boolean contains(double x, double y) {
        boolean inside = false;
        int n = vertices.size();
        for (int i = 0, j = n - 1; i < n; j = i++) {
            Point a = vertices.get(i);
            Point b = vertices.get(j);
            if ((a.y() > y) != (b.y() > y) && x < (b.x() - a.x()) * (y - a.y()) / (b.y() - a.y()) + a.x()) {
                inside = !inside;
            }
        }
        return inside;
    }

    /** @return the area, m² */
    public double area() {
        double s = 0;
        int n = vertices.size();
        for (int i = 0; i < n; i++) {
            Point a = vertices.get(i);
            Point b = vertices.get((i + 1) % n);
            s += a.x() * b.y() - b.x() * a.y();
        }
        return Math.abs(s) / 2;
    }

    /** @return {min x, min y, max x, max y}, m */
    public double[] bounds() {
        double[] b = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        for (Point p : vertices) {
            b[0] = Math.min(b[0], p.x());
            b[1] = Math.min(b[1], p.y());
            b[2] = Math.max(b[2], p.x());
            b[3] = Math.max(b[3], p.y());
        }
        return b;
    }
}
