package org.firebreak.core.sweep;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.Map;

/**
 * What a sweep does for one run: runs the model with the run's seed and values and returns the
 * run's numeric results by name (for regional runs, the numeric entries of summary.json with
 * dotted keys). A task must give the same results for the same run wherever it executes.
 * Serializable so a cluster backend can ship it to other members: a task carries what its runs
 * simulate (a scenario's content, not a path to read), and writes only where it is told.
 */
@FunctionalInterface
public interface SweepTask extends Serializable {
    /**
     * @param run the run
     * @param runsDirectory where the run may write its own outputs (as {@code runsDirectory/run-NNNN}):
     *     chosen by the backend on the machine that executes the run, never by whoever submitted it
     * @return its results by metric name, in a stable order
     * @throws Exception if the run fails; the sweep records the failure and goes on
     */
    Map<String, Double> run(SweepRun run, Path runsDirectory) throws Exception;
}
