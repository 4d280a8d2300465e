package org.firebreak.frontier.engine;

/** Sees the model at phase boundaries; used by recorders, progress reports and tests. */
public interface StepObserver {
    /**
     * Called at the start of each phase.
     *
     * @param model the model
     * @param phase the phase about to run
     */
    default void beforePhase(FrontierModel model, Phase phase) {
    }

    /**
     * Called once a step's last phase has run.
     *
     * @param model the model, with the step complete
     */
    default void afterStep(FrontierModel model) {
    }
}
