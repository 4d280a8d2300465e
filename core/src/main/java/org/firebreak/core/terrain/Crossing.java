package org.firebreak.core.terrain;

import java.util.Objects;

/**
 * A crossing site on a border.
 *
 * @param id stable identifier used in scenario files
 * @param name human-readable name
 * @param x easting in the simulation CRS, metres
 * @param y northing in the simulation CRS, metres
 * @param kind official or informal
 * @param borderId the {@link Border#id()} it lies on
 */
public record Crossing(String id, String name, double x, double y, CrossingKind kind, String borderId) {
    /** Checks every field. */
    public Crossing {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(borderId, "borderId");
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            throw new IllegalArgumentException("crossing " + id + ": position must be finite");
        }
    }

    /** @return whether this is an official crossing with screening */
    public boolean official() {
        return kind == CrossingKind.OFFICIAL;
    }
}
