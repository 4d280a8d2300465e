package org.firebreak.core.run;

/** Hears how far a run has got; called after every step, so keep it cheap. */
@FunctionalInterface
public interface ProgressListener {
    /** Hears nothing. */
    ProgressListener NONE = (step, totalSteps, simulatedSeconds) -> {
    };

    /**
     * @param step steps completed
     * @param totalSteps steps in the whole run
     * @param simulatedSeconds simulated seconds completed
     */
    void progress(long step, long totalSteps, double simulatedSeconds);
}
