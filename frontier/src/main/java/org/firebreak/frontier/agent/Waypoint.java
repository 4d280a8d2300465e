package org.firebreak.frontier.agent;

import java.util.Objects;

/**
 * A point on a route.
 *
 * @param x easting, metres
 * @param y northing, metres
 * @param label what the point is (a place id, a crossing id, "sector-end"), for outputs
 * @param kind whether the border is crossed here, and how
 */
public record Waypoint(double x, double y, String label, Kind kind) implements java.io.Serializable {
    /** What happens at a waypoint. */
    public enum Kind {
        /** Nothing: a point to pass. */
        PLAIN,
        /** An official crossing: travellers queue for screening here; {@code label} is the crossing id. */
        SCREENING,
        /** A point where the border is crossed informally, without screening. */
        INFORMAL_CROSSING,
        /** A point on the road network, reached by road from the previous waypoint. */
        ROAD
    }

    /** Checks every field. */
    public Waypoint {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(kind, "kind");
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            throw new IllegalArgumentException("waypoint " + label + ": position must be finite");
        }
    }

    /**
     * @param x easting, metres
     * @param y northing, metres
     * @param label what the point is
     * @return a plain waypoint
     */
    public static Waypoint plain(double x, double y, String label) {
        return new Waypoint(x, y, label, Kind.PLAIN);
    }
}
