package org.firebreak.crowd;

import java.util.ArrayList;
import java.util.List;

/**
 * System 7 of the step, the measurement: hands the state to every observer every
 * {@link CrowdSettings#observeEvery()} steps, in the order they were added.
 */
final class Observation {
    private final List<CrowdObserver> observers = new ArrayList<>();
    private final int every;

    Observation(int every) {
        this.every = every;
    }

    void add(CrowdObserver observer) {
        observers.add(observer);
    }

    /** Called after each step: tells the observers on every {@code every}-th. */
    void stepped(long steps, double time, CrowdState s) {
        if (steps % every == 0) {
            for (CrowdObserver o : observers) {
                show(o, time, s);
            }
        }
    }

    static void show(CrowdObserver o, double time, CrowdState s) {
        o.observe(time, s.count, s.id, s.x, s.y, s.vx, s.vy);
    }
}
