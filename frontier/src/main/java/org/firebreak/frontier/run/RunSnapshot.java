package org.firebreak.frontier.run;

import java.io.Serializable;
import org.firebreak.frontier.engine.FrontierModel;
import org.firebreak.frontier.output.MetricsRecorder;
import org.firebreak.frontier.output.RunRecorder;

/**
 * The state of a run that a checkpoint keeps besides events.csv: the model (agents, groups,
 * plans, queues, guards, detection memory, random generators, schedule, counters, metric
 * accumulators), the recorders' state and the run's settings.
 *
 * @param model the model between two steps
 * @param metrics the recorder of crossings.csv and sectors.csv
 * @param recorder the time-series rows so far
 * @param source where the scenario came from, as recorded in summary.json
 * @param everySteps steps between checkpoints
 * @param keep checkpoints kept (0: all)
 * @param wallSeconds wall-clock seconds the run had taken when the checkpoint was written
 */
record RunSnapshot(FrontierModel model, MetricsRecorder metrics, RunRecorder.State recorder, String source,
                   long everySteps, int keep, double wallSeconds) implements Serializable {
}
