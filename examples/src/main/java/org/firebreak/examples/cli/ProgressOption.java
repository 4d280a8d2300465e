package org.firebreak.examples.cli;

import java.io.PrintWriter;
import picocli.CommandLine.Option;

/** The {@code --quiet} option of the commands that show a progress line (a picocli mixin). */
final class ProgressOption {
    @Option(names = "--quiet", description = "no progress line")
    boolean quiet;

    /**
     * @param err standard error
     * @param seconds whether to show simulated time in seconds (crowd runs) rather than hours
     * @return the progress line on it, silent under {@code --quiet}
     */
    Progress on(PrintWriter err, boolean seconds) {
        return new Progress(err, System.console() != null, quiet, seconds);
    }
}
