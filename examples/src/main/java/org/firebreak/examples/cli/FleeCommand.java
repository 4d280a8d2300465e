package org.firebreak.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import org.firebreak.core.output.OutputDirectory;
import org.firebreak.core.output.OutputException;
import org.firebreak.flee.FleeInputException;
import org.firebreak.flee.FleeInputs;
import org.firebreak.flee.FleeOutput;
import org.firebreak.flee.FleeResult;
import org.firebreak.flee.FleeSimulation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/** {@code firebreak flee}: a run of the FLEE refugee model over a FLEE input directory. */
@Command(name = "flee", mixinStandardHelpOptions = true,
        description = {"Run the FLEE refugee model (Flee 3 rules) on FLEE input files.",
            "Writes out.csv (FLEE's layout) and summary.json to the output directory.",
            "Input: locations.csv, routes.csv, sim_period.csv, optional closures.csv",
            "and conflicts.csv (here or in input_csv/), optional observed camp",
            "populations (source_data/data_layout.csv) and simsetting.yml.",
            "Formats and rules: docs/flee.md."},
        footer = {"", "Examples:", "  firebreak flee --input examples/flee/frontier-illustrative --out runs/flee",
            "  firebreak flee --input my-flee-case --seed 7 --out runs/case-s7 --overwrite",
            "", "Exit codes: 0 success, 2 bad input, 1 internal error."})
final class FleeCommand implements Callable<Integer> {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--input", paramLabel = "DIR", required = true, description = "FLEE input directory")
    private Path input;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "output directory")
    private Path out;

    @Option(names = "--seed", paramLabel = "N", description = "seed of the run (default: ${DEFAULT-VALUE})")
    private long seed = 1;

    @Option(names = "--threads", paramLabel = "N",
            description = "threads to move agents on (default: the processors available); results do not depend on it")
    private Integer threads;

    @Option(names = "--overwrite", description = "replace the files of an earlier run in the output directory")
    private boolean overwrite;

    @Mixin
    private DebugOption debug = new DebugOption();

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
            if (workers < 1) {
                err.println("firebreak: --threads " + workers + ": expected a whole number >= 1");
                return FirebreakCli.BAD_INPUT;
            }
            // inputs first: a bad input must not leave an output directory behind
            FleeInputs inputs = FleeInputs.read(input);
            Path dir = OutputDirectory.prepare(out, overwrite);
            FleeResult result;
            try (FleeSimulation sim = new FleeSimulation(inputs, seed, workers)) {
                result = sim.run();
            }
            FleeOutput.write(dir, inputs, result);
            stdout.println(summary(inputs, result));
            return 0;
        } catch (FleeInputException e) {
            err.println("firebreak: invalid FLEE input: " + e.getMessage());
            return FirebreakCli.BAD_INPUT;
        } catch (OutputException e) {
            err.println("firebreak: " + e.getMessage());
            return FirebreakCli.BAD_INPUT;
        } catch (IOException | RuntimeException e) {
            return debug.internalError(err, e);
        }
    }

    private String summary(FleeInputs inputs, FleeResult result) {
        StringBuilder s = new StringBuilder("flee: ").append(result.days().size()).append(" days from ")
                .append(inputs.period().startDate()).append(", ").append(result.last().totalAgents())
                .append(" agents (").append(result.last().simulatedInCamps()).append(" in camps), ");
        OptionalDouble ard = result.averagedRelativeDifference();
        if (ard.isPresent()) {
            s.append(String.format(Locale.ROOT, "averaged relative difference %.4f", ard.getAsDouble()));
        } else if (inputs.spawnFallback()) {
            s.append("no observations: spawned by FLEE's ").append(inputs.spawn().describe());
        } else {
            s.append("no observations to compare");
        }
        return s.append(", seed ").append(seed).append(" -> ").append(out.resolve(FleeOutput.OUT)).toString();
    }
}
