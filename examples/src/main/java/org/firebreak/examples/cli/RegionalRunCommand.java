package org.firebreak.examples.cli;

import java.io.PrintWriter;
import picocli.CommandLine.Mixin;

/**
 * A command that runs the regional model, from the start or from a checkpoint: the options both
 * kinds share ({@code --threads}, {@code --quiet}) and their progress line in simulated hours.
 */
abstract class RegionalRunCommand extends SimulationCommand {
    @Mixin
    MoveThreadsOption threads = new MoveThreadsOption();

    @Mixin
    private ProgressOption quiet = new ProgressOption();

    @Override
    final Progress progress(PrintWriter err) {
        return quiet.on(err, false);
    }
}
