package org.firebreak.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import org.firebreak.core.checkpoint.CheckpointException;
import org.firebreak.core.output.OutputException;
import org.firebreak.core.scenario.ScenarioException;
import picocli.CommandLine.Mixin;

/**
 * A command that runs a simulation and writes its outputs: its {@code --debug} option, and the one
 * way such a command ends (its {@code --out} and {@code --overwrite} are {@link OutputOptions}). A run that succeeds ends its
 * progress line, then prints its summary on stdout (exit code 0); refused input (a scenario, an
 * option, a checkpoint, the output directory) is one line on stderr (exit code 2); anything else
 * is an internal error (exit code 1).
 */
abstract class SimulationCommand extends CliCommand {
    @Mixin
    private DebugOption debug = new DebugOption();

    /** What a run prints on stdout once it is done. */
    @FunctionalInterface
    interface Summary {
        /** @param out standard output */
        void print(PrintWriter out);
    }

    @Override
    public final Integer call() {
        PrintWriter err = err();
        Progress progress = progress(err);
        try {
            Summary summary = simulate(progress);
            progress.finish();
            summary.print(out());
            return 0;
        } catch (ScenarioException | OutputException | CheckpointException | BadOption e) {
            progress.finish();
            return badInput(e.getMessage());
        } catch (IOException | RuntimeException e) {
            progress.finish();
            return debug.internalError(err, e);
        }
    }

    /**
     * @param err standard error
     * @return the progress line of the run; by default none
     */
    Progress progress(PrintWriter err) {
        return new Progress(err, false, true);
    }

    /**
     * Runs the simulation and writes its outputs.
     *
     * @param progress where the run reports its progress
     * @return what to print once the progress line is ended
     * @throws ScenarioException if the scenario is refused
     * @throws BadOption if an option is refused
     * @throws IOException if the outputs cannot be written or an input read
     */
    abstract Summary simulate(Progress progress) throws ScenarioException, BadOption, IOException;
}
