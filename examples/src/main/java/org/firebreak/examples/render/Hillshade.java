package org.firebreak.examples.render;

import java.awt.image.BufferedImage;
import org.firebreak.core.terrain.Terrain;
import org.locationtech.jts.geom.Envelope;

/**
 * A hillshade of a terrain's elevation: a translucent image, dark on slopes turned from the
 * light and bright on slopes facing it, clear on the flat, to lay over the land tints.
 *
 * <p>Illumination follows the usual reflectance model of hillshading: for a surface of slope
 * angle s and aspect a lit from zenith angle z and azimuth A, brightness is
 * cos z · cos s + sin z · sin s · cos(A − a), with the gradient from Horn's (1981) weighted
 * 3 × 3 differences. The light comes from the north-west, 45° above the horizon, as on most maps.
 * Elevation is sampled from {@link Terrain#elevation}, so any terrain works; cells without data
 * stay clear.
 */
public final class Hillshade {
    private static final double AZIMUTH_DEG = 315;
    private static final double ALTITUDE_DEG = 45;
    /** Exaggeration of relief, so that hills read at a regional scale. */
    private static final double Z_FACTOR = 4;
    /** Opacity of the darkest shadow and of the brightest highlight, 0 to 255. */
    private static final int SHADOW_ALPHA = 150;
    private static final int LIGHT_ALPHA = 90;

    private Hillshade() {
    }

    /**
     * @param terrain the terrain
     * @param width image width in pixels; the height follows the terrain's aspect ratio
     * @return a translucent ARGB image covering {@link Terrain#bounds}, north up
     */
    public static BufferedImage of(Terrain terrain, int width) {
        if (width < 2) {
            throw new IllegalArgumentException("a hillshade needs at least 2 pixels across, got " + width);
        }
        Envelope b = terrain.bounds();
        double cell = b.getWidth() / width;
        int height = Math.max(2, (int) Math.round(b.getHeight() / cell));
        // elevations at pixel centres, with a one-pixel margin for the differences
        double[] z = new double[(width + 2) * (height + 2)];
        for (int r = -1; r <= height; r++) {
            double y = b.getMaxY() - (r + 0.5) * cell;
            for (int c = -1; c <= width; c++) {
                double x = b.getMinX() + (c + 0.5) * cell;
                z[(r + 1) * (width + 2) + (c + 1)] = terrain.elevation(clamp(x, b.getMinX(), b.getMaxX()),
                        clamp(y, b.getMinY(), b.getMaxY()));
            }
        }
        double zenith = Math.toRadians(90 - ALTITUDE_DEG);
        double azimuth = Math.toRadians(AZIMUTH_DEG);
        double flat = Math.cos(zenith);
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        int stride = width + 2;
        for (int r = 0; r < height; r++) {
            for (int c = 0; c < width; c++) {
                int i = (r + 1) * stride + (c + 1);
                double a = z[i - stride - 1];
                double bb = z[i - stride];
                double cc = z[i - stride + 1];
                double d = z[i - 1];
                double f = z[i + 1];
                double g = z[i + stride - 1];
                double h = z[i + stride];
                double k = z[i + stride + 1];
                double dzdx = ((cc + 2 * f + k) - (a + 2 * d + g)) / (8 * cell) * Z_FACTOR;
                // rows run south, so the northward gradient is the top row minus the bottom row
                double dzdy = ((a + 2 * bb + cc) - (g + 2 * h + k)) / (8 * cell) * Z_FACTOR;
                if (Double.isNaN(dzdx) || Double.isNaN(dzdy)) {
                    continue;
                }
                double slope = Math.atan(Math.hypot(dzdx, dzdy));
                // aspect: the compass direction the slope faces (downhill), clockwise from north
                double aspect = Math.atan2(-dzdx, -dzdy);
                double lit = flat * Math.cos(slope) + Math.sin(zenith) * Math.sin(slope) * Math.cos(azimuth - aspect);
                img.setRGB(c, r, pixel(lit - flat, flat));
            }
        }
        return img;
    }

    private static int pixel(double delta, double flat) {
        if (delta < 0) {
            int alpha = (int) Math.min(SHADOW_ALPHA, Math.round(-delta / flat * SHADOW_ALPHA));
            return alpha << 24 | 0x1c2430;
        }
        int alpha = (int) Math.min(LIGHT_ALPHA, Math.round(delta / (1 - flat) * LIGHT_ALPHA));
        return alpha << 24 | 0xffffff;
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}
