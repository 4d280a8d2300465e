package org.firebreak.core.terrain;

import java.util.List;

/**
 * A terrain whose border lines, crossing sites and named places are fixed when it is built:
 * the part every terrain implementation holds the same way. Subclasses supply the ground itself
 * (extent, elevation, countries).
 */
public abstract class AbstractTerrain implements Terrain {
    private final List<Border> borders;
    private final List<Crossing> crossings;
    private final List<Place> places;

    /**
     * @param borders the border lines, kept as given (pass an unmodifiable list)
     * @param crossings crossing sites, official and informal, kept as given
     * @param places named places, kept as given
     */
    protected AbstractTerrain(List<Border> borders, List<Crossing> crossings, List<Place> places) {
        this.borders = borders;
        this.crossings = crossings;
        this.places = places;
    }

    @Override
    public final List<Border> borders() {
        return borders;
    }

    @Override
    public final List<Crossing> crossings() {
        return crossings;
    }

    @Override
    public final List<Place> places() {
        return places;
    }
}
