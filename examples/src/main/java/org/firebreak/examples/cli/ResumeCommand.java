package org.firebreak.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.firebreak.core.checkpoint.CheckpointException;
import org.firebreak.core.output.OutputException;
import org.firebreak.frontier.run.FrontierRun;
import org.firebreak.frontier.run.RunResult;
import org.firebreak.geo.GeoTerrains;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/** {@code firebreak resume}: continues a run from a checkpoint that {@code run --checkpoint-every} wrote. */
@Command(name = "resume", mixinStandardHelpOptions = true,
        description = {"Continue a run from a checkpoint that 'firebreak run --checkpoint-every' wrote.",
            "The scenario, seed and state come from the checkpoint, the terrain from its dataset",
            "(refused if it changed). The run goes on to the scenario's end and writes the complete",
            "outputs: the same files, byte for byte, as the run uninterrupted (timing.json aside).",
            "It goes on writing checkpoints as the run did."},
        footer = {"", "Examples:", "  firebreak run --hours 720 --checkpoint-every 24 --out runs/month",
            "  firebreak resume runs/month/checkpoint-0240h.fbc --out runs/month-2",
            "  firebreak resume runs/month/checkpoint-0240h.fbc --out runs/month-2 --overwrite --threads 8",
            "", "A checkpoint that is damaged, of another format or version, or for another terrain is",
            "refused with the reason, and nothing is written.",
            "", "Exit codes: 0 success, 2 bad input (a refused checkpoint, the output directory), 1 internal error."})
final class ResumeCommand implements Callable<Integer> {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CHECKPOINT", description = "a checkpoint file (checkpoint-*.fbc)")
    private Path checkpoint;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "output directory")
    private Path out;

    @Option(names = "--overwrite", description = "replace the files of an earlier run in the output directory")
    private boolean overwrite;

    @Option(names = "--threads", paramLabel = "N", description = {"threads that move the agents; the outputs are the",
        "same for any number (default: the processors available, ${DEFAULT-VALUE} here)"})
    private int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--quiet", description = "no progress line")
    private boolean quiet;

    @Mixin
    private DebugOption debug = new DebugOption();

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Progress progress = new Progress(err, System.console() != null, quiet);
        try {
            if (threads < 1) {
                err.println("firebreak: --threads: expected at least 1, got " + threads);
                return FirebreakCli.BAD_INPUT;
            }
            RunResult result = FrontierRun.resume(checkpoint, GeoTerrains.catalog()).outputDirectory(out)
                    .overwrite(overwrite).moveThreads(threads).progress(progress).run();
            progress.finish();
            String source = String.valueOf(((Map<?, ?>) result.summary().get("scenario")).get("source"));
            SummaryTable.print(stdout, result, source);
            return 0;
        } catch (CheckpointException | OutputException e) {
            progress.finish();
            err.println("firebreak: " + e.getMessage());
            return FirebreakCli.BAD_INPUT;
        } catch (IOException | RuntimeException e) {
            progress.finish();
            return debug.internalError(err, e);
        }
    }
}
