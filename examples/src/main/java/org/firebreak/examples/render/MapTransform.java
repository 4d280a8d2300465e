package org.firebreak.examples.render;

import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import org.locationtech.jts.geom.Envelope;

/**
 * From a terrain's metres (x east, y north) to the pixels of an image or window (x right, y
 * down), so that the world's extent fills a given rectangle, north up.
 */
public final class MapTransform {
    private MapTransform() {
    }

    /**
     * @param world the extent to show, metres
     * @param screen where it goes, pixels
     * @return the transform from metres to pixels
     */
    public static AffineTransform of(Envelope world, Rectangle2D screen) {
        double sx = screen.getWidth() / world.getWidth();
        double sy = screen.getHeight() / world.getHeight();
        return new AffineTransform(sx, 0, 0, -sy, screen.getX() - world.getMinX() * sx,
                screen.getY() + world.getMaxY() * sy);
    }
}
