package org.firebreak.examples.cli;

import java.io.PrintWriter;
import org.firebreak.data.BundledScenarios;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/** {@code firebreak scenarios}: the bundled scenarios with their one-line descriptions. */
@Command(name = "scenarios", mixinStandardHelpOptions = true,
        description = {"List the bundled scenarios (the first is the default of 'run').",
            "Regional scenarios run with 'firebreak run', crowd scenarios with 'firebreak crowd';",
            "'firebreak gui --scenario NAME' opens either kind in a window."},
        footer = {"", "Example:", "  firebreak scenarios"})
final class ScenariosCommand implements Runnable {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        int width = BundledScenarios.list().stream().mapToInt(e -> e.name().length()).max().orElse(0);
        for (BundledScenarios.Entry e : BundledScenarios.list()) {
            String mark = e.name().equals(BundledScenarios.defaultName()) ? " (default)" : "";
            String kind = e.kind() == BundledScenarios.Kind.CROWD ? "crowd   " : "regional";
            out.printf("%-" + width + "s  %s  %s%s%n", e.name(), kind, e.description(), mark);
        }
        out.flush();
    }
}
