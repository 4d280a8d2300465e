package org.firebreak.core.terrain;

import java.util.List;
import java.util.Optional;
import org.locationtech.jts.geom.Envelope;

/**
 * Everything spatial the agents move over, in one metric CRS (metres, x east, y north).
 *
 * <p>Core knows no file formats: the {@code geo} module builds terrains from GIS layers, and
 * {@link SyntheticTerrain} builds a small one in code for tests and the first scenarios.
 * Implementations are immutable and safe to share between runs.
 */
public interface Terrain {
    /** @return the dataset id this terrain was built from (as named in scenario files) */
    String dataset();

    /** @return the extent agents may occupy, metres */
    Envelope bounds();

    /**
     * @param x easting, metres
     * @param y northing, metres
     * @return ground elevation above sea level, metres
     */
    double elevation(double x, double y);

    /**
     * @param x easting, metres
     * @param y northing, metres
     * @return ISO-3 code of the country containing the point, empty outside every country
     */
    Optional<String> countryAt(double x, double y);

    /** @return the border lines, one per country pair */
    List<Border> borders();

    /** @return crossing sites, official and informal */
    List<Crossing> crossings();

    /** @return named places */
    List<Place> places();

    /**
     * @param id a border id such as {@code IRN-IRQ}
     * @return the border, if the terrain has it
     */
    default Optional<Border> border(String id) {
        return borders().stream().filter(b -> b.id().equals(id)).findFirst();
    }

    /**
     * @param id a crossing id
     * @return the crossing, if the terrain has it
     */
    default Optional<Crossing> crossing(String id) {
        return crossings().stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /**
     * @param id a place id
     * @return the place, if the terrain has it
     */
    default Optional<Place> place(String id) {
        return places().stream().filter(p -> p.id().equals(id)).findFirst();
    }
}
