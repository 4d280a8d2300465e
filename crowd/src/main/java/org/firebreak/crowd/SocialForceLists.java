package org.firebreak.crowd;

/**
 * The forces of a {@link SocialForceModel} over {@link NeighbourList half neighbour lists}, each
 * pair computed once for both people, in three phases: {@link #factors}, {@link #pairs} and
 * {@link #accelerate}. The pair loop is the step's hottest code; it shares a pair's direction and
 * friction and the walls and speed cap with the model's grid scan, which gives the same
 * velocities to rounding.
 */
final class SocialForceLists {
    private final SocialForceModel m;

    SocialForceLists(SocialForceModel model) {
        this.m = model;
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
        double lambda = m.lambda;
        double aOverM = m.aOverM;
        double invB = m.invB;
        double tauA = m.tauA;
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
        int[] id = s.id;
        double[] sx = s.nvx;
        double[] sy = s.nvy;
        double[] own = nl.own;
        double[] ownX = nl.ownX;
        double[] ownY = nl.ownY;
        double[] lift = nl.lift;
        int[] end = nl.end;
        double period = s.period;
        double half = period > 0 ? 0.5 * period : Double.POSITIVE_INFINITY;
        double shift = m.cutShift;
        double cut2 = m.cut2;
        double kOverM = m.kOverM;
        double kappaOverM = m.kappaOverM;
        Decay decay = m.decay;
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
                double nx = SocialForceModel.normalX(dx, d, id, i, j);
                double ny = SocialForceModel.normalY(dy, d);
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
                    double ft = kappaOverM * gap * SocialForceModel.tangential(vx[j] - vxi, vy[j] - vyi, nx, ny);
                    px -= ft * ny;
                    py += ft * nx;
                    sx[j] += ft * ny;
                    sy[j] -= ft * nx;
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
        double invTau = m.invTau;
        double speedCap = m.parameters().speedCap();
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
            m.nextVelocity(s.walls, s.x[i], s.y[i], vxi, vyi, r[i], speedCap * v0[i], step, acc);
            sx[i] = acc[0];
            sy[i] = acc[1];
        }
    }
}
