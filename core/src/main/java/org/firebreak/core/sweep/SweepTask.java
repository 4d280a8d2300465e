package org.firebreak.core.sweep;

import java.io.Serializable;
import java.util.Map;

/**
 * What a sweep does for one run: runs the model with the run's seed and values and returns the
 * run's numeric results by name (for regional runs, the numeric entries of summary.json with
 * dotted keys). A task must give the same results for the same run wherever it executes.
 * Serializable so a cluster backend can ship it to other members.
 */
@FunctionalInterface
public interface SweepTask extends Serializable {
    /**
     * @param run the run
     * @return its results by metric name, in a stable order
     * @throws Exception if the run fails; the sweep records the failure and goes on
     */
    Map<String, Double> run(SweepRun run) throws Exception;
}
