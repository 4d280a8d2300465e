package org.firebreak.crowd;

/**
 * A point of the crowd plane, in metres.
 *
 * @param x east, m
 * @param y north, m
 */
public record Point(double x, double y) {
    /** Rejects coordinates that are not finite. */
    public Point {
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            throw new IllegalArgumentException("point coordinates must be finite metres, was (" + x + ", " + y + ")");
        }
    }
}
