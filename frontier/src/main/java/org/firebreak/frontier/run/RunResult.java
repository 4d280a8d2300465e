package org.firebreak.frontier.run;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.firebreak.frontier.engine.FrontierModel;

/**
 * What a finished run leaves: the model in its final state, the files written and the summary.
 *
 * @param model the finished model (counts, queues, timings)
 * @param outputDirectory where the files are
 * @param files the files written, in writing order
 * @param summary the content of summary.json, as an ordered tree
 * @param wallSeconds wall-clock seconds the run took
 */
public record RunResult(FrontierModel model, Path outputDirectory, List<Path> files, Map<String, Object> summary,
                        double wallSeconds) {
    /** Copies the lists. */
    public RunResult {
        files = List.copyOf(files);
    }
}
