package org.firebreak.crowd;

/**
 * The collision-free speed model of Tordeux, Chraibi &amp; Seyfried (2016), a first-order
 * alternative to {@link SocialForceModel}: a person walks at an optimal speed set by the
 * distance to the nearest person ahead, in a direction turned away from neighbours and walls.
 *
 * <pre>
 * e_i = normalise(e0_i + Σ_j a exp((ℓ − d_ij)/D) n_ij + Σ_W a_W exp((r_i − d_iW)/D_W) n_iW)
 * v_i = min(v0_i, max(0, (s_i − ℓ)/T)) e_i
 * </pre>
 *
 * where ℓ = r_i + r_j, s_i is the smallest centre distance to a person in front (within the
 * body's width of the line ahead along e_i), T the time gap. Defaults from the paper: T = 1 s,
 * a = 5, D = 0.1 m; walls a_W = 5, D_W = 0.02 m. The simulation still clips every move at
 * walls, so this model needs no wall guarantee of its own.
 */
public final class CollisionFreeSpeedModel implements PedestrianModel {
    private final double timeGap;
    private final double strength;
    private final double range;
    private final double wallStrength;
    private final double wallRange;
    private final double cutoff;

    /**
     * @param timeGap T, s
     * @param strength a of the direction's repulsion from people
     * @param range D of that repulsion, m
     * @param wallStrength a_W of the repulsion from walls
     * @param wallRange D_W, m
     */
    public CollisionFreeSpeedModel(double timeGap, double strength, double range, double wallStrength,
            double wallRange) {
        check("time_gap", timeGap, 0.05, 5);
        check("strength", strength, 0, 100);
        check("range", range, 0.01, 1);
        check("wall_strength", wallStrength, 0, 100);
        check("wall_range", wallRange, 0.005, 1);
        this.timeGap = timeGap;
        this.strength = strength;
        this.range = range;
        this.wallStrength = wallStrength;
        this.wallRange = wallRange;
        // the repulsion is negligible (a e^-8) beyond 8 D past contact; the headway needs T v0 + ℓ
        this.cutoff = Math.max(0.5 + 8 * range, 2.5);
    }

    private static void check(String key, double v, double min, double max) {
        if (!(v >= min && v <= max)) {
            throw new IllegalArgumentException(key + " = " + v + " is out of range; expected a number in [" + min
                    + ", " + max + "]");
        }
    }

    /** @return the model with the parameters of Tordeux, Chraibi &amp; Seyfried (2016) */
    public static CollisionFreeSpeedModel defaults() {
        return new CollisionFreeSpeedModel(1, 5, 0.1, 5, 0.02);
    }

    @Override
    public double interactionRange() {
        return cutoff;
    }

    @Override
    public void velocities(CrowdState s, double step, int from, int to, double[] nextVx, double[] nextVy) {
        double cut2 = cutoff * cutoff;
        int[] lo = new int[9];
        int[] hi = new int[9];
        double[] shifts = new double[9];
        for (int i = from; i < to; i++) {
            double v0 = Math.hypot(s.dvx[i], s.dvy[i]);
            if (s.mode[i] == CrowdState.IN_SERVICE || v0 == 0) {
                nextVx[i] = 0;
                nextVy[i] = 0;
                continue;
            }
            double xi = s.x[i];
            double yi = s.y[i];
            double ri = s.r[i];
            double e0x = s.dvx[i] / v0;
            double e0y = s.dvy[i] / v0;
            double ex = e0x;
            double ey = e0y;
            double gap = Double.MAX_VALUE;
            int ranges = s.around(xi, yi, lo, hi, shifts);
            for (int g = 0; g < ranges; g++) {
                double shift = shifts[g];
                for (int j = lo[g]; j < hi[g]; j++) {
                    double dx = xi - (s.x[j] + shift);
                    double dy = yi - s.y[j];
                    double d2 = dx * dx + dy * dy;
                    if (j == i || d2 >= cut2 || d2 == 0) {
                        continue;
                    }
                    double d = Math.sqrt(d2);
                    double nx = dx / d;
                    double ny = dy / d;
                    double l = ri + s.r[j];
                    double w = strength * FastExp.exp((l - d) / range);
                    ex += w * nx;
                    ey += w * ny;
                    // in front: ahead along e0 and within a body's width of the line ahead
                    double ahead = -(nx * e0x + ny * e0y) * d;
                    double aside = Math.abs(-nx * e0y + ny * e0x) * d;
                    if (ahead > 0 && aside < l && d - l < gap) {
                        gap = d - l;
                    }
                }
            }
            WallIndex walls = s.walls;
            int wc = walls.cellOf(xi, yi);
            int[] list = walls.list(wc);
            for (int k = walls.from(wc); k < walls.to(wc); k++) {
                int seg = list[k];
                double t = walls.nearest(seg, xi, yi);
                double dx = walls.offX(seg, xi, t);
                double dy = walls.offY(seg, yi, t);
                double d = Math.sqrt(dx * dx + dy * dy);
                if (d > 0 && d < ri + 8 * wallRange) {
                    double w = wallStrength * FastExp.exp((ri - d) / wallRange);
                    ex += w * dx / d;
                    ey += w * dy / d;
                }
            }
            double el = Math.hypot(ex, ey);
            double speed = gap == Double.MAX_VALUE ? v0 : Math.min(v0, Math.max(0, gap / timeGap));
            nextVx[i] = el > 0 ? speed * ex / el : 0;
            nextVy[i] = el > 0 ? speed * ey / el : 0;
        }
    }
}
