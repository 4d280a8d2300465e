package org.firebreak.frontier.engine;

/**
 * The record phase: the step is counted as complete. The model then shows the finished step
 * to its observers (outside the phase's time), which take the hourly records.
 */
final class RecordSystem implements StepSystem {
    private final RunTally tally;

    /** @param tally counts the step */
    RecordSystem(RunTally tally) {
        this.tally = tally;
    }

    @Override
    public void run(double from) {
        tally.stepDone();
    }
}
