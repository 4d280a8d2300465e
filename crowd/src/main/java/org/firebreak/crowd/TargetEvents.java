package org.firebreak.crowd;

import java.util.List;

/**
 * System 4 of the step, on the calling thread and in array order, for the people the desired
 * velocities flagged: arrivals at sinks (removal), at waiting areas (stay starts) and at gates
 * (service starts, {@link GateScreening}), and the ends of stays and services.
 */
final class TargetEvents {
    private final CrowdState state;
    private final CrowdGeometry geometry;
    private final CrowdTargets targets;
    private final GateScreening screening;
    private final List<CrowdListener> listeners;
    private long removed;

    TargetEvents(CrowdState state, CrowdGeometry geometry, CrowdTargets targets, GateScreening screening,
            List<CrowdListener> listeners) {
        this.state = state;
        this.geometry = geometry;
        this.targets = targets;
        this.screening = screening;
        this.listeners = listeners;
    }

    /**
     * @param n people
     * @param now the time at the end of the step, s
     * @return whether someone was removed or moved other than by walking (the array order and
     *     the neighbour lists no longer hold)
     */
    boolean run(int n, double now) {
        CrowdState s = state;
        boolean reordered = false;
        for (int i = 0; i < n; i++) {
            if (s.flag[i] == 0) {
                continue;
            }
            byte mode = s.mode[i];
            if (mode == CrowdState.IN_SERVICE) {
                reordered |= screening.release(i, now);
                continue;
            }
            if (mode == CrowdState.WAITING) {
                s.mode[i] = CrowdState.WALKING;
                s.leg[i]++;
                continue;
            }
            int t = targets.current(s, i);
            double px = s.nx[i];
            double py = s.ny[i];
            int k = targets.index(t);
            switch (targets.kind(t)) {
                case CrowdTargets.SINK -> {
                    if (geometry.sinks().get(k).area().contains(px, py)) {
                        s.mode[i] = CrowdState.GONE;
                        reordered = true;
                        removed++;
                        for (CrowdListener l : listeners) {
                            l.left(now, s.id[i], targets.name(t));
                        }
                    }
                }
                case CrowdTargets.WAIT -> {
                    WaitingArea a = geometry.waitingAreas().get(k);
                    if (a.area().contains(px, py)) {
                        s.mode[i] = CrowdState.WAITING;
                        s.until[i] = now + a.stay().draw(targets.waitRandom[k]);
                    }
                }
                default -> screening.tryStart(i, targets.gates[k], now);
            }
        }
        return reordered;
    }

    /** @return people removed at sinks so far */
    long removed() {
        return removed;
    }
}
