package org.firebreak.examples.cli;

import java.io.PrintWriter;
import picocli.CommandLine.Option;

/**
 * The {@code --debug} option of the commands that run something (a picocli mixin), and the one way
 * they report a failure nobody expected: a line on stderr, the stack trace only under
 * {@code --debug}. The logging level it also raises is set before parsing, in
 * {@link FirebreakCli}.
 */
final class DebugOption {
    @Option(names = "--debug", description = "log details and print full stack traces")
    boolean debug;

    /**
     * Reports an unexpected failure.
     *
     * @param err standard error
     * @param e what failed
     * @return the exit code for it, {@link FirebreakCli#INTERNAL_ERROR}
     */
    int internalError(PrintWriter err, Throwable e) {
        err.println("firebreak: internal error: " + e + (debug ? "" : " (run with --debug for the stack trace)"));
        if (debug) {
            e.printStackTrace(err);
        }
        return FirebreakCli.INTERNAL_ERROR;
    }
}
