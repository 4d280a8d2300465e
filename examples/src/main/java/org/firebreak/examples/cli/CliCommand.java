package org.firebreak.examples.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;

/**
 * What every {@code firebreak} subcommand shares: the streams picocli gives it, and the one form
 * of a complaint about its input, a line on stderr starting with {@code firebreak:}.
 */
abstract class CliCommand implements Callable<Integer> {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /** @return where results go */
    final PrintWriter out() {
        return spec.commandLine().getOut();
    }

    /** @return where progress and errors go */
    final PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /**
     * Prints a complaint on stderr.
     *
     * @param message what is wrong, without the program's name
     */
    final void complain(String message) {
        err().println("firebreak: " + message);
    }

    /**
     * Prints a complaint about the input on stderr.
     *
     * @param message what is wrong, without the program's name
     * @return the exit code for it, {@link FirebreakCli#BAD_INPUT}
     */
    final int badInput(String message) {
        complain(message);
        return FirebreakCli.BAD_INPUT;
    }
}
