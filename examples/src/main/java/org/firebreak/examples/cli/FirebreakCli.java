package org.firebreak.examples.cli;

import java.io.PrintWriter;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import org.firebreak.core.Firebreak;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/**
 * The {@code firebreak} command: runs regional and crowd scenarios headless or in MASON's windows, runs the
 * FLEE refugee model, and lists the bundled scenarios.
 * Exit codes: 0 success, 2 bad input (scenario, options, output directory), 1 internal error.
 */
@Command(name = "firebreak", mixinStandardHelpOptions = true, versionProvider = FirebreakCli.Version.class,
        description = "Agent-based simulation of movement, queueing and detection at borders.",
        subcommands = {RunCommand.class, ResumeCommand.class, CrowdCommand.class, GuiCommand.class, SweepCommand.class,
            WorkerCommand.class, FleeCommand.class, ScenariosCommand.class, ValidateCommand.class, TerrainCommand.class,
            CommandLine.HelpCommand.class},
        footer = {"", "Examples:", "  firebreak run --out runs/first",
            "  firebreak run --scenario my-scenario.yaml --seed 7 --hours 24 --out runs/s7",
            "  firebreak run --hours 720 --checkpoint-every 24 --out runs/month",
            "  firebreak resume runs/month/checkpoint-0240h.fbc --out runs/month-2",
            "  firebreak crowd --scenario crossing-surge --out runs/surge",
            "  firebreak gui --scenario collapse-passive",
            "  firebreak flee --input examples/flee/frontier-illustrative --out runs/flee",
            "  firebreak sweep --scenario collapse-firebreak --replicates 10 --out runs/reps",
            "  firebreak scenarios",
            "  firebreak validate my-scenario.yaml"})
public final class FirebreakCli implements Runnable {
    /** Exit code for bad input: a scenario, an option, an output directory. */
    public static final int BAD_INPUT = 2;
    /** Exit code for an internal error. */
    public static final int INTERNAL_ERROR = 1;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /** Supplies {@code --version} from the library's build. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"firebreak " + Firebreak.version(),
                "MASON 18, GeoTools 33.1, Java " + System.getProperty("java.version")};
        }
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "name a command: run, resume, crowd, gui, sweep, worker, flee, scenarios, validate or terrain");
    }

    /**
     * @param args command-line arguments
     * @return the exit code
     */
    public static int execute(String... args) {
        return execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    /**
     * @param out where results go
     * @param err where progress and errors go
     * @param args command-line arguments
     * @return the exit code
     */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = new CommandLine(new FirebreakCli());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException ? BAD_INPUT : INTERNAL_ERROR);
        return cl.execute(args);
    }

    /** @param args command-line arguments */
    public static void main(String[] args) {
        configureLogging(java.util.Arrays.asList(args).contains("--debug"));
        System.exit(execute(args));
    }

    /** One line per log record on stderr; warnings only unless debugging. */
    static void configureLogging(boolean debug) {
        System.setProperty("java.util.logging.SimpleFormatter.format", "%4$s %3$s: %5$s%6$s%n");
        LogManager.getLogManager().reset();
        Logger root = Logger.getLogger("");
        java.util.logging.ConsoleHandler h = new java.util.logging.ConsoleHandler();
        Level level = debug ? Level.FINE : Level.WARNING;
        h.setLevel(level);
        root.setLevel(level);
        root.addHandler(h);
    }
}
