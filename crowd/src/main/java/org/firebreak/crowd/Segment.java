package org.firebreak.crowd;

/**
 * A straight line segment of the crowd plane, in metres: a piece of wall, a gate's passage or a
 * measurement line.
 *
 * @param x1 first end, east, m
 * @param y1 first end, north, m
 * @param x2 second end, east, m
 * @param y2 second end, north, m
 */
public record Segment(double x1, double y1, double x2, double y2) {
    /** Rejects coordinates that are not finite and segments of no length. */
    public Segment {
        if (!Double.isFinite(x1) || !Double.isFinite(y1) || !Double.isFinite(x2) || !Double.isFinite(y2)) {
            throw new IllegalArgumentException("segment ends must be finite metres");
        }
        if (x1 == x2 && y1 == y2) {
            throw new IllegalArgumentException("a segment needs two distinct ends, both were (" + x1 + ", " + y1 + ")");
        }
    }

    /**
     * @param a first end
     * @param b second end
     * @return the segment from a to b
     */
    public static Segment of(Point a, Point b) {
        return new Segment(a.x(), a.y(), b.x(), b.y());
    }

    /** @return length, m */
    public double length() {
        return Math.hypot(x2 - x1, y2 - y1);
    }

    /**
     * @param px east, m
     * @param py north, m
     * @return distance from the point to the nearest point of the segment, m
     */
    public double distanceTo(double px, double py) {
        return Math.sqrt(distanceSq(x1, y1, x2, y2, px, py));
    }

    /**
     * Side of a point: positive on the left of the direction from the first end to the second.
     *
     * @param px east, m
     * @param py north, m
     * @return the signed distance from the segment's line, m
     */
    public double side(double px, double py) {
        return ((x2 - x1) * (py - y1) - (y2 - y1) * (px - x1)) / length();
    }

    static double distanceSq(double ax, double ay, double bx, double by, double px, double py) {
        double dx = bx - ax;
        double dy = by - ay;
        double t = ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy);
        t = t < 0 ? 0 : t > 1 ? 1 : t;
        double qx = ax + t * dx - px;
        double qy = ay + t * dy - py;
        return qx * qx + qy * qy;
    }
}
