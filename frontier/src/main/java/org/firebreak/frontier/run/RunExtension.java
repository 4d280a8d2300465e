package org.firebreak.frontier.run;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.firebreak.frontier.engine.EventSink;
import org.firebreak.frontier.engine.FrontierModel;
import org.firebreak.frontier.engine.StepObserver;

/**
 * Extra outputs of a run (GIS layers, say): hears every event and step like the built-in
 * recorder, and writes its files once the run has ended, before summary.json.
 */
public interface RunExtension extends EventSink, StepObserver {
    @Override
    default void event(double timeSeconds, org.firebreak.frontier.agent.Agent agent, String event, String detail) {
    }

    /**
     * @param model the finished model
     * @param outputDirectory the run's output directory
     * @return the files written (each complete: written under a temporary name, then renamed)
     * @throws IOException if a file cannot be written
     */
    List<Path> finish(FrontierModel model, Path outputDirectory) throws IOException;
}
