package org.firebreak.core.terrain;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

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
     * Steepness of the ground: the magnitude of the elevation gradient by central differences.
     *
     * @param x easting, metres
     * @param y northing, metres
     * @param spacing half the distance the differences span, metres (about half an elevation cell)
     * @return rise over run (0.1 is a 10% slope); NaN where the elevation is unknown
     */
    default double slope(double x, double y, double spacing) {
        double dzdx = (elevation(x + spacing, y) - elevation(x - spacing, y)) / (2 * spacing);
        double dzdy = (elevation(x, y + spacing) - elevation(x, y - spacing)) / (2 * spacing);
        return Math.hypot(dzdx, dzdy);
    }

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

    /** @return countries' land areas; empty when the terrain treats all its area as land */
    default List<Country> countries() {
        return List.of();
    }

    /** @return standing water (lakes, reservoirs): impassable on foot; none by default */
    default List<Geometry> lakes() {
        return List.of();
    }

    /** @return rivers as lines: barriers on foot except where a road or a ford crosses; none by default */
    default List<Geometry> rivers() {
        return List.of();
    }

    /** @return points where rivers can be waded (the cells around each are passable); none by default */
    default List<org.locationtech.jts.geom.Coordinate> fords() {
        return List.of();
    }

    /** @return marshes: slow ground; none by default */
    default List<Geometry> marshes() {
        return List.of();
    }

    /** @return the road graph's links; none by default */
    default List<RoadLink> roads() {
        return List.of();
    }

    /**
     * @param x easting, metres
     * @param y northing, metres
     * @param officialOnly whether to consider official crossings only
     * @return the crossing nearest to the point, if any
     */
    default Optional<Crossing> nearestCrossing(double x, double y, boolean officialOnly) {
        return crossings().stream().filter(c -> !officialOnly || c.official())
                .min(Comparator.comparingDouble((Crossing c) -> Math.hypot(c.x() - x, c.y() - y))
                        .thenComparing(Crossing::id));
    }

    /**
     * @param x easting, metres
     * @param y northing, metres
     * @return distance to the nearest border line, metres (infinite without borders)
     */
    default double distanceToBorder(double x, double y) {
        double best = Double.POSITIVE_INFINITY;
        for (Border b : borders()) {
            best = Math.min(best, b.distance(x, y));
        }
        return best;
    }

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

    /**
     * Where the terrain lies on the Earth, for daylight and night. Terrains that do not say
     * are placed, by a local tangent plane, with their centre at 45°E 33°N, the middle of the
     * Iran–Iraq frontier; the geo module's map terrains give their projection's exact inverse.
     *
     * @return the reference
     */
    default GeoReference geoReference() {
        org.locationtech.jts.geom.Envelope b = bounds();
        return GeoReference.localTangent(45, 33, b.centre().x, b.centre().y);
    }
}
