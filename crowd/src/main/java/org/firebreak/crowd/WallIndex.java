package org.firebreak.crowd;

import java.util.List;

/**
 * Wall segments in flat arrays with a uniform grid over them: each cell lists every segment
 * that comes within {@link #reach()} of any point of the cell, so a query at a point finds every
 * segment within that distance without scanning all of them.
 *
 * <p>It also carries the one guarantee the whole crowd model rests on: {@link #clip} turns any
 * proposed displacement into one that crosses no segment, by sliding along the segment it would
 * cross and, failing that, by not moving at all.
 */
final class WallIndex {
    /** How far off a wall's line a clipped centre is put, m: far above rounding, far below a body. */
    static final double EPSILON = 1e-4;
    private static final int SLIDES = 4;

    final double[] ax;
    final double[] ay;
    final double[] bx;
    final double[] by;
    /** Unit normal to the left of a to b. */
    final double[] nx;
    final double[] ny;
    private final double x0;
    private final double y0;
    private final double cell;
    private final int cols;
    private final int rows;
    private final double reach;
    private final int[] start;
    private final int[] list;
    private final int[] all;

    /**
     * @param segments the walls
     * @param reach the distance within which a query must find every segment, m
     */
    WallIndex(List<Segment> segments, double reach) {
        int n = segments.size();
        ax = new double[n];
        ay = new double[n];
        bx = new double[n];
        by = new double[n];
        nx = new double[n];
        ny = new double[n];
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        all = new int[n];
        for (int i = 0; i < n; i++) {
            Segment s = segments.get(i);
            ax[i] = s.x1();
            ay[i] = s.y1();
            bx[i] = s.x2();
            by[i] = s.y2();
            double len = s.length();
            nx[i] = -(s.y2() - s.y1()) / len;
            ny[i] = (s.x2() - s.x1()) / len;
            minX = Math.min(minX, Math.min(ax[i], bx[i]));
            minY = Math.min(minY, Math.min(ay[i], by[i]));
            maxX = Math.max(maxX, Math.max(ax[i], bx[i]));
            maxY = Math.max(maxY, Math.max(ay[i], by[i]));
            all[i] = i;
        }
        this.reach = reach;
        this.cell = Math.max(reach, 0.5);
        if (n == 0) {
            minX = minY = 0;
            maxX = maxY = 1;
        }
        x0 = minX - 2 * reach;
        y0 = minY - 2 * reach;
        cols = (int) Math.ceil((maxX - x0 + 2 * reach) / cell) + 1;
        rows = (int) Math.ceil((maxY - y0 + 2 * reach) / cell) + 1;
        start = new int[cols * rows + 1];
        double halfDiagonal = cell * Math.sqrt(0.5);
        // two passes: count, then fill
        int[] fill = null;
        int[] cursor = null;
        for (int pass = 0; pass < 2; pass++) {
            for (int s = 0; s < n; s++) {
                double r = reach + halfDiagonal;
                int c0 = Math.max(0, (int) ((Math.min(ax[s], bx[s]) - r - x0) / cell));
                int c1 = Math.min(cols - 1, (int) ((Math.max(ax[s], bx[s]) + r - x0) / cell));
                int r0 = Math.max(0, (int) ((Math.min(ay[s], by[s]) - r - y0) / cell));
                int r1 = Math.min(rows - 1, (int) ((Math.max(ay[s], by[s]) + r - y0) / cell));
                for (int row = r0; row <= r1; row++) {
                    for (int col = c0; col <= c1; col++) {
                        double cx = x0 + (col + 0.5) * cell;
                        double cy = y0 + (row + 0.5) * cell;
                        if (Segment.distanceSq(ax[s], ay[s], bx[s], by[s], cx, cy) <= r * r) {
                            int c = row * cols + col;
                            if (pass == 0) {
                                start[c + 1]++;
                            } else {
                                fill[cursor[c]++] = s;
                            }
                        }
                    }
                }
            }
            if (pass == 0) {
                for (int c = 0; c < cols * rows; c++) {
                    start[c + 1] += start[c];
                }
                fill = new int[start[cols * rows]];
                cursor = java.util.Arrays.copyOf(start, cols * rows);
            }
        }
        list = fill;
    }

    /** @return the query distance, m */
    double reach() {
        return reach;
    }

    /** @return number of segments */
    int size() {
        return ax.length;
    }

    /**
     * @param x east, m
     * @param y north, m
     * @return the cell holding the point, or -1 off the grid
     */
    int cellOf(double x, double y) {
        double fx = (x - x0) / cell;
        double fy = (y - y0) / cell;
        if (!(fx >= 0 && fy >= 0 && fx < cols && fy < rows)) {
            return -1;
        }
        return (int) fy * cols + (int) fx;
    }

    /** @return first list position of a cell (from {@link #cellOf}, -1 meaning every segment) */
    int from(int cell) {
        return cell < 0 ? 0 : start[cell];
    }

    /** @return end list position of a cell */
    int to(int cell) {
        return cell < 0 ? all.length : start[cell + 1];
    }

    /** @return the list the positions of {@link #from} index into */
    int[] list(int cell) {
        return cell < 0 ? all : list;
    }

    /**
     * @param s a segment
     * @param px east, m
     * @param py north, m
     * @return where on the segment the point nearest (px, py) lies, from 0 at its first end to
     *     1 at its second
     */
    double nearest(int s, double px, double py) {
        double sx = bx[s] - ax[s];
        double sy = by[s] - ay[s];
        double t = ((px - ax[s]) * sx + (py - ay[s]) * sy) / (sx * sx + sy * sy);
        return t < 0 ? 0 : t > 1 ? 1 : t;
    }

    /** @return the east offset of px from the point at {@code t} along segment s ({@link #nearest}), m */
    double offX(int s, double px, double t) {
        return px - (ax[s] + t * (bx[s] - ax[s]));
    }

    /** @return the north offset of py from the point at {@code t} along segment s, m */
    double offY(int s, double py, double t) {
        return py - (ay[s] + t * (by[s] - ay[s]));
    }

    /**
     * Turns a proposed displacement into one that crosses no wall. A displacement that would
     * cross a segment is slid along it, ending {@link #EPSILON} short of its line on the start's
     * side; the slid displacement is checked again (corners), and if it still crosses after a
     * few slides the centre stays where it was. The start must be off every segment and the
     * displacement shorter than {@link #reach()}.
     *
     * @param x0 start, east, m
     * @param y0 start, north, m
     * @param x1 proposed end, east, m
     * @param y1 proposed end, north, m
     * @param out receives the allowed end (0, 1)
     * @return whether the displacement was changed
     */
    boolean clip(double x0, double y0, double x1, double y1, double[] out) {
        int c = cellOf(x0, y0);
        int[] l = list(c);
        int f = from(c);
        int t = to(c);
        double px = x1;
        double py = y1;
        boolean changed = false;
        for (int pass = 0; pass <= SLIDES; pass++) {
            boolean hit = false;
            for (int k = f; k < t; k++) {
                int s = l[k];
                if (crosses(x0, y0, px, py, s)) {
                    if (pass == SLIDES) {
                        out[0] = x0;
                        out[1] = y0;
                        return true;
                    }
                    double side0 = (x0 - ax[s]) * nx[s] + (y0 - ay[s]) * ny[s];
                    double side1 = (px - ax[s]) * nx[s] + (py - ay[s]) * ny[s];
                    double keep = side0 >= 0 ? EPSILON : -EPSILON;
                    px -= (side1 - keep) * nx[s];
                    py -= (side1 - keep) * ny[s];
                    hit = true;
                    changed = true;
                }
            }
            if (!hit) {
                break;
            }
        }
        out[0] = px;
        out[1] = py;
        return changed;
    }

    /** @return whether the move from p to q touches or crosses segment s */
    boolean crosses(double px, double py, double qx, double qy, int s) {
        double d0 = orient(ax[s], ay[s], bx[s], by[s], px, py);
        double d1 = orient(ax[s], ay[s], bx[s], by[s], qx, qy);
        if ((d0 > 0 && d1 > 0) || (d0 < 0 && d1 < 0)) {
            return false;
        }
        if (d0 == 0 && d1 == 0) {
            // moving along the line: only a problem if the move overlaps the segment
            double dx = bx[s] - ax[s];
            double dy = by[s] - ay[s];
            double tp = (px - ax[s]) * dx + (py - ay[s]) * dy;
            double tq = (qx - ax[s]) * dx + (qy - ay[s]) * dy;
            double len2 = dx * dx + dy * dy;
            return Math.max(tp, tq) >= 0 && Math.min(tp, tq) <= len2;
        }
        double e0 = orient(px, py, qx, qy, ax[s], ay[s]);
        double e1 = orient(px, py, qx, qy, bx[s], by[s]);
        return !((e0 > 0 && e1 > 0) || (e0 < 0 && e1 < 0));
    }

    private static double orient(double ax, double ay, double bx, double by, double px, double py) {
        return (bx - ax) * (py - ay) - (by - ay) * (px - ax);
    }
}
