package org.firebreak.core.testing;

import java.util.List;
import java.util.Optional;
import java.util.function.DoubleBinaryOperator;
import org.firebreak.core.terrain.Border;
import org.firebreak.core.terrain.Crossing;
import org.firebreak.core.terrain.Place;
import org.firebreak.core.terrain.RoadLink;
import org.firebreak.core.terrain.Terrain;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * A terrain given by an elevation function over a rectangle, with optional rivers, lakes,
 * marshes and roads: for tests whose expected results follow from the geometry by hand.
 *
 * @param bounds the rectangle, metres
 * @param elevation metres at (x, y)
 * @param rivers river lines
 * @param lakes lake areas
 * @param marshes marsh areas
 * @param roads road links
 */
public record PlainTerrain(Envelope bounds, DoubleBinaryOperator elevation, List<Geometry> rivers,
                           List<Geometry> lakes, List<Geometry> marshes, List<RoadLink> roads) implements Terrain {

    /**
     * @param width metres
     * @param height metres
     * @param elevation metres at (x, y)
     * @return a terrain without water or roads
     */
    public static PlainTerrain of(double width, double height, DoubleBinaryOperator elevation) {
        return new PlainTerrain(new Envelope(0, width, 0, height), elevation, List.of(), List.of(), List.of(),
                List.of());
    }

    @Override
    public String dataset() {
        return "plain";
    }

    @Override
    public Envelope bounds() {
        return new Envelope(bounds);
    }

    @Override
    public double elevation(double x, double y) {
        return elevation.applyAsDouble(x, y);
    }

    @Override
    public Optional<String> countryAt(double x, double y) {
        return Optional.empty();
    }

    @Override
    public List<Border> borders() {
        return List.of();
    }

    @Override
    public List<Crossing> crossings() {
        return List.of();
    }

    @Override
    public List<Place> places() {
        return List.of();
    }
}
