package org.firebreak.crowd;

import java.util.Arrays;

/**
 * Verlet neighbour lists (Verlet 1967), half lists: each pair of people within the interaction
 * range plus a skin is listed once, on the list of its lower index, taken from the neighbour
 * grid right after a cell sort. While nobody has moved more than half the skin since, every pair
 * within the range is on the lists, so the force loop is one flat loop per person instead of a
 * scan of the grid's rows, and computes each pair's distance, exponential and contact once for
 * both people.
 *
 * <p>The lists stay valid only as long as the array order does: the simulation sorts only when it
 * rebuilds them, which it does once twice the distance anybody can have walked since the last
 * build (the sum of each step's largest speed times the step, a state-determined rule) would
 * exceed the skin, and at once after anything that reorders, adds, removes or moves a person
 * other than by a step.
 *
 * <p>Each range of people that {@link StepPool} hands one thread has its own array of
 * concatenated indices, so ranges are built in parallel; a person's list, and the order of its
 * entries (grid rows south to north, west to east), do not depend on the number of threads.
 * The end offsets share the sort's key array, which is free once the sort is done.
 *
 * <p>A pair adds to both people's force sums, so the pair loop cannot simply split people among
 * threads. It runs over {@link #block blocks} of consecutive people, larger than any index
 * distance on the lists, so a block's pairs reach into the next block at most: the even blocks
 * run at once, then the odd ones, and no sum is written by two threads at a time. Each sum then
 * adds its terms in an order fixed by the blocks, which follow from the lists alone, so forces
 * are the same bits on any number of threads.
 */
final class NeighbourList {
    /** Extra reach beyond the interaction range, m. */
    static final double SKIN = 0.2;

    final double reach;
    private final double reach2;
    /** Per range: the first person and the concatenated neighbour indices. */
    private int[] partFrom = new int[0];
    private int[][] lists = new int[0][];
    /** Per person: the end of its entries in its range's array (the sort's key array). */
    int[] end;
    /** Per range: the largest speed after this step's moves, m/s. */
    private double[] partSpeed = new double[0];
    /**
     * How far anybody can have moved since the build, m: the sum over the steps since of the
     * largest speed of each step times the step.
     */
    double travel;
    /** Whether the lists match the array order and count. */
    boolean valid;
    /** Per range: the largest index distance from a person to one on its list. */
    private int[] partSpan = new int[0];
    /**
     * People per block of the pair phase: more than any index distance on the lists, so that the
     * rows of one block reach no further than the next block.
     */
    int block;
    /** Per person, the pair loop's factors of its repulsion (see SocialForceModel#factors). */
    double[] own = new double[0];
    double[] ownX = new double[0];
    double[] ownY = new double[0];
    double[] lift = new double[0];

    /** The smallest block, people: blocks are the units the pair phase's threads take. */
    static final int MIN_BLOCK = 1024;

    NeighbourList(double range) {
        this.reach = range + SKIN;
        this.reach2 = reach * reach;
    }

    /**
     * Starts a rebuild: fixes the ranges and how long the lists will last.
     *
     * @param key the sort's key array, to hold the end offsets
     * @param pool the pool whose ranges the builds will run on
     * @param n people
     * @param maxMove the longest move anybody can make in one step, m
     */
    void prepare(int[] key, StepPool pool, int n) {
        end = key;
        int parts = pool.parts(n);
        if (lists.length != parts) {
            lists = Arrays.copyOf(lists, parts);
            partFrom = new int[parts];
            partSpeed = new double[parts];
            partSpan = new int[parts];
        }
        if (own.length < n) {
            int m = Math.max(n, own.length + own.length / 2);
            own = new double[m];
            ownX = new double[m];
            ownY = new double[m];
            lift = new double[m];
        }
        for (int p = 0; p < parts; p++) {
            partFrom[p] = pool.from(n, p);
        }
        travel = 0;
        valid = true;
    }

    /** Records the largest speed, m/s, after the moves of the range starting at {@code from}. */
    void moved(int from, double speed) {
        partSpeed[part(from)] = speed;
    }

    /**
     * Adds a step's moves and tells whether the lists still hold every pair within the range:
     * two people can have closed in by twice the distance anybody travelled, which must stay
     * within the skin.
     *
     * @param dt the step, s
     * @return whether the lists may be used for the next step
     */
    boolean advance(double dt) {
        double v = 0;
        for (double p : partSpeed) {
            v = Math.max(v, p);
        }
        // with a margin for rounding in the moves
        travel += v * dt * (1 + 1e-9) + 1e-12;
        return 2 * travel <= SKIN;
    }

    /** @return the range whose first person is {@code from} (or the last one starting before it) */
    int part(int from) {
        int p = partFrom.length - 1;
        while (p > 0 && partFrom[p] > from) {
            p--;
        }
        return p;
    }

    /** @return the end of a range: the first person of the next, or {@code Integer.MAX_VALUE} */
    int partEnd(int part) {
        return part + 1 < partFrom.length ? partFrom[part + 1] : Integer.MAX_VALUE;
    }

    /**
     * Fixes the pair phase's blocks once all ranges are built: a function of the lists alone,
     * so of the state, not of the number of threads.
     *
     * @param n people
     * @return the number of blocks
     */
    int blocks(int n) {
        int span = 0;
        for (int p : partSpan) {
            span = Math.max(span, p);
        }
        block = Math.max(MIN_BLOCK, span + 1);
        return (n + block - 1) / block;
    }

    /** @return the neighbour indices of a range */
    int[] list(int part) {
        return lists[part];
    }

    /** @return the first entry of person i, whose range is {@code part} */
    int begin(int part, int i) {
        return i == partFrom[part] ? 0 : end[i - 1];
    }

    /** @return bytes allocated for the lists (the end offsets are the sort's keys) */
    long bytes() {
        long b = 0;
        for (int[] l : lists) {
            b += l == null ? 0 : 4L * l.length;
        }
        return b + 32L * own.length;
    }

    /**
     * Builds the lists of people [from, to) from the cell-sorted state: each pair once, on the
     * list of its lower index. The candidates are the 5 x 5 cells around each person (cells are
     * at least half the reach), whose cells in a row are one index range (two where a periodic
     * site wraps), rows south to north, cut to the indices above the person's own. Every
     * candidate is written and the write position advanced only for those within reach, without a
     * branch to mispredict.
     */
    void build(CrowdState s, int from, int to) {
        int part = part(from);
        int[] l = lists[part];
        if (l == null) {
            l = new int[(to - from) * 5 + 64];
        }
        int[] lo = new int[10];
        int[] hi = new int[10];
        double[] x = s.x;
        double[] y = s.y;
        int[] start = s.start;
        int cols = s.cols;
        int rows = s.rows;
        double period = s.period;
        double half = period > 0 ? 0.5 * period : Double.POSITIVE_INFINITY;
        int k = 0;
        int span = 0;
        for (int i = from; i < to; i++) {
            double xi = x[i];
            double yi = y[i];
            int c = s.cellOf(xi, yi);
            int col = c % cols;
            int row = c / cols;
            int ranges = 0;
            int candidates = 0;
            for (int rr = Math.max(0, row - 2), last = Math.min(rows - 1, row + 2); rr <= last; rr++) {
                int base = rr * cols;
                if (period == 0) {
                    lo[ranges] = start[base + Math.max(0, col - 2)];
                    hi[ranges] = start[base + Math.min(cols - 1, col + 2) + 1];
                } else if (col >= 2 && col < cols - 2) {
                    lo[ranges] = start[base + col - 2];
                    hi[ranges] = start[base + col + 3];
                } else if (col < 2) {
                    lo[ranges] = start[base + cols + col - 2];
                    hi[ranges] = start[base + cols];
                    ranges = above(lo, hi, ranges, i);
                    lo[ranges] = start[base];
                    hi[ranges] = start[base + col + 3];
                } else {
                    lo[ranges] = start[base + col - 2];
                    hi[ranges] = start[base + cols];
                    ranges = above(lo, hi, ranges, i);
                    lo[ranges] = start[base];
                    hi[ranges] = start[base + col + 3 - cols];
                }
                ranges = above(lo, hi, ranges, i);
            }
            for (int g = 0; g < ranges; g++) {
                candidates += hi[g] - lo[g];
            }
            if (k + candidates > l.length) {
                // grow to the count the people so far extrapolate to, and a little
                long est = (long) (1.05 * k * (to - from) / Math.max(1, i - from)) + candidates + 64;
                l = Arrays.copyOf(l, (int) Math.min(Integer.MAX_VALUE - 8, Math.max(est, k + candidates + 64)));
            }
            int top = i;
            for (int g = 0; g < ranges; g++) {
                for (int j = lo[g], e = hi[g]; j < e; j++) {
                    double dx = xi - x[j];
                    dx = dx > half ? dx - period : dx < -half ? dx + period : dx;
                    double dy = yi - y[j];
                    l[k] = j;
                    k += dx * dx + dy * dy < reach2 ? 1 : 0;
                }
                // the ranges' ends are candidates too: a bound on the index distance
                top = Math.max(top, hi[g] - 1);
            }
            span = Math.max(span, top - i);
            end[i] = k;
        }
        lists[part] = l;
        partSpan[part] = span;
    }

    /** Keeps range {@code ranges} cut to the indices above i if anything is left of it. */
    private static int above(int[] lo, int[] hi, int ranges, int i) {
        lo[ranges] = Math.max(lo[ranges], i + 1);
        return hi[ranges] > lo[ranges] ? ranges + 1 : ranges;
    }
}
