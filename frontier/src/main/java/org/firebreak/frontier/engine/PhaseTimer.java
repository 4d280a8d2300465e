package org.firebreak.frontier.engine;

import java.util.EnumMap;
import java.util.Map;

/** Wall-clock time spent in each phase. Reported, never part of the deterministic outputs. */
public final class PhaseTimer implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    private final long[] nanos = new long[Phase.values().length];
    private final long[] calls = new long[Phase.values().length];

    void reset() {
        java.util.Arrays.fill(nanos, 0);
        java.util.Arrays.fill(calls, 0);
    }

    void add(Phase phase, long elapsedNanos) {
        nanos[phase.ordinal()] += elapsedNanos;
        calls[phase.ordinal()]++;
    }

    /**
     * @param phase a phase
     * @return total wall-clock nanoseconds spent in it
     */
    public long nanos(Phase phase) {
        return nanos[phase.ordinal()];
    }

    /**
     * @param phase a phase
     * @return how many times it ran
     */
    public long calls(Phase phase) {
        return calls[phase.ordinal()];
    }

    /** @return total nanoseconds per phase, in phase order */
    public Map<Phase, Long> totals() {
        Map<Phase, Long> out = new EnumMap<>(Phase.class);
        for (Phase p : Phase.values()) {
            out.put(p, nanos[p.ordinal()]);
        }
        return out;
    }
}
