package org.firebreak.core.terrain;

/**
 * Whether two points see each other over the ground: the straight sight line between two
 * eyes above the terrain must clear the ground at every sample along it.
 *
 * <p>{@link #clear} neglects the earth's curvature (under 8 m of drop over 10 km, below the
 * vertical error of a 5-arc-minute elevation model). {@link #clearOverCurvedEarth} includes it,
 * with standard refraction, for longer sight lines: over 50 km the ground midway rises about
 * 43 m into the line of a flat-earth sight line.
 */
public final class LineOfSight {
    /** Mean radius of the earth, metres. */
    public static final double EARTH_RADIUS_M = 6_371_000;
    /**
     * Coefficient of terrestrial refraction for light near the ground: the ratio of the earth's
     * radius to that of the bent light ray; 0.13 is the standard value of geodetic levelling
     * (Gauss), though it varies with the temperature gradient.
     */
    public static final double REFRACTION_COEFFICIENT = 0.13;
    /** Radius of an earth over which light travels straight, with refraction folded in, metres. */
    private static final double EFFECTIVE_RADIUS_M = EARTH_RADIUS_M / (1 - REFRACTION_COEFFICIENT);

    private LineOfSight() {
    }

    /**
     * @param terrain the ground
     * @param x1 observer easting, metres
     * @param y1 observer northing, metres
     * @param eye1 observer eye height above the ground, metres
     * @param x2 target easting, metres
     * @param y2 target northing, metres
     * @param eye2 target height above the ground, metres
     * @param spacing distance between ground samples, metres (half a cell of the elevation model is enough)
     * @return whether no sample of the ground rises above the sight line
     */
    public static boolean clear(Terrain terrain, double x1, double y1, double eye1, double x2, double y2,
                                double eye2, double spacing) {
        if (!(spacing > 0)) {
            throw new IllegalArgumentException("sample spacing must be positive, was " + spacing);
        }
        double z1 = terrain.elevation(x1, y1) + eye1;
        double z2 = terrain.elevation(x2, y2) + eye2;
        double d = Math.hypot(x2 - x1, y2 - y1);
        int n = (int) Math.ceil(d / spacing);
        for (int k = 1; k < n; k++) {
            double t = (double) k / n;
            double ground = terrain.elevation(x1 + t * (x2 - x1), y1 + t * (y2 - y1));
            if (ground > z1 + t * (z2 - z1)) {
                return false;
            }
        }
        return true;
    }

    /**
     * As {@link #clear}, on a curved earth with standard refraction: at a fraction t of the way,
     * the ground rises above the chord between the two ends by t (1 − t) d² / (2 R'), the
     * earth bulge of path-profile work, where R' = R / (1 − k) is the earth's radius enlarged by
     * the refraction coefficient k. Two eyes h above a smooth sea then see each other up to
     * 2 √(2 R' h) apart.
     *
     * @param terrain the ground
     * @param x1 observer easting, metres
     * @param y1 observer northing, metres
     * @param eye1 observer eye height above the ground, metres
     * @param x2 target easting, metres
     * @param y2 target northing, metres
     * @param eye2 target height above the ground, metres
     * @param spacing distance between ground samples, metres
     * @return whether no sample of the ground, raised by the bulge, rises above the sight line
     */
    public static boolean clearOverCurvedEarth(Terrain terrain, double x1, double y1, double eye1, double x2,
                                               double y2, double eye2, double spacing) {
        if (!(spacing > 0)) {
            throw new IllegalArgumentException("sample spacing must be positive, was " + spacing);
        }
        double z1 = terrain.elevation(x1, y1) + eye1;
        double z2 = terrain.elevation(x2, y2) + eye2;
        double d = Math.hypot(x2 - x1, y2 - y1);
        double bulgeScale = d * d / (2 * EFFECTIVE_RADIUS_M);
        int n = (int) Math.ceil(d / spacing);
        for (int k = 1; k < n; k++) {
            double t = (double) k / n;
            double ground = terrain.elevation(x1 + t * (x2 - x1), y1 + t * (y2 - y1)) + t * (1 - t) * bulgeScale;
            if (ground > z1 + t * (z2 - z1)) {
                return false;
            }
        }
        return true;
    }
}
