package org.firebreak.core.testing;

import java.util.List;
import java.util.Optional;
import org.firebreak.core.terrain.AbstractTerrain;
import org.firebreak.core.terrain.Border;
import org.firebreak.core.terrain.Crossing;
import org.firebreak.core.terrain.Place;
import org.firebreak.core.terrain.Terrain;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.util.AffineTransformation;

/**
 * A terrain moved by (dx, dy): the same ground in other coordinates, such as the negative
 * eastings and northings of a projection centred on the region.
 */
public final class ShiftedTerrain extends AbstractTerrain {
    private final Terrain base;
    private final double dx;
    private final double dy;

    /**
     * @param base the terrain to move
     * @param dx metres added to every easting
     * @param dy metres added to every northing
     */
    public ShiftedTerrain(Terrain base, double dx, double dy) {
        super(shiftedBorders(base, dx, dy),
                base.crossings().stream()
                        .map(c -> new Crossing(c.id(), c.name(), c.x() + dx, c.y() + dy, c.kind(), c.borderId())).toList(),
                base.places().stream()
                        .map(p -> new Place(p.id(), p.name(), p.x() + dx, p.y() + dy, p.country(), p.population())).toList());
        this.base = base;
        this.dx = dx;
        this.dy = dy;
    }

    private static List<Border> shiftedBorders(Terrain base, double dx, double dy) {
        AffineTransformation shift = AffineTransformation.translationInstance(dx, dy);
        return base.borders().stream().map(b -> new Border(b.id(), shift.transform(b.line()))).toList();
    }

    @Override
    public String dataset() {
        return base.dataset();
    }

    @Override
    public Envelope bounds() {
        Envelope e = base.bounds();
        e.translate(dx, dy);
        return e;
    }

    @Override
    public double elevation(double x, double y) {
        return base.elevation(x - dx, y - dy);
    }

    @Override
    public Optional<String> countryAt(double x, double y) {
        return base.countryAt(x - dx, y - dy);
    }
}
