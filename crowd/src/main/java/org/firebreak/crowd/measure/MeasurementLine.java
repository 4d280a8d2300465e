package org.firebreak.crowd.measure;

import java.util.Objects;

/**
 * A named segment from a to b, in local metres, over which crossings are counted. The positive
 * direction is the left-hand normal of a→b: for a segment from (0, 0) to (w, 0), walking
 * towards +y counts +1 and walking towards −y counts −1.
 *
 * @param id the name used in outputs
 * @param ax start x (m)
 * @param ay start y (m)
 * @param bx end x (m)
 * @param by end y (m)
 */
public record MeasurementLine(String id, double ax, double ay, double bx, double by) {
    /** Checks the id and that the segment is finite and not a point. */
    public MeasurementLine {
        Objects.requireNonNull(id, "measurement line id");
        if (id.isBlank()) {
            throw new IllegalArgumentException("measurement line id is blank; expected a name");
        }
        if (!Double.isFinite(ax) || !Double.isFinite(ay) || !Double.isFinite(bx) || !Double.isFinite(by)) {
            throw new IllegalArgumentException("measurement line " + id + ": expected finite end points in m");
        }
        if (!(Math.hypot(bx - ax, by - ay) > 0)) {
            throw new IllegalArgumentException("measurement line " + id + ": the end points coincide; "
                    + "expected a segment of positive length in m");
        }
    }

    /** @return the length w in m, which turns a flow into a specific flow */
    public double length() {
        return Math.hypot(bx - ax, by - ay);
    }

    /** @return the signed side of a point: positive on the positive side, scaled by the length */
    double side(double x, double y) {
        return (bx - ax) * (y - ay) - (by - ay) * (x - ax);
    }

    /**
     * The crossing of a step from p to q, if any. A point counts as on the positive side only when
     * strictly so, so a step that ends exactly on the line and the step that leaves it count once
     * together, and a person walking along the line never counts.
     *
     * @return +1, −1 or 0
     */
    int crossing(double px, double py, double qx, double qy) {
        double sp = side(px, py);
        double sq = side(qx, qy);
        boolean pPos = sp > 0;
        boolean qPos = sq > 0;
        if (pPos == qPos) {
            return 0;
        }
        double u = sp / (sp - sq);
        double cx = px + u * (qx - px);
        double cy = py + u * (qy - py);
        double dx = bx - ax;
        double dy = by - ay;
        double along = ((cx - ax) * dx + (cy - ay) * dy) / (dx * dx + dy * dy);
        if (along < 0 || along > 1) {
            return 0;
        }
        return qPos ? 1 : -1;
    }
}
