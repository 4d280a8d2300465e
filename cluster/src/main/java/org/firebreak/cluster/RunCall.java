package org.firebreak.cluster;

import java.io.Serializable;
import java.util.concurrent.Callable;
import org.firebreak.core.sweep.SweepOutcome;
import org.firebreak.core.sweep.SweepRun;
import org.firebreak.core.sweep.SweepTask;

/**
 * One run shipped to a member: executes the task there and returns its outcome, a failure of the
 * run itself included, so that only the loss of a member surfaces as an exception.
 */
final class RunCall implements Callable<SweepOutcome>, Serializable {
    private static final long serialVersionUID = 1L;

    private final SweepTask task;
    private final SweepRun run;

    RunCall(SweepTask task, SweepRun run) {
        this.task = task;
        this.run = run;
    }

    @Override
    public SweepOutcome call() {
        try {
            return new SweepOutcome(run, task.run(run), null);
        } catch (Exception | LinkageError | AssertionError e) {
            return SweepOutcome.failed(run, e);
        }
    }
}
