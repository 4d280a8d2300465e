package org.firebreak.examples.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --out} and {@code --overwrite} options of the commands that write a run's outputs (a picocli mixin). */
final class OutputOptions {
    @Option(names = "--out", paramLabel = "DIR", required = true, description = "output directory")
    Path out;

    @Option(names = "--overwrite", description = "replace the files of an earlier run in the output directory")
    boolean overwrite;
}
