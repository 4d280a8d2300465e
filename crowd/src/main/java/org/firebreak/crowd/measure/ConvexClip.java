package org.firebreak.crowd.measure;

import java.util.Arrays;

/**
 * Clips a convex polygon to a regular polygon of the same area as a disc of radius r around a
 * centre: the bounded Voronoi cell of Steffen and Seyfried (2010), who cut cells at the crowd's
 * edge off at a maximum distance. Buffers are kept between calls.
 */
final class ConvexClip {
    /** Sides of the polygon standing in for the disc; its area equals the disc's exactly. */
    static final int SIDES = 64;

    private final double[] ux = new double[SIDES];
    private final double[] uy = new double[SIDES];
    private final double inRadius;
    private double[] ax = new double[SIDES + 32];
    private double[] ay = new double[SIDES + 32];
    private double[] bx = new double[SIDES + 32];
    private double[] by = new double[SIDES + 32];
    private int n;

    /** @param radius the disc radius (m) */
    ConvexClip(double radius) {
        // circumradius of the regular polygon whose area is π r²
        double circum = radius * Math.sqrt(2 * Math.PI / (SIDES * Math.sin(2 * Math.PI / SIDES)));
        inRadius = circum * Math.cos(Math.PI / SIDES);
        for (int k = 0; k < SIDES; k++) {
            double a = (2 * k + 1) * Math.PI / SIDES;
            ux[k] = Math.cos(a);
            uy[k] = Math.sin(a);
        }
    }

    /**
     * Loads a convex ring (closed or open; the closing point is dropped) and clips it to the disc.
     *
     * @return the number of vertices left (below 3: nothing left)
     */
    int clip(double[] xs, double[] ys, int count, double cx, double cy) {
        if (count > 1 && xs[0] == xs[count - 1] && ys[0] == ys[count - 1]) {
            count--;
        }
        ensure(count);
        boolean inside = true;
        for (int i = 0; i < count; i++) {
            ax[i] = xs[i] - cx;
            ay[i] = ys[i] - cy;
            if (ax[i] * ax[i] + ay[i] * ay[i] > inRadius * inRadius) {
                inside = false;
            }
        }
        n = count;
        if (!inside) {
            for (int k = 0; k < SIDES && n >= 3; k++) {
                halfPlane(ux[k], uy[k], inRadius);
            }
        }
        for (int i = 0; i < n; i++) {
            ax[i] += cx;
            ay[i] += cy;
        }
        return n >= 3 ? n : 0;
    }

    /** @return x of a vertex of the latest result */
    double x(int i) {
        return ax[i];
    }

    /** @return y of a vertex of the latest result */
    double y(int i) {
        return ay[i];
    }

    private void halfPlane(double a, double b, double c) {
        ensure(n + 1);
        int m = 0;
        for (int i = 0; i < n; i++) {
            int j = i + 1 == n ? 0 : i + 1;
            double di = a * ax[i] + b * ay[i] - c;
            double dj = a * ax[j] + b * ay[j] - c;
            if (di <= 0) {
                bx[m] = ax[i];
                by[m] = ay[i];
                m++;
            }
            if ((di < 0 && dj > 0) || (di > 0 && dj < 0)) {
                double t = di / (di - dj);
                bx[m] = ax[i] + t * (ax[j] - ax[i]);
                by[m] = ay[i] + t * (ay[j] - ay[i]);
                m++;
            }
        }
        double[] tx = ax;
        double[] ty = ay;
        ax = bx;
        ay = by;
        bx = tx;
        by = ty;
        n = m;
    }

    private void ensure(int size) {
        if (size + 2 > ax.length) {
            int len = (size + 2) * 2;
            ax = Arrays.copyOf(ax, len);
            ay = Arrays.copyOf(ay, len);
            bx = Arrays.copyOf(bx, len);
            by = Arrays.copyOf(by, len);
        }
    }
}
