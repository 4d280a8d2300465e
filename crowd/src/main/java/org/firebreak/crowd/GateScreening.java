package org.firebreak.crowd;

import java.util.List;

/**
 * Service at the gates' lanes: a free lane takes the nearest person on the queue side within
 * reach and holds them for a service time from the gate's own stream; at the end of it the
 * person steps out just past the passage if there is room there, else waits for the next step.
 */
final class GateScreening {
    private final CrowdState state;
    private final CrowdTargets targets;
    private final SiteClearance clearance;
    private final List<CrowdListener> listeners;

    GateScreening(CrowdState state, CrowdTargets targets, SiteClearance clearance, List<CrowdListener> listeners) {
        this.state = state;
        this.targets = targets;
        this.clearance = clearance;
        this.listeners = listeners;
    }

    /**
     * Starts the service of person i, heading for gate {@code g} and at its next position, if a
     * lane is free and within reach.
     */
    void tryStart(int i, GateLanes g, double now) {
        CrowdState s = state;
        int lane = g.freeLaneFor(s.nx[i], s.ny[i], s.r[i]);
        if (lane < 0) {
            return;
        }
        g.serving[lane] = s.id[i];
        s.mode[i] = CrowdState.IN_SERVICE;
        s.until[i] = now + g.gate.service().draw(g.random);
        s.nvx[i] = 0;
        s.nvy[i] = 0;
        for (CrowdListener l : listeners) {
            l.serviceStarted(now, s.id[i], g.gate.name(), lane);
        }
    }

    /**
     * Ends a service: the person steps out past the gate if there is room there, else waits.
     *
     * @return whether the person was let out (and so moved other than by walking)
     */
    boolean release(int i, double now) {
        CrowdState s = state;
        GateLanes g = targets.gates[targets.index(targets.current(s, i))];
        int lane = -1;
        for (int k = 0; k < g.serving.length; k++) {
            if (g.serving[k] == s.id[i]) {
                lane = k;
            }
        }
        double r = s.r[i];
        double lx = g.laneX(lane);
        double ly = g.laneY(lane);
        for (int m = 0; m < 3; m++) {
            double out = r + 0.05 + 0.3 * m;
            double px = lx - g.inX * out;
            double py = ly - g.inY * out;
            if (exitClear(g, lx + g.inX * WallIndex.EPSILON * 10, ly + g.inY * WallIndex.EPSILON * 10, px, py, r, i)) {
                s.nx[i] = s.wrapX(px);
                s.ny[i] = py;
                s.nvx[i] = -g.inX * s.v0[i] * 0.5;
                s.nvy[i] = -g.inY * s.v0[i] * 0.5;
                s.mode[i] = CrowdState.WALKING;
                s.leg[i]++;
                g.serving[lane] = -1;
                g.served++;
                for (CrowdListener l : listeners) {
                    l.serviceEnded(now, s.id[i], g.gate.name(), lane);
                }
                return true;
            }
        }
        return false;
    }

    private boolean exitClear(GateLanes g, double fx, double fy, double px, double py, double r, int self) {
        return !clearance.crossesWall(fx, fy, px, py, g.wallIndex)
                && clearance.walkable(px, py, WallIndex.EPSILON) && !clearance.occupied(px, py, r, self);
    }
}
