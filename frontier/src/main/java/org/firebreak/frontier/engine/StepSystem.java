package org.firebreak.frontier.engine;

/**
 * One phase of the regional step, with one job: {@link FrontierModel} runs one system per
 * {@link Phase}, in phase order, each timed. A system keeps nothing of the run itself: it reads
 * and changes the state holders it was built with, so the model rebuilds its systems at every
 * start and when a checkpoint is read back.
 */
interface StepSystem {
    /**
     * Runs the phase for one step.
     *
     * @param from the start of the step, simulated seconds (the schedule's clock)
     */
    void run(double from);
}
