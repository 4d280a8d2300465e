package org.firebreak.core.terrain;

import java.util.Objects;

/**
 * A named place: a town, a city, a camp.
 *
 * @param id stable identifier used in scenario files
 * @param name human-readable name
 * @param x easting in the simulation CRS, metres
 * @param y northing in the simulation CRS, metres
 * @param country ISO 3166-1 alpha-3 code of the country it lies in
 * @param population inhabitants, 0 when unknown
 */
public record Place(String id, String name, double x, double y, String country, long population) {
    /** Checks every field. */
    public Place {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(country, "country");
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            throw new IllegalArgumentException("place " + id + ": position must be finite");
        }
        if (population < 0) {
            throw new IllegalArgumentException("place " + id + ": population must be >= 0");
        }
    }
}
