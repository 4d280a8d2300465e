package org.firebreak.examples.pictures;

/**
 * Douglas and Peucker (1973) line simplification: keeps the fewest vertices of a polyline such
 * that every dropped vertex lies within a tolerance of the simplified line. Used on tracks in
 * pixels, where agents' long straight legs carry many positions a picture cannot show.
 */
final class Simplify {
    private Simplify() {
    }

    /**
     * @param x vertices' x
     * @param y vertices' y, as many
     * @param n vertices in use
     * @param tolerance largest distance of a dropped vertex from the simplified line
     * @return for each vertex, whether it is kept (the first and last always are)
     */
    static boolean[] keep(double[] x, double[] y, int n, double tolerance) {
        boolean[] keep = new boolean[n];
        if (n == 0) {
            return keep;
        }
        keep[0] = true;
        keep[n - 1] = true;
        int[] stack = new int[2 * Math.max(2, n)];
        int top = 0;
        stack[top++] = 0;
        stack[top++] = n - 1;
        double tol2 = tolerance * tolerance;
        while (top > 0) {
            int b = stack[--top];
            int a = stack[--top];
            int worst = -1;
            double worstD2 = tol2;
            for (int i = a + 1; i < b; i++) {
                double d2 = segmentDistance2(x[i], y[i], x[a], y[a], x[b], y[b]);
                if (d2 > worstD2) {
                    worstD2 = d2;
                    worst = i;
                }
            }
            if (worst >= 0) {
                keep[worst] = true;
                stack[top++] = a;
                stack[top++] = worst;
                stack[top++] = worst;
                stack[top++] = b;
            }
        }
        return keep;
    }

    private static double segmentDistance2(double px, double py, double ax, double ay, double bx, double by) {
        double ex = bx - ax;
        double ey = by - ay;
        double len2 = ex * ex + ey * ey;
        double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * ex + (py - ay) * ey) / len2));
        double dx = ax + t * ex - px;
        double dy = ay + t * ey - py;
        return dx * dx + dy * dy;
    }
}
