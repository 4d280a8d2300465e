package org.firebreak.crowd;

import java.util.List;

/**
 * Where a centre may stand: off every wall segment by a clearance, outside every obstacle and
 * clear of everybody's body. Asked when people are placed (by a source, by hand) and when a gate
 * lets someone out, on the calling thread only.
 */
final class SiteClearance {
    private final WallIndex walls;
    private final List<Polygon> obstacles;
    private final CrowdState state;
    private final int[] scratchLo = new int[9];
    private final int[] scratchHi = new int[9];
    private final double[] scratchShift = new double[9];

    SiteClearance(WallIndex walls, List<Polygon> obstacles, CrowdState state) {
        this.walls = walls;
        this.obstacles = obstacles;
        this.state = state;
    }

    /** Whether a centre may stand at a point: at least {@code clearance} off every wall, outside obstacles. */
    boolean walkable(double px, double py, double clearance) {
        int cell = walls.cellOf(px, py);
        int[] l = walls.list(cell);
        for (int k = walls.from(cell); k < walls.to(cell); k++) {
            int seg = l[k];
            if (Segment.distanceSq(walls.ax[seg], walls.ay[seg], walls.bx[seg], walls.by[seg], px, py)
                    < clearance * clearance) {
                return false;
            }
        }
        for (Polygon p : obstacles) {
            if (p.contains(px, py)) {
                return false;
            }
        }
        return true;
    }

    /**
     * @param skip a segment to leave out (the passage being walked through)
     * @return whether the straight line from (fx, fy) to (px, py) touches a segment listed for
     *     the cell of its start
     */
    boolean crossesWall(double fx, double fy, double px, double py, int skip) {
        int cell = walls.cellOf(fx, fy);
        int[] l = walls.list(cell);
        for (int k = walls.from(cell); k < walls.to(cell); k++) {
            int seg = l[k];
            if (seg != skip && walls.crosses(fx, fy, px, py, seg)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a body at a point would overlap someone's next position. Searches the 3 x 3 cells
     * around the point (cells are at least 0.75 m, more than two radii plus a step's move, plus,
     * with neighbour lists, the half skin anybody may have moved since the last sort) and the
     * people appended since the last sort.
     *
     * @param px east, m
     * @param py north, m
     * @param r radius, m
     * @param self an index to leave out, or -1
     * @return whether anyone is closer than the sum of radii
     */
    boolean occupied(double px, double py, double r, int self) {
        CrowdState s = state;
        int ranges = s.around(px, py, scratchLo, scratchHi, scratchShift);
        for (int g = 0; g < ranges; g++) {
            double shift = scratchShift[g];
            for (int j = scratchLo[g]; j < scratchHi[g]; j++) {
                if (j != self && s.mode[j] != CrowdState.GONE
                        && near(px, py, s.nx[j] + shift, s.ny[j], r + s.r[j])) {
                    return true;
                }
            }
        }
        // people who arrived this step are not in the grid yet
        for (int j = s.start[s.cols * s.rows]; j < s.count; j++) {
            if (j != self && near(px, py, s.nx[j], s.ny[j], r + s.r[j])) {
                return true;
            }
        }
        return false;
    }

    private static boolean near(double ax, double ay, double bx, double by, double d) {
        double dx = ax - bx;
        double dy = ay - by;
        return dx * dx + dy * dy < d * d;
    }
}
