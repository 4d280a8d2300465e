package org.firebreak.crowd;

/**
 * The social-force model: each person accelerates towards its desired velocity and is pushed
 * by the people and walls around it (Helbing &amp; Molnár 1995; body and friction forces of
 * Helbing, Farkas &amp; Vicsek 2000):
 *
 * <pre>
 * m dv_i/dt = m (v0_i e_i − v_i)/τ
 *           + Σ_j [ w(φ_ij) A exp((r_i + s_i)/B) (exp((r_j − d_ij)/B) − exp((0.225 m − R)/B)) + k g(r_ij − d_ij) ] n_ij
 *                 + κ g(r_ij − d_ij) Δv_ji·t_ij t_ij
 *           + Σ_W [ A_W exp((r_i − d_iW)/B_W) + k g(r_i − d_iW) ] n_iW − κ g(r_i − d_iW) (v_i·t_iW) t_iW
 * </pre>
 *
 * where r_ij is the sum of the radii, d_ij the centre distance, n_ij the unit vector from j to i,
 * t_ij its normal, g(x) = max(x, 0), R the cut-off and w(φ) = λ + (1 − λ)(1 + cos φ)/2 the
 * anisotropy (Helbing et al. 2005), φ the angle between the walking direction e_i and −n_ij.
 * The repulsion is shifted by its value at the cut-off (taken for a neighbour of radius
 * 0.225 m) so it vanishes (nearly) continuously there.
 * s_i = τ_a max(0, v_i·e_i) is the room a person needs for its next steps, growing with its
 * speed in the walking direction, as the semi-axis a = a_min + τ_a v of the generalized
 * centrifugal force model (Chraibi, Seyfried &amp; Schadschneider 2010): fast walkers keep more
 * distance, which, with the anisotropy, gives the density-speed relation its observed shape.
 *
 * <p>Integrated by semi-implicit Euler (velocity first, then position with the new velocity);
 * speeds are capped at {@code speedCap} × the desired speed. People being served stand still
 * and are pushed against as if fixed.
 *
 * <p>{@link #velocities} scans the neighbour grid for each person, as the interface asks. A
 * {@link CrowdSimulation} with neighbour lists runs the same forces in three phases instead
 * ({@link SocialForceLists}), which compute each pair once for both people (a test checks that the
 * two agree to rounding). Both take a pair's direction ({@link #normalX}, {@link #normalY}), its
 * friction ({@link #tangential}) and the walls and speed cap ({@link #nextVelocity}) from here;
 * only the repulsion is written twice, since the lists factor it per person to serve both people
 * of a pair while the scan computes it for one.
 */
public final class SocialForceModel implements PedestrianModel {
    /**
     * The neighbour radius the cut-off shift assumes, m: taking one value saves an exponential
     * per pair; for radii within 0.05 m of it the repulsion at the cut-off is below 1 % of its
     * value at contact instead of exactly 0.
     */
    private static final double MEAN_RADIUS = 0.225;

    /**
     * At least the largest radius the settings allow, m: exp((r_j − d)/B) is computed as
     * exp(LIFT/B) · exp(−(d − r_j + LIFT)/B), whose argument d − r_j + LIFT is never negative, so
     * that {@link Decay} can take it from a table; exp(LIFT/B) goes into the per-person factor.
     */
    static final double LIFT = CrowdSettings.RADIUS_MAX.max();

    /**
     * 1, in a field the compiler does not fold: a row holds only about four candidates, and
     * with a stride it cannot prove constant the compiler keeps each row's loop a plain loop
     * instead of splitting it into pre-, main and post-loops, whose set-up costs more than
     * such short rows take (measured: about 5 % more updates per second).
     */
    private int unit = 1;
    private final SocialForceParameters p;
    final double invTau;
    final double aOverM;
    final double invB;
    final double cutShift;
    final double cut2;
    final double kOverM;
    final double kappaOverM;
    private final double awOverM;
    private final double invBw;
    private final double wallReach;
    private final SocialForceLists lists;
    final double lambda;
    final double tauA;
    final Decay decay;
    /** A/m · exp(LIFT/B), the person's factor with the lift folded in. */
    final double aLift;
    /** The cut-off shift over exp(LIFT/B). */
    final double shiftLift;

    /** @param parameters the model's parameters */
    public SocialForceModel(SocialForceParameters parameters) {
        this.p = parameters;
        double m = p.mass();
        invTau = 1 / p.relaxationTime();
        aOverM = p.socialStrength() / m;
        invB = 1 / p.socialRange();
        cutShift = FastExp.exp((MEAN_RADIUS - p.cutoff()) / p.socialRange());
        cut2 = p.cutoff() * p.cutoff();
        kOverM = p.bodyStiffness() / m;
        kappaOverM = p.friction() / m;
        awOverM = p.wallStrength() / m;
        invBw = 1 / p.wallRange();
        wallReach = 8 * p.wallRange();
        lambda = p.anisotropy();
        tauA = p.speedSpace();
        double lift = FastExp.exp(LIFT * invB);
        decay = new Decay(p.socialRange(), p.cutoff() + LIFT);
        aLift = aOverM * lift;
        shiftLift = cutShift / lift;
        lists = new SocialForceLists(this);
    }

    /** @return the model with the library's default parameters */
    public static SocialForceModel defaults() {
        return new SocialForceModel(SocialForceParameters.defaults());
    }

    /** @return the parameters */
    public SocialForceParameters parameters() {
        return p;
    }

    @Override
    public double interactionRange() {
        return p.cutoff();
    }

    @Override
    public int cellsPerRange() {
        return 2;
    }

    /** @return the same forces over neighbour lists, each pair once for both people */
    SocialForceLists lists() {
        return lists;
    }

    /** @return the distance beyond a body's surface within which walls push, m */
    public double wallReach() {
        return wallReach;
    }

    /**
     * {@inheritDoc}
     *
     * <p>Scans the 5 x 5 grid cells around each person, so the people must be sorted by their
     * present cells: as after every step of a simulation without neighbour lists, or right after
     * a sort with them.
     */
    @Override
    public void velocities(CrowdState s, double step, int from, int to, double[] nextVx, double[] nextVy) {
        double[] acc = new double[2];
        // per person, the candidate neighbours as up to two index ranges per grid row
        int[] lo = new int[10];
        int[] hi = new int[10];
        double[] shift = new double[10];
        double[] x = s.x;
        double[] y = s.y;
        double[] vx = s.vx;
        double[] vy = s.vy;
        double[] r = s.r;
        double[] dvx = s.dvx;
        double[] dvy = s.dvy;
        double[] v0 = s.v0;
        byte[] mode = s.mode;
        int[] id = s.id;
        int cols = s.cols;
        int rows = s.rows;
        double gridX0 = s.gridX0;
        double gridY0 = s.gridY0;
        double cell = s.cell;
        double speedCap = p.speedCap();
        int unit = this.unit;
        for (int i = from; i < to; i++) {
            if (mode[i] == CrowdState.IN_SERVICE) {
                nextVx[i] = 0;
                nextVy[i] = 0;
                continue;
            }
            double xi = x[i];
            double yi = y[i];
            double vxi = vx[i];
            double vyi = vy[i];
            double ex = dvx[i];
            double ey = dvy[i];
            double el = Math.sqrt(ex * ex + ey * ey);
            double ux = el > 0 ? ex / el : 0;
            double uy = el > 0 ? ey / el : 0;
            double fc = (xi - gridX0) / cell;
            double fr = (yi - gridY0) / cell;
            // a cast truncates toward 0: anything left of or below the grid clamps to 0 anyway
            int c = fc < 0 ? 0 : fc >= cols ? cols - 1 : (int) fc;
            int row = fr < 0 ? 0 : fr >= rows ? rows - 1 : (int) fr;
            int ranges = rowRanges(s, c, row, lo, hi, shift);
            double ri = r[i];
            // A exp((r_i + s_i + r_j - d)/B), the r_i + s_i part once per person, with the lift
            double own = aLift * FastExp.exp((ri + tauA * Math.max(0, vxi * ux + vyi * uy)) * invB);
            // anisotropy w = wa + wb cos φ; isotropic for someone standing
            boolean walking = el > 0;
            double wa = walking ? lambda + (1 - lambda) * 0.5 : 1;
            double wb = walking ? (1 - lambda) * 0.5 : 0;
            double px = 0;
            double py = 0;
            for (int g = 0; g < ranges; g++) {
                double sh = shift[g];
                for (int j = lo[g], end = hi[g]; j < end; j += unit) {
                    double dx = xi - (x[j] + sh);
                    double dy = yi - y[j];
                    double d2 = dx * dx + dy * dy;
                    if (d2 >= cut2 || j == i) {
                        continue;
                    }
                    double d = Math.sqrt(d2);
                    double nx = normalX(dx, d, id, i, j);
                    double ny = normalY(dy, d);
                    double rj = r[j];
                    double f = own * (decay.at(d - rj + LIFT) - shiftLift) * (wa - wb * (nx * ux + ny * uy));
                    double gap = ri + rj - d;
                    if (gap > 0) {
                        f += kOverM * gap;
                        double ft = kappaOverM * gap * tangential(vx[j] - vxi, vy[j] - vyi, nx, ny);
                        px -= ft * ny;
                        py += ft * nx;
                    }
                    px += f * nx;
                    py += f * ny;
                }
            }
            acc[0] = invTau * (ex - vxi) + px;
            acc[1] = invTau * (ey - vyi) + py;
            nextVelocity(s.walls, xi, yi, vxi, vyi, ri, speedCap * v0[i], step, acc);
            nextVx[i] = acc[0];
            nextVy[i] = acc[1];
        }
    }

    /**
     * The candidates of the grid scan: the 5 x 5 cells around cell (c, row) as index ranges, one
     * per row (cells are half the cut-off, so the block holds every neighbour within it; the cells
     * of a row are adjacent in the sorted arrays), two where a periodic site wraps, with the shift
     * to add to their east positions; rows south to north, west to east.
     *
     * @return the number of ranges
     */
    private static int rowRanges(CrowdState s, int c, int row, int[] lo, int[] hi, double[] shift) {
        int[] start = s.start;
        int cols = s.cols;
        int rows = s.rows;
        double period = s.period;
        int ranges = 0;
        for (int rr = Math.max(0, row - 2), last = Math.min(rows - 1, row + 2); rr <= last; rr++) {
            int base = rr * cols;
            if (period == 0) {
                lo[ranges] = start[base + (c > 1 ? c - 2 : 0)];
                hi[ranges] = start[base + (c < cols - 2 ? c + 2 : cols - 1) + 1];
                shift[ranges++] = 0;
            } else if (c >= 2 && c < cols - 2) {
                lo[ranges] = start[base + c - 2];
                hi[ranges] = start[base + c + 3];
                shift[ranges++] = 0;
            } else if (c < 2) {
                lo[ranges] = start[base + cols + c - 2];
                hi[ranges] = start[base + cols];
                shift[ranges++] = -period;
                lo[ranges] = start[base];
                hi[ranges] = start[base + c + 3];
                shift[ranges++] = 0;
            } else {
                lo[ranges] = start[base + c - 2];
                hi[ranges] = start[base + cols];
                shift[ranges++] = 0;
                lo[ranges] = start[base];
                hi[ranges] = start[base + c + 3 - cols];
                shift[ranges++] = period;
            }
        }
        return ranges;
    }

    /**
     * @return the east part of the unit vector from j to i, (dx, dy)/d; two centres on one spot
     *     are parted along x, by id so the choice is fixed
     */
    static double normalX(double dx, double d, int[] id, int i, int j) {
        return d > 1e-9 ? dx * (1 / d) : id[i] < id[j] ? -1 : 1;
    }

    /** @return the north part of the unit vector from j to i ({@link #normalX}) */
    static double normalY(double dy, double d) {
        return d > 1e-9 ? dy * (1 / d) : 0;
    }

    /**
     * @return the relative velocity (dvx, dvy) along the tangent t = (−n_y, n_x) of the unit
     *     vector n, which the friction of a contact scales
     */
    static double tangential(double dvx, double dvy, double nx, double ny) {
        return dvx * -ny + dvy * nx;
    }

    /**
     * Semi-implicit Euler for one person: adds the walls' push to the acceleration in
     * {@code acc} (driving term and pairs) and leaves there the next velocity, capped.
     *
     * @param cap the speed cap, m/s
     */
    void nextVelocity(WallIndex w, double xi, double yi, double vxi, double vyi, double ri, double cap, double step,
            double[] acc) {
        walls(w, xi, yi, vxi, vyi, ri, acc);
        double nvx = vxi + step * acc[0];
        double nvy = vyi + step * acc[1];
        double sp2 = nvx * nvx + nvy * nvy;
        if (sp2 > cap * cap) {
            double f = cap / Math.sqrt(sp2);
            nvx *= f;
            nvy *= f;
        }
        acc[0] = nvx;
        acc[1] = nvy;
    }

    private void walls(WallIndex w, double xi, double yi, double vxi, double vyi, double ri, double[] acc) {
        int cell = w.cellOf(xi, yi);
        int[] l = w.list(cell);
        double reach = ri + wallReach;
        for (int k = w.from(cell), end = w.to(cell); k < end; k++) {
            int s = l[k];
            double t = w.nearest(s, xi, yi);
            double dx = w.offX(s, xi, t);
            double dy = w.offY(s, yi, t);
            double d2 = dx * dx + dy * dy;
            if (d2 >= reach * reach || d2 == 0) {
                continue;
            }
            double d = Math.sqrt(d2);
            double nx = dx / d;
            double ny = dy / d;
            double f = awOverM * FastExp.exp((ri - d) * invBw);
            double g = ri - d;
            if (g > 0) {
                f += kOverM * g;
                double tx = -ny;
                double ty = nx;
                double ft = -kappaOverM * g * (vxi * tx + vyi * ty);
                acc[0] += ft * tx;
                acc[1] += ft * ty;
            }
            acc[0] += f * nx;
            acc[1] += f * ny;
        }
    }
}
