package org.firebreak.examples.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the command line in the test's own process, capturing both streams. */
final class Cli {
    /** What a command did. */
    record Result(int code, String out, String err) {
    }

    private Cli() {
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = FirebreakCli.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Result(code, out.toString(), err.toString());
    }
}
