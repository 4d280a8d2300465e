package org.firebreak.examples.render;

import java.awt.image.BufferedImage;
import org.firebreak.core.terrain.Terrain;
import org.locationtech.jts.geom.Envelope;

/**
 * A light shaded relief of a terrain's elevation, as a translucent overlay to lay over the land
 * tints: darker on slopes facing away from a light in the north-west, lighter on slopes facing
 * it, clear on flat ground and where there is no elevation.
 *
 * <p>Illumination is the usual cartographic one (azimuth 315°, altitude 45°): brightness is the
 * cosine of the angle between the light and the ground's normal (Horn 1981), with the gradient
 * from central differences of the elevation at neighbouring pixels after smoothing it. The shade
 * comes in opacity steps of {@link #STEP}/255, so that PNGs of it compress well.
 */
public final class Hillshade {
    private static final double AZIMUTH = Math.toRadians(315);
    private static final double ALTITUDE = Math.toRadians(45);

    /** Vertical exaggeration: relief is faint at several hundred metres per pixel. */
    public static final double EXAGGERATION = 4;
    /** Opacity of the darkest shade, 0 to 1; the brightest light is 0.6 of it. */
    public static final double STRENGTH = 0.42;

    /**
     * Radius of the box blur applied twice to the elevation before shading, pixels: coarse
     * elevation data (a few km per cell) otherwise shows its cells as a chequer of facets.
     */
    static final int SMOOTHING = 4;

    /**
     * Opacity steps of the shade, out of 255: fewer distinct shades compress far better, and
     * steps this small do not show.
     */
    static final int STEP = 5;

    private Hillshade() {
    }

    /**
     * @param terrain where the elevation comes from
     * @param world the extent the image covers, metres
     * @param width image width, pixels
     * @param height image height, pixels
     * @return a translucent ARGB image covering {@code world}, north up
     */
    public static BufferedImage of(Terrain terrain, Envelope world, int width, int height) {
        if (width < 2 || height < 2) {
            throw new IllegalArgumentException("a hillshade needs at least 2 x 2 pixels, got " + width + " x " + height);
        }
        int w = width;
        int h = height;
        double cx = world.getWidth() / w;
        double cy = world.getHeight() / h;
        // elevation at pixel centres, with a border of one pixel for the differences
        double[] z = new double[(w + 2) * (h + 2)];
        for (int j = -1; j <= h; j++) {
            double y = world.getMaxY() - (j + 0.5) * cy;
            for (int i = -1; i <= w; i++) {
                double e = terrain.elevation(world.getMinX() + (i + 0.5) * cx, y);
                z[(j + 1) * (w + 2) + i + 1] = Double.isFinite(e) ? e : Double.NaN;
            }
        }
        for (int pass = 0; pass < 2; pass++) {
            blur(z, w + 2, h + 2, SMOOTHING, true);
            blur(z, w + 2, h + 2, SMOOTHING, false);
        }
        double lx = Math.cos(ALTITUDE) * Math.sin(AZIMUTH);
        double ly = Math.cos(ALTITUDE) * Math.cos(AZIMUTH);
        double lz = Math.sin(ALTITUDE);
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        for (int j = 0; j < h; j++) {
            for (int i = 0; i < w; i++) {
                int c = (j + 1) * (w + 2) + i + 1;
                double dzdx = (z[c + 1] - z[c - 1]) / (2 * cx) * EXAGGERATION;
                double dzdy = (z[c - (w + 2)] - z[c + (w + 2)]) / (2 * cy) * EXAGGERATION; // row up = north
                if (!Double.isFinite(dzdx) || !Double.isFinite(dzdy)) {
                    continue;
                }
                double norm = Math.sqrt(dzdx * dzdx + dzdy * dzdy + 1);
                // the cosine of the angle between the light and the ground's normal
                double shade = (-dzdx * lx - dzdy * ly + lz) / norm;
                double d = shade - lz; // 0 on flat ground
                int argb;
                if (d < 0) {
                    argb = (level(Math.min(STRENGTH, -d * STRENGTH / lz)) << 24) | 0x1E1E28;
                } else {
                    argb = (level(Math.min(STRENGTH * 0.6, d * STRENGTH * 0.6 / (1 - lz))) << 24) | 0xFFFFFF;
                }
                img.setRGB(i, j, argb);
            }
        }
        return img;
    }

    private static int level(double opacity) {
        return (int) Math.round(255 * opacity / STEP) * STEP;
    }

    /** A running-mean blur along rows or columns that leaves unknown (NaN) cells unknown and out of the means. */
    private static void blur(double[] z, int w, int h, int r, boolean alongRows) {
        int lines = alongRows ? h : w;
        int len = alongRows ? w : h;
        int stride = alongRows ? 1 : w;
        double[] line = new double[len];
        for (int l = 0; l < lines; l++) {
            int start = alongRows ? l * w : l;
            double sum = 0;
            int count = 0;
            for (int i = 0; i < Math.min(r, len); i++) {
                double v = z[start + i * stride];
                if (!Double.isNaN(v)) {
                    sum += v;
                    count++;
                }
            }
            for (int i = 0; i < len; i++) {
                int in = i + r;
                if (in < len && !Double.isNaN(z[start + in * stride])) {
                    sum += z[start + in * stride];
                    count++;
                }
                int out = i - r - 1;
                if (out >= 0 && !Double.isNaN(z[start + out * stride])) {
                    sum -= z[start + out * stride];
                    count--;
                }
                line[i] = Double.isNaN(z[start + i * stride]) || count == 0 ? Double.NaN : sum / count;
            }
            for (int i = 0; i < len; i++) {
                z[start + i * stride] = line[i];
            }
        }
    }
}
