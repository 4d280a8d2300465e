package org.firebreak.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine;

class DebugOptionTest {
    @Command(name = "probe")
    static final class Probe {
        @Mixin
        DebugOption debug = new DebugOption();
    }

    @Test
    void anUnexpectedFailureIsOneLineUnlessDebugging() {
        Probe quiet = new Probe();
        new CommandLine(quiet).parseArgs();
        StringWriter text = new StringWriter();
        int code = quiet.debug.internalError(new PrintWriter(text, true), new IllegalStateException("broken"));
        assertThat(code).isEqualTo(FirebreakCli.INTERNAL_ERROR);
        assertThat(text.toString().lines()).containsExactly(
                "firebreak: internal error: java.lang.IllegalStateException: broken (run with --debug for the stack trace)");

        Probe loud = new Probe();
        new CommandLine(loud).parseArgs("--debug");
        StringWriter trace = new StringWriter();
        loud.debug.internalError(new PrintWriter(trace, true), new IllegalStateException("broken"));
        assertThat(trace.toString().lines().findFirst()).hasValue("firebreak: internal error: java.lang.IllegalStateException: broken");
        assertThat(trace.toString()).contains("at org.firebreak.examples.cli.DebugOptionTest");
    }
}
