package org.firebreak.crowd;

/**
 * System 1 of the step: every person's desired velocity, from the navigation field of its
 * current target (near a gate, towards the nearest free lane), and the flag telling the event
 * system to look at the person: close to its target, or at the end of a service or stay.
 * Writes only the entries of its range, reading the current state.
 */
final class DesiredVelocities {
    private final CrowdState state;
    private final CrowdTargets targets;
    private final double fieldCell;

    DesiredVelocities(CrowdState state, CrowdTargets targets, double fieldCell) {
        this.state = state;
        this.targets = targets;
        this.fieldCell = fieldCell;
    }

    /**
     * @param now the time at the end of the step, s
     * @param sample scratch of three
     */
    void run(int from, int to, double now, double[] sample) {
        CrowdState s = state;
        double period = s.period;
        for (int i = from; i < to; i++) {
            byte mode = s.mode[i];
            byte flag = 0;
            double ex = 0;
            double ey = 0;
            if (mode == CrowdState.IN_SERVICE || mode == CrowdState.WAITING) {
                if (s.until[i] <= now) {
                    flag = 1;
                }
            } else {
                int[] route = targets.route(s.route[i]);
                int leg = s.leg[i];
                if (route.length == 0) {
                    if (period > 0) {
                        ex = 1;
                    }
                } else if (leg < route.length) {
                    int t = route[leg];
                    targets.fields[t].sample(s.x[i], s.y[i], sample);
                    ex = sample[0];
                    ey = sample[1];
                    double d = sample[2];
                    if (targets.kind(t) == CrowdTargets.GATE) {
                        if (d < 1.5) {
                            targets.gates[targets.index(t)].aim(s.x[i], s.y[i], sample);
                            double ax = sample[0] - s.x[i];
                            double ay = sample[1] - s.y[i];
                            double al = Math.sqrt(ax * ax + ay * ay);
                            if (al > 1e-9) {
                                ex = ax / al;
                                ey = ay / al;
                            }
                        }
                        flag = d < s.r[i] + GateLanes.REACH + 2 * fieldCell ? (byte) 1 : 0;
                    } else {
                        flag = d <= 2 * fieldCell ? (byte) 1 : 0;
                    }
                }
            }
            double v0 = mode == CrowdState.WAITING ? 0 : s.v0[i];
            s.dvx[i] = v0 * ex;
            s.dvy[i] = v0 * ey;
            s.flag[i] = flag;
        }
    }
}
