package org.firebreak.core.navigation;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.firebreak.core.terrain.CostSurface;
import org.firebreak.core.terrain.GridGeometry;
import org.locationtech.jts.geom.Coordinate;

/**
 * Travel time on foot from every cell of a cost surface to the nearest of a set of goals:
 * Dijkstra's algorithm over the 8-connected grid, run backward from the goals with the
 * direction-dependent step times of {@link CostSurface#stepSeconds}. Built once per goal set
 * and shared by every agent heading there; agents descend it cell by cell.
 *
 * <p>A diagonal step is allowed only when both cells it cuts past can be entered, so a
 * one-cell-wide barrier (a river) cannot be slipped through at a corner.
 */
public final class NavigationField {
    private static final double SQRT2 = Math.sqrt(2);

    private final CostSurface surface;
    private final String label;
    private final double pace;
    private final float[] seconds;
    private final long buildNanos;
    private final int reachable;

    private NavigationField(CostSurface surface, String label, double pace, float[] seconds, long buildNanos,
                            int reachable) {
        this.surface = surface;
        this.label = label;
        this.pace = pace;
        this.seconds = seconds;
        this.buildNanos = buildNanos;
        this.reachable = reachable;
    }

    /**
     * @param surface the cost surface
     * @param label what the goals are, for reports
     * @param goals goal points, metres; each marks its cell as a goal (points off the grid are ignored)
     * @param pace the walker's multiplier on Tobler's speed
     * @return the field
     * @throws IllegalArgumentException if no goal lies on a cell that can be entered
     */
    public static NavigationField build(CostSurface surface, String label, List<Coordinate> goals, double pace) {
        Objects.requireNonNull(surface, "surface");
        if (!(pace > 0) || !Double.isFinite(pace)) {
            throw new IllegalArgumentException("pace must be a positive number, was " + pace);
        }
        long t0 = System.nanoTime();
        GridGeometry g = surface.grid();
        int cols = g.cols();
        int rows = g.rows();
        double[] dist = new double[g.size()];
        Arrays.fill(dist, Double.POSITIVE_INFINITY);
        CellHeap heap = new CellHeap(Math.max(1024, g.size() / 8));
        for (Coordinate c : goals) {
            int i = g.index(c.x, c.y);
            if (i >= 0 && surface.factor(i) > 0 && dist[i] != 0) {
                dist[i] = 0;
                heap.push(i, 0);
            }
        }
        if (heap.isEmpty()) {
            throw new IllegalArgumentException("navigation field '" + label + "': no goal lies on passable ground of the "
                    + cols + " x " + rows + " grid");
        }
        double size = g.cellSize();
        double diagonal = size * SQRT2;
        int reached = 0;
        while (!heap.isEmpty()) {
            double t = heap.peekTime();
            int b = heap.pop();
            if (t > dist[b]) {
                continue;
            }
            reached++;
            int bc = b % cols;
            int br = b / cols;
            for (int dr = -1; dr <= 1; dr++) {
                int ar = br + dr;
                if (ar < 0 || ar >= rows) {
                    continue;
                }
                for (int dc = -1; dc <= 1; dc++) {
                    int ac = bc + dc;
                    if ((dr == 0 && dc == 0) || ac < 0 || ac >= cols) {
                        continue;
                    }
                    int a = ar * cols + ac;
                    boolean diag = dr != 0 && dc != 0;
                    if (diag && (surface.factor(ar * cols + bc) == 0 || surface.factor(br * cols + ac) == 0)) {
                        continue;
                    }
                    double ta = t + surface.stepSeconds(a, b, diag ? diagonal : size, pace);
                    if (ta < dist[a]) {
                        dist[a] = ta;
                        heap.push(a, ta);
                    }
                }
            }
        }
        float[] seconds = new float[dist.length];
        for (int i = 0; i < dist.length; i++) {
            seconds[i] = (float) dist[i];
        }
        return new NavigationField(surface, label, pace, seconds, System.nanoTime() - t0, reached);
    }

    /** @return what the goals are */
    public String label() {
        return label;
    }

    /** @return the walker's pace this field was built for */
    public double pace() {
        return pace;
    }

    /** @return the grid */
    public GridGeometry grid() {
        return surface.grid();
    }

    /**
     * @param index a cell index
     * @return seconds from the cell's centre to the nearest goal; infinite if unreachable
     */
    public double seconds(int index) {
        return seconds[index];
    }

    /**
     * @param x easting, metres
     * @param y northing, metres
     * @return seconds from the containing cell's centre to the nearest goal; infinite off the grid or if unreachable
     */
    public double secondsAt(double x, double y) {
        int i = surface.grid().index(x, y);
        return i < 0 ? Double.POSITIVE_INFINITY : seconds[i];
    }

    /**
     * The neighbour to step to: the one minimising step time plus its remaining time.
     *
     * @param index a cell index
     * @return the next cell toward the goal, or -1 at a goal or where no goal can be reached
     */
    public int next(int index) {
        double here = seconds[index];
        if (here == 0 || Double.isInfinite(here)) {
            return -1;
        }
        GridGeometry g = surface.grid();
        int cols = g.cols();
        int c = index % cols;
        int r = index / cols;
        int best = -1;
        double bestTime = Double.POSITIVE_INFINITY;
        for (int dr = -1; dr <= 1; dr++) {
            for (int dc = -1; dc <= 1; dc++) {
                int nc = c + dc;
                int nr = r + dr;
                if ((dr == 0 && dc == 0) || !g.contains(nc, nr)) {
                    continue;
                }
                boolean diag = dr != 0 && dc != 0;
                if (diag && (surface.factor(nr * cols + c) == 0 || surface.factor(r * cols + nc) == 0)) {
                    continue;
                }
                int n = nr * cols + nc;
                double t = surface.stepSeconds(index, n, diag ? g.cellSize() * SQRT2 : g.cellSize(), pace)
                        + seconds[n];
                if (t < bestTime) {
                    bestTime = t;
                    best = n;
                }
            }
        }
        return best;
    }

    /**
     * @param x easting, metres
     * @param y northing, metres
     * @return the centre of the next cell toward the goal, empty at a goal, off the grid or where none is reachable
     */
    public Optional<Coordinate> nextWaypoint(double x, double y) {
        int i = surface.grid().index(x, y);
        if (i < 0) {
            return Optional.empty();
        }
        int n = next(i);
        return n < 0 ? Optional.empty() : Optional.of(new Coordinate(grid().centreX(n), grid().centreY(n)));
    }

    /** @return wall-clock nanoseconds the build took */
    public long buildNanos() {
        return buildNanos;
    }

    /** @return cells from which a goal can be reached */
    public int reachableCells() {
        return reachable;
    }

    /** @return bytes held by this field (the surface is shared and not counted) */
    public long bytes() {
        return 4L * seconds.length;
    }
}
