package org.firebreak.examples.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.firebreak.core.scenario.ScenarioException;
import org.firebreak.core.scenario.ScenarioProblem;
import org.firebreak.core.scenario.Suggestions;
import org.firebreak.core.terrain.TerrainCatalog;
import org.firebreak.crowd.scenario.CrowdScenarioLoader;
import org.firebreak.data.BundledScenarios;
import org.firebreak.frontier.behaviour.BehaviourRegistry;
import org.firebreak.frontier.scenario.Scenario;
import org.firebreak.frontier.scenario.ScenarioLoader;

/**
 * Resolves {@code --scenario NAME|FILE}: an existing file wins, then a bundled scenario name.
 *
 * @param label what outputs record as the scenario's source: the bundled name or the file name
 * @param scenario the loaded, validated scenario
 */
record ScenarioSource(String label, Scenario scenario) {

    static ScenarioSource load(String nameOrFile, BehaviourRegistry registry, TerrainCatalog terrains)
            throws ScenarioException {
        return load(nameOrFile, new ScenarioLoader(registry, terrains));
    }

    /** The same with a loader of one's own, e.g. one applying overrides. */
    static ScenarioSource load(String nameOrFile, ScenarioLoader loader) throws ScenarioException {
        Path file = Path.of(nameOrFile);
        if (Files.isRegularFile(file)) {
            refuseCrowdFile(file);
            return new ScenarioSource(file.getFileName().toString(), loader.load(file));
        }
        Text t = bundled(nameOrFile);
        return new ScenarioSource(t.label(), loader.load(t.label(), t.text()));
    }

    /** A bundled regional scenario's text, or the problem of a name that is none. */
    private static Text bundled(String nameOrFile) throws ScenarioException {
        var entry = BundledScenarios.find(nameOrFile);
        if (entry.isPresent() && entry.get().kind() == BundledScenarios.Kind.CROWD) {
            throw ScenarioException.of(new ScenarioProblem(nameOrFile, 0, "--scenario", "'" + nameOrFile
                    + "' is a crowd scenario; run it with 'firebreak crowd --scenario " + nameOrFile + " --out DIR'"));
        }
        if (entry.isPresent()) {
            String label = "bundled:" + nameOrFile;
            return new Text(label, label, BundledScenarios.read(nameOrFile), Path.of("").toAbsolutePath());
        }
        List<String> names = BundledScenarios.list(BundledScenarios.Kind.REGIONAL).stream()
                .map(BundledScenarios.Entry::name).toList();
        throw ScenarioException.of(new ScenarioProblem(nameOrFile, 0, "--scenario",
                "no such file, and no bundled scenario of that name" + Suggestions.didYouMean(nameOrFile, names)
                        + "; bundled scenarios: " + String.join(", ", names)));
    }

    /**
     * A scenario's text, resolved as {@link #load(String, ScenarioLoader)} resolves it, for a task that
     * carries the content rather than a path.
     *
     * @param problemLabel what problems name (the path, or {@code bundled:NAME})
     * @param label what outputs record as the scenario's source
     * @param text the scenario's text
     * @param baseDirectory what dataset directories named in it are relative to
     */
    record Text(String problemLabel, String label, String text, Path baseDirectory) {
    }

    /**
     * @param nameOrFile a file or a bundled regional scenario's name
     * @return its text
     * @throws ScenarioException if it is neither, or cannot be read, naming it
     */
    static Text text(String nameOrFile) throws ScenarioException {
        Path file = Path.of(nameOrFile);
        if (Files.isRegularFile(file)) {
            refuseCrowdFile(file);
            return new Text(file.toString(), file.getFileName().toString(), ScenarioLoader.readText(file),
                    file.toAbsolutePath().getParent());
        }
        return bundled(nameOrFile);
    }

    /** A crowd file would fail on its unknown keys; say instead which command runs it. */
    private static void refuseCrowdFile(Path file) throws ScenarioException {
        try {
            if (Files.size(file) > ScenarioLoader.MAX_FILE_BYTES) {
                return;
            }
            String label = file.getFileName().toString();
            if (CrowdScenarioLoader.isCrowdScenario(label, Files.readString(file))) {
                throw ScenarioException.of(new ScenarioProblem(file.toString(), 0, "kind", "this is a crowd scenario "
                        + "(kind: crowd); run it with 'firebreak crowd --scenario " + file + " --out DIR'"));
            }
        } catch (java.io.IOException e) {
            // the loader reports an unreadable file in its own words
        }
    }
}
