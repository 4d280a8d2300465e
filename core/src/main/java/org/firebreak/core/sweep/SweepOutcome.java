package org.firebreak.core.sweep;

import java.util.Map;

/**
 * What one run of a sweep gave: its results, or the error that ended it.
 *
 * @param run the run
 * @param metrics its results by name (empty after a failure)
 * @param error the failure, one line, or null after success
 */
public record SweepOutcome(SweepRun run, Map<String, Double> metrics, String error) implements java.io.Serializable {
    /** Copies the results, keeping their order. */
    public SweepOutcome {
        metrics = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(metrics));
    }

    /** @return whether the run succeeded */
    public boolean ok() {
        return error == null;
    }

    /**
     * @param run a run
     * @param t what ended it
     * @return a failed outcome naming the exception's type and message
     */
    public static SweepOutcome failed(SweepRun run, Throwable t) {
        String m = t.getMessage() == null ? "" : ": " + t.getMessage().replace('\n', ' ').replace('\r', ' ');
        return new SweepOutcome(run, Map.of(), t.getClass().getSimpleName() + m);
    }
}
