package org.firebreak.core.sweep;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * Executes a sweep's runs somewhere: in this process, or on a cluster. Every run is reported
 * exactly once, success or failure, in any order; the sweep orders results by run index, so a
 * backend's scheduling never changes the outputs.
 */
public interface SweepBackend {
    /**
     * @param runs the runs to execute
     * @param task what to do for each
     * @param runsDirectory where runs executed in this process write their own outputs; a backend that
     *     executes runs elsewhere gives them a directory of that machine's own choosing
     * @param results receives each outcome exactly once; called from one thread at a time
     * @throws InterruptedException if interrupted while waiting for runs
     */
    void execute(List<SweepRun> runs, SweepTask task, Path runsDirectory, Consumer<SweepOutcome> results)
            throws InterruptedException;

    /** @return a short name for logs and outputs, e.g. {@code local(2)} */
    String describe();
}
