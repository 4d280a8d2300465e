package org.firebreak.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.firebreak.core.scenario.ScenarioException;
import org.firebreak.frontier.behaviour.defaults.DefaultBehaviours;
import org.firebreak.crowd.scenario.CrowdScenario;
import org.firebreak.crowd.scenario.CrowdScenarioCodec;
import org.firebreak.crowd.scenario.CrowdScenarioLoader;
import org.firebreak.data.BundledScenarios;
import org.firebreak.frontier.behaviour.BehaviourRegistry;
import org.firebreak.frontier.scenario.Scenario;
import org.firebreak.frontier.scenario.ScenarioCodec;
import org.firebreak.frontier.scenario.ScenarioLoader;
import org.firebreak.geo.GeoTerrains;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code firebreak validate}: checks scenarios the way a run would load them (format, keys,
 * ranges, behaviour ids, and names of crossings and places against the scenario's terrain)
 * without running them or writing anything. Regional and crowd files are told apart by their
 * {@code kind}.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Check scenarios without running them.",
            "Checks scenario files or bundled scenario names the way a run loads them.",
            "Each problem is named with its file, line and key and what was expected; nothing is written."},
        footer = {"", "Examples:", "  firebreak validate my-scenario.yaml my-plaza.yaml",
            "  firebreak validate collapse-firebreak crossing-surge",
            "", "Exit codes: 0 every scenario valid, 2 at least one invalid."})
final class ValidateCommand extends CliCommand {
    @Parameters(paramLabel = "FILE|NAME", arity = "1..*", description = "scenario files or bundled scenario names")
    private java.util.List<String> scenarios;

    @Override
    public Integer call() {
        PrintWriter out = out();
        PrintWriter err = err();
        int invalid = 0;
        for (String s : scenarios) {
            try {
                out.println(check(s));
            } catch (ScenarioException e) {
                complain(e.getMessage());
                invalid++;
            }
        }
        out.flush();
        err.flush();
        return invalid == 0 ? 0 : FirebreakCli.BAD_INPUT;
    }

    /** @return one line describing the valid scenario */
    private static String check(String nameOrFile) throws ScenarioException {
        if (isCrowd(nameOrFile)) {
            CrowdScenario c = CrowdScenarioSource.load(nameOrFile).scenario();
            return String.format(Locale.ROOT,
                    "%s: valid crowd scenario '%s' (%.0f s, %d sources, %d gates, %d measurement lines, seed %d, sha256 %s)",
                    nameOrFile, c.name(), c.durationSeconds(), c.geometry().sources().size(), c.geometry().gates().size(),
                    c.geometry().measurementLines().size(), c.seed(), CrowdScenarioCodec.contentHash(c));
        }
        Scenario r = ScenarioSource.load(nameOrFile, DefaultBehaviours.registry(), GeoTerrains.catalog()).scenario();
        return String.format(Locale.ROOT,
                "%s: valid regional scenario '%s' (terrain %s, %s h, %d sources, %d guard deployments, seed %d, sha256 %s)",
                nameOrFile, r.name(), r.terrain().dataset(), hours(r.time().durationHours()), r.sources().size(),
                r.guards().size(), r.seed(), ScenarioCodec.contentHash(r));
    }

    private static boolean isCrowd(String nameOrFile) {
        Path file = Path.of(nameOrFile);
        if (Files.isRegularFile(file)) {
            try {
                return Files.size(file) <= ScenarioLoader.MAX_FILE_BYTES
                        && CrowdScenarioLoader.isCrowdScenario(file.getFileName().toString(), Files.readString(file));
            } catch (IOException | RuntimeException e) {
                return false; // the regional loader reports an unreadable file in its own words
            }
        }
        return BundledScenarios.find(nameOrFile).map(e -> e.kind() == BundledScenarios.Kind.CROWD).orElse(false);
    }

    /** Hours without a trailing ".0". */
    private static String hours(double h) {
        return h == Math.rint(h) ? Long.toString((long) h) : Double.toString(h);
    }
}
