package org.firebreak.crowd;

import java.util.Arrays;

/**
 * The people of a crowd run as a structure of arrays, sorted by neighbour-grid cell (a stable
 * counting sort) after every step, or at every rebuild of the neighbour lists where the model
 * uses them, so that people close in space are close in memory and a person's neighbours are a
 * few contiguous runs of the arrays.
 *
 * <p>Positions and velocities exist twice: the current state, which a step only reads, and the
 * next, which it only writes (a Jacobi update); the sort brings the next back into the current
 * arrays. The other per-person attributes are permuted through one spare array per type.
 *
 * <p>Models read it through the public accessors; the arrays returned are the live ones and
 * must not be written. Entries {@code [0, count())} are valid.
 *
 * <p>Bytes per person: 8 doubles of motion (64); desired speed, radius, hold-until time and
 * the two components of the desired velocity as doubles (40); id, route and leg as ints (12); a
 * mode byte (1); the sort's three spare arrays (13); a cell key (4) and an event flag (1): 135.
 * With the social-force model, its neighbour lists besides (4 bytes per pair within the cut-off
 * plus skin, each pair listed once; the key array holds their end offsets) and four doubles of
 * per-person factors for the pair loop (32).
 *
 * <p>With neighbour lists the sort runs only when they are rebuilt; in between, people stay at
 * most half the lists' skin away from the cell they were sorted into.
 */
public final class CrowdState {
    static final byte WALKING = 0;
    static final byte IN_SERVICE = 1;
    static final byte WAITING = 2;
    static final byte GONE = 3;

    // current motion, sorted by cell
    double[] x;
    double[] y;
    double[] vx;
    double[] vy;
    // next motion, same indices as the current
    double[] nx;
    double[] ny;
    double[] nvx;
    double[] nvy;
    // attributes; doubles, not floats, where a step computes with them: on x86 a float-to-double
    // conversion keeps the old contents of its target register, which can chain the iterations
    // of a loop one after the other (measured: an exponential of a float radius 3 times slower)
    double[] v0;
    double[] r;
    int[] id;
    int[] route;
    int[] leg;
    byte[] mode;
    double[] until;
    // one spare array per type, through which the sort permutes each attribute in turn
    double[] spareD;
    int[] spareI;
    byte[] spareB;
    // scratch
    int[] key;
    byte[] flag;
    double[] dvx;
    double[] dvy;
    int count;

    // neighbour grid
    final double gridX0;
    final double gridY0;
    final double cell;
    final int cols;
    final int rows;
    final int[] start;
    final double period;
    final WallIndex walls;
    /** Neighbour lists, or null when the model scans the grid itself. */
    NeighbourList neighbours;

    CrowdState(double[] bounds, double range, double period, WallIndex walls, int capacity) {
        this.period = period;
        this.walls = walls;
        if (period > 0) {
            gridX0 = 0;
            cols = Math.max(5, (int) Math.floor(period / range));
            cell = period / cols;
        } else {
            gridX0 = bounds[0] - 1;
            cell = range;
            cols = (int) Math.ceil((bounds[2] + 1 - gridX0) / cell) + 1;
        }
        gridY0 = bounds[1] - 1;
        rows = (int) Math.ceil((bounds[3] + 1 - gridY0) / cell) + 1;
        start = new int[cols * rows + 1];
        allocate(Math.max(16, capacity));
    }

    private void allocate(int n) {
        x = grow(x, n);
        y = grow(y, n);
        vx = grow(vx, n);
        vy = grow(vy, n);
        nx = grow(nx, n);
        ny = grow(ny, n);
        nvx = grow(nvx, n);
        nvy = grow(nvy, n);
        v0 = grow(v0, n);
        r = grow(r, n);
        id = id == null ? new int[n] : Arrays.copyOf(id, n);
        route = route == null ? new int[n] : Arrays.copyOf(route, n);
        leg = leg == null ? new int[n] : Arrays.copyOf(leg, n);
        mode = mode == null ? new byte[n] : Arrays.copyOf(mode, n);
        until = grow(until, n);
        spareD = new double[n];
        spareI = new int[n];
        spareB = new byte[n];
        key = new int[n];
        flag = new byte[n];
        dvx = new double[n];
        dvy = new double[n];
    }

    private static double[] grow(double[] a, int n) {
        return a == null ? new double[n] : Arrays.copyOf(a, n);
    }

    /** Makes room for one more person at index {@code count} of the current arrays. */
    void ensureCapacity(int n) {
        if (n > x.length) {
            allocate(Math.max(n, x.length * 2));
        }
    }

    /**
     * Counts every per-person array actually allocated (not the grid, whose size follows the
     * area, nor the navigation fields, shared by everyone).
     *
     * @return bytes of per-person state divided by the capacity
     */
    double bytesPerPerson() {
        long b = 8L * (x.length + y.length + vx.length + vy.length + nx.length + ny.length + nvx.length
                + nvy.length + until.length + v0.length + r.length + spareD.length + dvx.length + dvy.length)
                + 4L * (id.length + route.length + leg.length + spareI.length + key.length)
                + mode.length + spareB.length + flag.length + (neighbours == null ? 0 : neighbours.bytes());
        return (double) b / x.length;
    }

    /** @return allocated entries per array */
    int capacity() {
        return x.length;
    }

    /**
     * @param px east, m
     * @param py north, m
     * @return the neighbour-grid cell, clamped to the grid
     */
    int cellOf(double px, double py) {
        double fc = (px - gridX0) / cell;
        double fr = (py - gridY0) / cell;
        int c = fc < 0 ? 0 : fc >= cols ? cols - 1 : (int) fc;
        int rr = fr < 0 ? 0 : fr >= rows ? rows - 1 : (int) fr;
        return rr * cols + c;
    }

    /**
     * Makes the next motion current without reordering anybody (between neighbour-list
     * rebuilds); nobody may have been added or removed.
     */
    void swapNext() {
        double[] t = x;
        x = nx;
        nx = t;
        t = y;
        y = ny;
        ny = t;
        t = vx;
        vx = nvx;
        nvx = t;
        t = vy;
        vy = nvy;
        nvy = t;
    }

    /** Copies the current motion into the next arrays, for a re-sort between steps. */
    void currentToNext() {
        System.arraycopy(x, 0, nx, 0, count);
        System.arraycopy(y, 0, ny, 0, count);
        System.arraycopy(vx, 0, nvx, 0, count);
        System.arraycopy(vy, 0, nvy, 0, count);
    }

    /** @return people in the site */
    public int count() {
        return count;
    }

    /** @return current east positions, m */
    public double[] x() {
        return x;
    }

    /** @return current north positions, m */
    public double[] y() {
        return y;
    }

    /** @return current east velocities, m/s */
    public double[] vx() {
        return vx;
    }

    /** @return current north velocities, m/s */
    public double[] vy() {
        return vy;
    }

    /** @return body radii, m */
    public double[] radius() {
        return r;
    }

    /** @return desired speeds, m/s */
    public double[] desiredSpeed() {
        return v0;
    }

    /** @return desired east velocities this step (speed times direction; 0 when standing), m/s */
    public double[] desiredVx() {
        return dvx;
    }

    /** @return desired north velocities this step, m/s */
    public double[] desiredVy() {
        return dvy;
    }

    /**
     * @param i a person
     * @return whether the person is held still (being served at a gate lane)
     */
    public boolean held(int i) {
        return mode[i] == IN_SERVICE;
    }

    /**
     * @param i a person
     * @return whether the person stands still for a stay in a waiting area
     */
    public boolean staying(int i) {
        return mode[i] == WAITING;
    }

    /** @return stable person ids, same indices as the positions (live array: read, never write) */
    public int[] ids() {
        return id;
    }

    /** @return west edge of the neighbour grid, m */
    public double gridX0() {
        return gridX0;
    }

    /** @return south edge of the neighbour grid, m */
    public double gridY0() {
        return gridY0;
    }

    /** @return neighbour-grid cell size, m (the model's interaction range over its cells per range) */
    public double cellSize() {
        return cell;
    }

    /** @return neighbour-grid columns */
    public int columns() {
        return cols;
    }

    /** @return neighbour-grid rows */
    public int rows() {
        return rows;
    }

    /**
     * People in cell c are the indices {@code [cellStart()[c], cellStart()[c + 1])}; cells are
     * numbered row by row from the south-west.
     *
     * @return the cell starts
     */
    public int[] cellStart() {
        return start;
    }

    /** @return the period in x, m, or 0 when the site is not periodic */
    public double period() {
        return period;
    }

    /**
     * The people of the 3 x 3 cells around a point, as one index range per cell, rows south to
     * north and cells west to east; in a periodic site a cell beyond either end is the one at the
     * other end, its people shifted by the period.
     *
     * @param px east, m
     * @param py north, m
     * @param lo receives the first index of each range (room for 9)
     * @param hi receives the end of each range (exclusive)
     * @param shift receives the shift to add to the east positions of each range, m
     * @return the number of ranges
     */
    int around(double px, double py, int[] lo, int[] hi, double[] shift) {
        int c = cellOf(px, py);
        int col = c % cols;
        int row = c / cols;
        int ranges = 0;
        for (int rr = Math.max(0, row - 1); rr <= Math.min(rows - 1, row + 1); rr++) {
            for (int dc = -1; dc <= 1; dc++) {
                int cc = col + dc;
                double sh = 0;
                if (period > 0) {
                    if (cc < 0) {
                        cc += cols;
                        sh = -period;
                    } else if (cc >= cols) {
                        cc -= cols;
                        sh = period;
                    }
                } else if (cc < 0 || cc >= cols) {
                    continue;
                }
                int cell = rr * cols + cc;
                lo[ranges] = start[cell];
                hi[ranges] = start[cell + 1];
                shift[ranges++] = sh;
            }
        }
        return ranges;
    }

    /**
     * Sets the attributes of a new person at index i (its motion is set by the caller).
     *
     * @param i the index
     * @param person the id
     * @param routeId the route
     * @param speed desired speed, m/s
     * @param radius body radius, m
     */
    void admit(int i, int person, int routeId, float speed, float radius) {
        id[i] = person;
        route[i] = routeId;
        leg[i] = 0;
        v0[i] = speed;
        r[i] = radius;
        mode[i] = WALKING;
        until[i] = 0;
    }

    /**
     * Marks a person gone, unless in service or gone already.
     *
     * @param person an id
     * @return whether the person was there and is now gone
     */
    boolean takeOut(int person) {
        for (int i = 0; i < count; i++) {
            if (id[i] == person) {
                if (mode[i] == IN_SERVICE || mode[i] == GONE) {
                    return false;
                }
                mode[i] = GONE;
                return true;
            }
        }
        return false;
    }

    /** Stops everybody and puts off the ends of services and stays by a pause, s. */
    void postpone(double seconds) {
        for (int i = 0; i < count; i++) {
            if (mode[i] == IN_SERVICE || mode[i] == WAITING) {
                until[i] += seconds;
            }
            vx[i] = 0;
            vy[i] = 0;
        }
    }

    /** @return an east position brought into [0, period) in a periodic site, unchanged otherwise */
    double wrapX(double px) {
        if (period == 0) {
            return px;
        }
        if (px >= period) {
            px -= period;
        } else if (px < 0) {
            px += period;
        }
        return px >= period || px < 0 ? 0 : px;
    }
}
