package org.firebreak.examples.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.OptionalDouble;
import org.firebreak.core.output.OutputDirectory;
import org.firebreak.flee.FleeInputException;
import org.firebreak.flee.FleeInputs;
import org.firebreak.flee.FleeOutput;
import org.firebreak.flee.FleeResult;
import org.firebreak.flee.FleeSimulation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

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
final class FleeCommand extends SimulationCommand {
    @Option(names = "--input", paramLabel = "DIR", required = true, description = "FLEE input directory")
    private Path input;

    @Mixin
    private OutputOptions output = new OutputOptions();

    @Option(names = "--seed", paramLabel = "N", description = "seed of the run (default: ${DEFAULT-VALUE})")
    private long seed = 1;

    @Option(names = "--threads", paramLabel = "N",
            description = "threads to move agents on (default: the processors available); results do not depend on it")
    private Integer threads;

    @Override
    Summary simulate(Progress progress) throws BadOption, IOException {
        int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (workers < 1) {
            throw new BadOption("--threads " + workers + ": expected a whole number >= 1");
        }
        // inputs first: a bad input must not leave an output directory behind
        FleeInputs inputs = readInputs();
        Path dir = OutputDirectory.prepare(output.out, output.overwrite);
        FleeResult result;
        try (FleeSimulation sim = new FleeSimulation(inputs, seed, workers)) {
            result = sim.run();
        }
        FleeOutput.write(dir, inputs, result);
        return out -> out.println(summary(inputs, result));
    }

    private FleeInputs readInputs() throws BadOption {
        try {
            return FleeInputs.read(input);
        } catch (FleeInputException e) {
            throw new BadOption("invalid FLEE input: " + e.getMessage());
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
        return s.append(", seed ").append(seed).append(" -> ").append(output.out.resolve(FleeOutput.OUT)).toString();
    }
}
