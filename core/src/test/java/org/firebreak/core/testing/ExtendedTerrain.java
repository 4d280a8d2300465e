package org.firebreak.core.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.firebreak.core.terrain.Border;
import org.firebreak.core.terrain.Crossing;
import org.firebreak.core.terrain.Place;
import org.firebreak.core.terrain.Terrain;
import org.locationtech.jts.geom.Envelope;

/**
 * A terrain with a few crossings or places added to another: a ford, a camp next to a post.
 *
 * @param base the terrain extended
 * @param dataset the dataset id to report
 * @param extraCrossings crossings added after the base's
 * @param extraPlaces places added after the base's
 */
public record ExtendedTerrain(Terrain base, String dataset, List<Crossing> extraCrossings, List<Place> extraPlaces)
        implements Terrain {

    @Override
    public Envelope bounds() {
        return base.bounds();
    }

    @Override
    public double elevation(double x, double y) {
        return base.elevation(x, y);
    }

    @Override
    public Optional<String> countryAt(double x, double y) {
        return base.countryAt(x, y);
    }

    @Override
    public List<Border> borders() {
        return base.borders();
    }

    @Override
    public List<Crossing> crossings() {
        List<Crossing> all = new ArrayList<>(base.crossings());
        all.addAll(extraCrossings);
        return all;
    }

    @Override
    public List<Place> places() {
        List<Place> all = new ArrayList<>(base.places());
        all.addAll(extraPlaces);
        return all;
    }
}
