package org.firebreak.crowd;

import java.util.Arrays;
import java.util.List;

/**
 * Walking distance to one target from every cell of a grid over the site (a navigation field,
 * the static floor field of Burstedde et al. 2001 / Kirchner &amp; Schadschneider 2002 in
 * continuous form), and the direction to walk: the normalised negative gradient.
 *
 * <p>Computed once per target by Dijkstra's algorithm over a 16-neighbour stencil (the eight
 * neighbours and the eight knight's moves, so directions are off the exact ones by at most
 * about 13° instead of 22.5°). A step whose straight line touches a wall or closed gate is not
 * taken. Walls are inflated by a body radius: a cell closer than that to a wall costs up to ten
 * times as much to cross, so routes keep a body's width from walls and the gradient leads people
 * that were pushed close to a wall back off it, while doors narrower than two radii stay passable.
 * Cells inside obstacles are not walkable.
 */
final class FloorField {
    private static final int[] DX = {1, -1, 0, 0, 1, 1, -1, -1, 2, 2, -2, -2, 1, 1, -1, -1};
    private static final int[] DY = {0, 0, 1, -1, 1, -1, 1, -1, 1, -1, 1, -1, 2, -2, 2, -2};
    private static final double PENALTY = 9;

    /** What a target contributes: the starting distance of each cell, or infinity. */
    interface Seed {
        /**
         * @param x cell centre, east, m
         * @param y cell centre, north, m
         * @return distance to the target, m, or +infinity if the cell is not at the target
         */
        double at(double x, double y);
    }

    private final double x0;
    private final double y0;
    private final double h;
    private final int cols;
    private final int rows;
    private final float[] dist;
    private final float[] dirX;
    private final float[] dirY;

    /**
     * @param bounds {min x, min y, max x, max y} to cover, m
     * @param cellSize grid spacing, m
     * @param inflate body radius the walls are inflated by, m
     * @param walls walls and closed gate passages
     * @param obstacles areas nobody stands in
     * @param seed the target
     */
    FloorField(double[] bounds, double cellSize, double inflate, WallIndex walls, List<Polygon> obstacles, Seed seed) {
        h = cellSize;
        x0 = bounds[0] - h;
        y0 = bounds[1] - h;
        cols = (int) Math.ceil((bounds[2] - x0 + h) / h) + 1;
        rows = (int) Math.ceil((bounds[3] - y0 + h) / h) + 1;
        int n = cols * rows;
        double[] clearance = new double[n];
        Arrays.fill(clearance, Double.MAX_VALUE);
        double near = Math.max(inflate, h * Math.sqrt(5)) + h;
        for (int s = 0; s < walls.size(); s++) {
            int c0 = Math.max(0, (int) ((Math.min(walls.ax[s], walls.bx[s]) - near - x0) / h));
            int c1 = Math.min(cols - 1, (int) ((Math.max(walls.ax[s], walls.bx[s]) + near - x0) / h));
            int r0 = Math.max(0, (int) ((Math.min(walls.ay[s], walls.by[s]) - near - y0) / h));
            int r1 = Math.min(rows - 1, (int) ((Math.max(walls.ay[s], walls.by[s]) + near - y0) / h));
            for (int r = r0; r <= r1; r++) {
                for (int c = c0; c <= c1; c++) {
                    double d = Math.sqrt(Segment.distanceSq(walls.ax[s], walls.ay[s], walls.bx[s], walls.by[s],
                            cx(c), cy(r)));
                    int i = r * cols + c;
                    clearance[i] = Math.min(clearance[i], d);
                }
            }
        }
        boolean[] blocked = new boolean[n];
        for (Polygon p : obstacles) {
            double[] b = p.bounds();
            for (int r = Math.max(0, (int) ((b[1] - y0) / h)); r <= Math.min(rows - 1, (int) ((b[3] - y0) / h) + 1); r++) {
                for (int c = Math.max(0, (int) ((b[0] - x0) / h)); c <= Math.min(cols - 1, (int) ((b[2] - x0) / h) + 1); c++) {
                    if (p.contains(cx(c), cy(r))) {
                        blocked[r * cols + c] = true;
                    }
                }
            }
        }
        double[] d = new double[n];
        Arrays.fill(d, Double.POSITIVE_INFINITY);
        Heap heap = new Heap();
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                int i = r * cols + c;
                double s = blocked[i] ? Double.POSITIVE_INFINITY : seed.at(cx(c), cy(r));
                if (s < Double.POSITIVE_INFINITY) {
                    d[i] = s;
                    heap.push(i, s);
                }
            }
        }
        double wallCheck = h * Math.sqrt(5) + 1e-9;
        while (!heap.isEmpty()) {
            double di = heap.peekTime();
            int i = heap.pop();
            if (di > d[i]) {
                continue;
            }
            int c = i % cols;
            int r = i / cols;
            double costI = cost(clearance[i], inflate);
            for (int k = 0; k < DX.length; k++) {
                int cc = c + DX[k];
                int rr = r + DY[k];
                if (cc < 0 || rr < 0 || cc >= cols || rr >= rows) {
                    continue;
                }
                int j = rr * cols + cc;
                if (blocked[j]) {
                    continue;
                }
                double len = h * Math.sqrt(DX[k] * DX[k] + DY[k] * DY[k]);
                double nd = di + len * 0.5 * (costI + cost(clearance[j], inflate));
                if (nd >= d[j]) {
                    continue;
                }
                if (clearance[i] < wallCheck && crossesWall(walls, cx(c), cy(r), cx(cc), cy(rr))) {
                    continue;
                }
                d[j] = nd;
                heap.push(j, nd);
            }
        }
        dist = new float[n];
        dirX = new float[n];
        dirY = new float[n];
        for (int i = 0; i < n; i++) {
            dist[i] = (float) d[i];
        }
        directions(d, clearance, walls, wallCheck);
    }

    private static double cost(double clearance, double inflate) {
        return clearance >= inflate ? 1 : 1 + PENALTY * (1 - clearance / inflate);
    }

    private static boolean crossesWall(WallIndex walls, double px, double py, double qx, double qy) {
        int cell = walls.cellOf(px, py);
        int[] l = walls.list(cell);
        for (int k = walls.from(cell); k < walls.to(cell); k++) {
            if (walls.crosses(px, py, qx, qy, l[k])) {
                return true;
            }
        }
        return false;
    }

    private void directions(double[] d, double[] clearance, WallIndex walls, double wallCheck) {
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                int i = r * cols + c;
                if (d[i] == Double.POSITIVE_INFINITY) {
                    continue;
                }
                boolean check = clearance[i] < wallCheck;
                double e = neighbour(d, clearance, walls, check, c, r, c + 1, r);
                double w = neighbour(d, clearance, walls, check, c, r, c - 1, r);
                double nn = neighbour(d, clearance, walls, check, c, r, c, r + 1);
                double s = neighbour(d, clearance, walls, check, c, r, c, r - 1);
                double gx = slope(w, d[i], e);
                double gy = slope(s, d[i], nn);
                double len = Math.hypot(gx, gy);
                if (len > 1e-6) {
                    dirX[i] = (float) (-gx / len);
                    dirY[i] = (float) (-gy / len);
                } else {
                    // flat (inside a target, or a saddle): head for the lowest neighbour
                    double best = d[i];
                    for (int k = 0; k < DX.length; k++) {
                        double v = neighbour(d, clearance, walls, check, c, r, c + DX[k], r + DY[k]);
                        if (v < best) {
                            best = v;
                            double l = Math.hypot(DX[k], DY[k]);
                            dirX[i] = (float) (DX[k] / l);
                            dirY[i] = (float) (DY[k] / l);
                        }
                    }
                }
            }
        }
    }

    private double neighbour(double[] d, double[] clearance, WallIndex walls, boolean check, int c, int r, int cc, int rr) {
        if (cc < 0 || rr < 0 || cc >= cols || rr >= rows) {
            return Double.POSITIVE_INFINITY;
        }
        double v = d[rr * cols + cc];
        if (v < Double.POSITIVE_INFINITY && check && crossesWall(walls, cx(c), cy(r), cx(cc), cy(rr))) {
            return Double.POSITIVE_INFINITY;
        }
        return v;
    }

    /** Central difference where both sides are usable, one-sided otherwise, per unit length. */
    private double slope(double lo, double mid, double hi) {
        boolean l = lo < Double.POSITIVE_INFINITY;
        boolean u = hi < Double.POSITIVE_INFINITY;
        if (l && u) {
            return (hi - lo) / (2 * h);
        } else if (u) {
            return (hi - mid) / h;
        } else if (l) {
            return (mid - lo) / h;
        }
        return 0;
    }

    private double cx(int c) {
        return x0 + (c + 0.5) * h;
    }

    private double cy(int r) {
        return y0 + (r + 0.5) * h;
    }

    /**
     * Direction to walk at a point: the cell directions around it, interpolated bilinearly,
     * leaving out cells that are unreachable or whose distance differs from the nearest cell's
     * by more than a detour (a cell behind a thin wall), then normalised.
     *
     * @param x east, m
     * @param y north, m
     * @param out receives the unit direction (0, 1) (0, 0 where there is none) and the distance
     *     to the target, m (2; +infinity if unreachable)
     */
    void sample(double x, double y, double[] out) {
        double fx = (x - x0) / h - 0.5;
        double fy = (y - y0) / h - 0.5;
        int c = (int) Math.floor(fx);
        int r = (int) Math.floor(fy);
        if (c < 0 || r < 0 || c >= cols - 1 || r >= rows - 1) {
            out[0] = 0;
            out[1] = 0;
            out[2] = Double.POSITIVE_INFINITY;
            return;
        }
        double tx = fx - c;
        double ty = fy - r;
        int i00 = r * cols + c;
        int nearest = i00 + (tx >= 0.5 ? 1 : 0) + (ty >= 0.5 ? cols : 0);
        float dn = dist[nearest];
        double sx = 0;
        double sy = 0;
        double sd = 0;
        double sw = 0;
        for (int k = 0; k < 4; k++) {
            int i = i00 + (k & 1) + ((k >> 1) == 1 ? cols : 0);
            float di = dist[i];
            if (di == Float.POSITIVE_INFINITY || Math.abs(di - dn) > 3 * h) {
                continue;
            }
            double w = ((k & 1) == 1 ? tx : 1 - tx) * ((k >> 1) == 1 ? ty : 1 - ty);
            sx += w * dirX[i];
            sy += w * dirY[i];
            sd += w * di;
            sw += w;
        }
        double len = Math.sqrt(sx * sx + sy * sy);
        if (len > 1e-9) {
            out[0] = sx / len;
            out[1] = sy / len;
        } else {
            out[0] = dirX[nearest];
            out[1] = dirY[nearest];
        }
        out[2] = sw > 0 ? sd / sw : dn;
    }

    /** A binary min-heap of (cell, distance) pairs, ties broken by cell so the order is fixed. */
    private static final class Heap {
        private int[] cells = new int[1024];
        private double[] keys = new double[1024];
        private int size;

        boolean isEmpty() {
            return size == 0;
        }

        double peekTime() {
            return keys[0];
        }

        void push(int cell, double key) {
            if (size == cells.length) {
                cells = Arrays.copyOf(cells, size * 2);
                keys = Arrays.copyOf(keys, size * 2);
            }
            int i = size++;
            while (i > 0) {
                int p = (i - 1) >>> 1;
                if (less(keys[p], cells[p], key, cell)) {
                    break;
                }
                cells[i] = cells[p];
                keys[i] = keys[p];
                i = p;
            }
            cells[i] = cell;
            keys[i] = key;
        }

        int pop() {
            int top = cells[0];
            size--;
            int cell = cells[size];
            double key = keys[size];
            int i = 0;
            while (true) {
                int a = 2 * i + 1;
                if (a >= size) {
                    break;
                }
                int b = a + 1;
                int m = b < size && less(keys[b], cells[b], keys[a], cells[a]) ? b : a;
                if (less(key, cell, keys[m], cells[m])) {
                    break;
                }
                cells[i] = cells[m];
                keys[i] = keys[m];
                i = m;
            }
            cells[i] = cell;
            keys[i] = key;
            return top;
        }

        private static boolean less(double ka, int ca, double kb, int cb) {
            return ka < kb || (ka == kb && ca < cb);
        }
    }
}
