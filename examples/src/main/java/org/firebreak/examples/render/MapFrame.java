package org.firebreak.examples.render;

import java.awt.geom.AffineTransform;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import org.locationtech.jts.geom.Envelope;

/**
 * Where a stretch of the world (metres, x east, y north) lands in a picture (pixels, x right,
 * y down): one scale for both axes, north up, the world's extent fitted into a rectangle of the
 * image and centred in it. The GUI's map layers and map.png both draw through it, and tests use
 * it to find the pixel of a known position.
 */
public final class MapFrame {
    private final Envelope world;
    private final double scale;
    private final double left;
    private final double top;
    private final int width;
    private final int height;

    /**
     * @param world the extent to show, metres (non-empty)
     * @param left the rectangle's left edge in the image, pixels
     * @param top its top edge, pixels
     * @param maxWidth its largest width, pixels
     * @param maxHeight its largest height, pixels
     */
    public MapFrame(Envelope world, double left, double top, double maxWidth, double maxHeight) {
        if (world.isNull() || !(world.getWidth() > 0) || !(world.getHeight() > 0)) {
            throw new IllegalArgumentException("a map needs an extent with a width and a height, got " + world);
        }
        if (maxWidth < 1 || maxHeight < 1) {
            throw new IllegalArgumentException("a map needs at least one pixel, got " + maxWidth + " x " + maxHeight);
        }
        this.world = new Envelope(world);
        this.scale = Math.min(maxWidth / world.getWidth(), maxHeight / world.getHeight());
        this.width = (int) Math.round(world.getWidth() * scale);
        this.height = (int) Math.round(world.getHeight() * scale);
        this.left = left + (maxWidth - width) / 2.0;
        this.top = top + (maxHeight - height) / 2.0;
    }

    /**
     * @param world the extent to show, metres
     * @param screen where it may go, pixels (a window's drawing area, say)
     * @return the frame that fits the extent into it, centred, north up
     */
    public static MapFrame fit(Envelope world, Rectangle2D screen) {
        return new MapFrame(world, screen.getX(), screen.getY(), screen.getWidth(), screen.getHeight());
    }

    /**
     * A frame of a given width whose height follows the extent's proportions.
     *
     * @param world the extent to show, metres
     * @param left the map's left edge in the image, pixels
     * @param top its top edge, pixels
     * @param width its width, pixels
     * @return the frame
     */
    public static MapFrame ofWidth(Envelope world, int left, int top, int width) {
        int height = Math.max(1, (int) Math.round(width * world.getHeight() / world.getWidth()));
        return new MapFrame(world, left, top, width, height);
    }

    /** @return pixels per metre */
    public double pixelsPerMetre() {
        return scale;
    }

    /** @return the map's width, pixels */
    public int width() {
        return width;
    }

    /** @return the map's height, pixels */
    public int height() {
        return height;
    }

    /** @return the map's left edge in the image, pixels */
    public double left() {
        return left;
    }

    /** @return the map's top edge in the image, pixels */
    public double top() {
        return top;
    }

    /** @return the extent shown, metres */
    public Envelope world() {
        return new Envelope(world);
    }

    /**
     * @param x easting, metres
     * @return the image column of it (a fraction: pixel i covers [i, i+1))
     */
    public double px(double x) {
        return left + (x - world.getMinX()) * scale;
    }

    /**
     * @param y northing, metres
     * @return the image row of it (a fraction: pixel j covers [j, j+1))
     */
    public double py(double y) {
        return top + (world.getMaxY() - y) * scale;
    }

    /**
     * @param x easting, metres
     * @param y northing, metres
     * @return the image position
     */
    public Point2D.Double pixel(double x, double y) {
        return new Point2D.Double(px(x), py(y));
    }

    /**
     * @param px image column (fraction)
     * @return the easting there, metres
     */
    public double worldX(double px) {
        return world.getMinX() + (px - left) / scale;
    }

    /**
     * @param py image row (fraction)
     * @return the northing there, metres
     */
    public double worldY(double py) {
        return world.getMaxY() - (py - top) / scale;
    }

    /** @return world metres to image pixels, for drawing shapes given in metres */
    public AffineTransform transform() {
        AffineTransform t = new AffineTransform();
        t.translate(left - world.getMinX() * scale, top + world.getMaxY() * scale);
        t.scale(scale, -scale);
        return t;
    }
}
