package org.firebreak.core.terrain;

/**
 * Whether two points see each other over the ground: the straight sight line between two
 * eyes above the terrain must clear the ground at every sample along it. Earth curvature is
 * neglected (under 8 m of drop over 10 km), which is below the vertical error of a
 * 5-arc-minute elevation model.
 */
public final class LineOfSight {
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
}
