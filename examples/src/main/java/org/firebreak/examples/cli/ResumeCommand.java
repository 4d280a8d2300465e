package org.firebreak.examples.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.firebreak.frontier.run.FrontierRun;
import org.firebreak.frontier.run.RunResult;
import org.firebreak.geo.GeoTerrains;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

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
final class ResumeCommand extends RegionalRunCommand {
    @Parameters(index = "0", paramLabel = "CHECKPOINT", description = "a checkpoint file (checkpoint-*.fbc)")
    private Path checkpoint;

    @Mixin
    private OutputOptions output = new OutputOptions();

    @Override
    Summary simulate(Progress progress) throws BadOption, IOException {
        int moveThreads = threads.threads();
        RunResult result = FrontierRun.resume(checkpoint, GeoTerrains.catalog()).outputDirectory(output.out)
                .overwrite(output.overwrite).moveThreads(moveThreads).progress(progress).run();
        String source = String.valueOf(((Map<?, ?>) result.summary().get("scenario")).get("source"));
        return out -> SummaryTable.print(out, result, source);
    }
}
