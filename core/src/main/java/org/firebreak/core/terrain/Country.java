package org.firebreak.core.terrain;

import java.util.Objects;
import org.locationtech.jts.geom.Geometry;

/**
 * A country's land area in the simulation CRS.
 *
 * @param iso3 ISO 3166-1 alpha-3 code
 * @param name English name
 * @param area (multi)polygon, metres
 */
public record Country(String iso3, String name, Geometry area) {
    /** Checks every field. */
    public Country {
        Objects.requireNonNull(iso3, "iso3");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(area, "area");
    }
}
