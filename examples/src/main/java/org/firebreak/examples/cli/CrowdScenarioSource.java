package org.firebreak.examples.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.firebreak.core.scenario.ScenarioException;
import org.firebreak.core.scenario.ScenarioProblem;
import org.firebreak.core.scenario.Suggestions;
import org.firebreak.crowd.scenario.CrowdScenario;
import org.firebreak.crowd.scenario.CrowdScenarioLoader;
import org.firebreak.data.BundledScenarios;

/**
 * Resolves {@code firebreak crowd --scenario NAME|FILE}: an existing file wins, then a bundled
 * crowd scenario name. A regional name or file is refused with the command that runs it.
 *
 * @param label what outputs record as the scenario's source: the bundled name or the file name
 * @param scenario the loaded, validated scenario
 */
record CrowdScenarioSource(String label, CrowdScenario scenario) {

    static CrowdScenarioSource load(String nameOrFile) throws ScenarioException {
        Path file = Path.of(nameOrFile);
        if (Files.isRegularFile(file)) {
            return new CrowdScenarioSource(file.getFileName().toString(), CrowdScenarioLoader.load(file));
        }
        var entry = BundledScenarios.find(nameOrFile);
        if (entry.isPresent() && entry.get().kind() == BundledScenarios.Kind.CROWD) {
            String label = "bundled:" + nameOrFile;
            // a bundled file names no geometry file; none is resolved against the working directory
            return new CrowdScenarioSource(label, CrowdScenarioLoader.load(label + ".yaml",
                    BundledScenarios.read(nameOrFile), (name, tree) -> {
                        tree.problem("geometry_file", "bundled scenarios carry their geometry inline");
                        return java.util.Optional.empty();
                    }));
        }
        List<String> names = BundledScenarios.list(BundledScenarios.Kind.CROWD).stream()
                .map(BundledScenarios.Entry::name).toList();
        if (entry.isPresent()) {
            throw ScenarioException.of(new ScenarioProblem(nameOrFile, 0, "--scenario", "'" + nameOrFile
                    + "' is a regional scenario; run it with 'firebreak run --scenario " + nameOrFile
                    + "'. Crowd scenarios: " + String.join(", ", names)));
        }
        throw ScenarioException.of(new ScenarioProblem(nameOrFile, 0, "--scenario",
                "no such file, and no bundled crowd scenario of that name" + Suggestions.didYouMean(nameOrFile, names)
                        + "; bundled crowd scenarios: " + String.join(", ", names)));
    }
}
