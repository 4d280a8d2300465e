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
 * {@link CrowdSimulation} with neighbour lists runs the same forces in three phases instead,
 * {@link #factors}, {@link #pairs} and {@link #accelerate}, which compute each pair once for both
 * people (a test checks that the two agree to rounding).
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
    private static final double LIFT = CrowdSettings.RADIUS_MAX.max();

    /**
     * 1, in a field the compiler does not fold: a row holds only about four candidates, and
     * with a stride it cannot prove constant the compiler keeps each row's loop a plain loop
     * instead of splitting it into pre-, main and post-loops, whose set-up costs more than
     * such short rows take (measured: about 5 % more updates per second).
     */
    private int unit = 1;
    private final SocialForceParameters p;
    private final double invTau;
    private final double aOverM;
    private final double invB;
    private final double cutShift;
    private final double cut2;
    private final double kOverM;
    private final double kappaOverM;
    private final double awOverM;
    private final double invBw;
    private final double wallReach;
    private final double lambda;
    private final double tauA;
    private final Decay decay;
    /** A/m · exp(LIFT/B), the person's factor with the lift folded in. */
    private final double aLift;
    /** The cut-off shift over exp(LIFT/B). */
    private final double shiftLift;

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
        int[] start = s.start;
        int cols = s.cols;
        int rows = s.rows;
        double period = s.period;
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
            // cells are half the cut-off: a 5 x 5 block holds every neighbour within it; the
            // cells of a row are adjacent in the sorted arrays, so each row is one index range
            // (two where a periodic site wraps), taken west to east, rows south to north
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
                    double nx;
                    double ny;
                    if (d > 1e-9) {
                        double inv = 1 / d;
                        nx = dx * inv;
                        ny = dy * inv;
                    } else {
                        // two centres on one spot: part them along x, by id so the choice is fixed
                        nx = s.id[i] < s.id[j] ? -1 : 1;
                        ny = 0;
                    }
                    double rj = r[j];
                    double f = own * (decay.at(d - rj + LIFT) - shiftLift) * (wa - wb * (nx * ux + ny * uy));
                    double gap = ri + rj - d;
                    if (gap > 0) {
                        f += kOverM * gap;
                        double tx = -ny;
                        double ty = nx;
                        double dvt = (vx[j] - vxi) * tx + (vy[j] - vyi) * ty;
                        double ft = kappaOverM * gap * dvt;
                        px += ft * tx;
                        py += ft * ty;
                    }
                    px += f * nx;
                    py += f * ny;
                }
            }
            acc[0] = invTau * (ex - vxi) + px;
            acc[1] = invTau * (ey - vyi) + py;
            walls(s.walls, xi, yi, vxi, vyi, ri, acc);
            double nvx = vxi + step * acc[0];
            double nvy = vyi + step * acc[1];
            double cap = speedCap * v0[i];
            double sp2 = nvx * nvx + nvy * nvy;
            if (sp2 > cap * cap) {
                double f = cap / Math.sqrt(sp2);
                nvx *= f;
                nvy *= f;
            }
            nextVx[i] = nvx;
            nextVy[i] = nvy;
        }
    }

    /**
     * Pair phase 1 of 3, for people [from, to): the factors of each person's repulsion that the
     * pair loop reads for both people of a pair, and a zero sum of pair forces in
     * {@code s.nvx, s.nvy}. The repulsion on i from j is A/m e^((r_i + s_i)/B) w_ij
     * (e^(r_j/B) e^(−d/B) − e^((0.225 m − R)/B)); here A/m e^((r_i + s_i)/B) is split by the
     * anisotropy w_ij = w_a − w_b n_ij·e_i into a scalar and a vector part, and e^(r_i/B), the factor
     * it gives its neighbours' repulsion, is taken only when the lists were just built, since it
     * changes only with the array order.
     */
    void factors(CrowdState s, NeighbourList nl, boolean built, int from, int to) {
        double[] vx = s.vx;
        double[] vy = s.vy;
        double[] r = s.r;
        double[] dvx = s.dvx;
        double[] dvy = s.dvy;
        double[] own = nl.own;
        double[] ownX = nl.ownX;
        double[] ownY = nl.ownY;
        double wa = lambda + (1 - lambda) * 0.5;
        double wb = (1 - lambda) * 0.5;
        for (int i = from; i < to; i++) {
            double ex = dvx[i];
            double ey = dvy[i];
            double el = Math.sqrt(ex * ex + ey * ey);
            if (el > 0) {
                double ux = ex / el;
                double uy = ey / el;
                double a = aOverM * FastExp.exp((r[i] + tauA * Math.max(0, vx[i] * ux + vy[i] * uy)) * invB);
                own[i] = a * wa;
                ownX[i] = a * wb * ux;
                ownY[i] = a * wb * uy;
            } else {
                // isotropic for someone standing
                own[i] = aOverM * FastExp.exp(r[i] * invB);
                ownX[i] = 0;
                ownY[i] = 0;
            }
        }
        if (built) {
            double[] lift = nl.lift;
            for (int i = from; i < to; i++) {
                lift[i] = FastExp.exp(r[i] * invB);
            }
        }
        java.util.Arrays.fill(s.nvx, from, to, 0);
        java.util.Arrays.fill(s.nvy, from, to, 0);
    }

    /**
     * Pair phase 2 of 3: the forces of every listed pair whose first person is in [from, to),
     * added to both people's sums in {@code s.nvx, s.nvy}: the distance, the direction, the
     * exponential and the contact terms once per pair (Newton's third law holds for all but the
     * anisotropic repulsion, whose two factors come from {@link #factors}). Writes the sums of
     * people [from, to) and of those the lists reach beyond, up to {@link NeighbourList#block}
     * further: blocks of that size run in two waves, even blocks and then odd ones, so no two
     * threads write one sum and each sum adds its terms in an order set by the blocks alone.
     */
    void pairs(CrowdState s, NeighbourList nl, int from, int to) {
        double[] x = s.x;
        double[] y = s.y;
        double[] vx = s.vx;
        double[] vy = s.vy;
        double[] r = s.r;
        double[] sx = s.nvx;
        double[] sy = s.nvy;
        double[] own = nl.own;
        double[] ownX = nl.ownX;
        double[] ownY = nl.ownY;
        double[] lift = nl.lift;
        int[] end = nl.end;
        double period = s.period;
        double half = period > 0 ? 0.5 * period : Double.POSITIVE_INFINITY;
        double shift = cutShift;
        int part = nl.part(from);
        int[] list = nl.list(part);
        int next = nl.partEnd(part);
        int k = nl.begin(part, from);
        for (int i = from; i < to; i++) {
            if (i == next) {
                part++;
                list = nl.list(part);
                next = nl.partEnd(part);
                k = 0;
            }
            int kEnd = end[i];
            double xi = x[i];
            double yi = y[i];
            double vxi = vx[i];
            double vyi = vy[i];
            double ri = r[i];
            double li = lift[i];
            double oi = own[i];
            double oxi = ownX[i];
            double oyi = ownY[i];
            double px = 0;
            double py = 0;
            for (; k < kEnd; k++) {
                int j = list[k];
                double dx = xi - x[j];
                dx = dx > half ? dx - period : dx < -half ? dx + period : dx;
                double dy = yi - y[j];
                double d2 = dx * dx + dy * dy;
                if (d2 >= cut2) {
                    continue;
                }
                double d = Math.sqrt(d2);
                double nx;
                double ny;
                if (d > 1e-9) {
                    double inv = 1 / d;
                    nx = dx * inv;
                    ny = dy * inv;
                } else {
                    // two centres on one spot: part them along x, by id so the choice is fixed
                    nx = s.id[i] < s.id[j] ? -1 : 1;
                    ny = 0;
                }
                double e = decay.at(d);
                // n points from j to i: i is pushed along n, j against it
                double fi = (lift[j] * e - shift) * (oi - (nx * oxi + ny * oyi));
                double fj = (li * e - shift) * (own[j] + (nx * ownX[j] + ny * ownY[j]));
                double gap = ri + r[j] - d;
                if (gap > 0) {
                    double push = kOverM * gap;
                    fi += push;
                    fj += push;
                    // friction along t = (−n_y, n_x), by the relative tangential velocity; the
                    // same vector for j, reversed
                    double tx = -ny;
                    double ty = nx;
                    double ft = kappaOverM * gap * ((vx[j] - vxi) * tx + (vy[j] - vyi) * ty);
                    px += ft * tx;
                    py += ft * ty;
                    sx[j] -= ft * tx;
                    sy[j] -= ft * ty;
                }
                px += fi * nx;
                py += fi * ny;
                sx[j] -= fj * nx;
                sy[j] -= fj * ny;
            }
            sx[i] += px;
            sy[i] += py;
        }
    }

    /**
     * Pair phase 3 of 3, for people [from, to): the next velocity from the driving term, the
     * pair sums in {@code s.nvx, s.nvy} and the walls, written over the sums.
     */
    void accelerate(CrowdState s, double step, int from, int to) {
        double[] acc = new double[2];
        double[] vx = s.vx;
        double[] vy = s.vy;
        double[] r = s.r;
        double[] dvx = s.dvx;
        double[] dvy = s.dvy;
        double[] v0 = s.v0;
        byte[] mode = s.mode;
        double[] sx = s.nvx;
        double[] sy = s.nvy;
        double speedCap = p.speedCap();
        for (int i = from; i < to; i++) {
            if (mode[i] == CrowdState.IN_SERVICE) {
                sx[i] = 0;
                sy[i] = 0;
                continue;
            }
            double vxi = vx[i];
            double vyi = vy[i];
            acc[0] = invTau * (dvx[i] - vxi) + sx[i];
            acc[1] = invTau * (dvy[i] - vyi) + sy[i];
            walls(s.walls, s.x[i], s.y[i], vxi, vyi, r[i], acc);
            double nvx = vxi + step * acc[0];
            double nvy = vyi + step * acc[1];
            double cap = speedCap * v0[i];
            double sp2 = nvx * nvx + nvy * nvy;
            if (sp2 > cap * cap) {
                double f = cap / Math.sqrt(sp2);
                nvx *= f;
                nvy *= f;
            }
            sx[i] = nvx;
            sy[i] = nvy;
        }
    }

    private void walls(WallIndex w, double xi, double yi, double vxi, double vyi, double ri, double[] acc) {
        int cell = w.cellOf(xi, yi);
        int[] l = w.list(cell);
        double reach = ri + wallReach;
        for (int k = w.from(cell), end = w.to(cell); k < end; k++) {
            int s = l[k];
            double ax = w.ax[s];
            double ay = w.ay[s];
            double sx = w.bx[s] - ax;
            double sy = w.by[s] - ay;
            double t = ((xi - ax) * sx + (yi - ay) * sy) / (sx * sx + sy * sy);
            t = t < 0 ? 0 : t > 1 ? 1 : t;
            double dx = xi - (ax + t * sx);
            double dy = yi - (ay + t * sy);
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
