package org.firebreak.examples.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.firebreak.core.behaviour.BehaviourRegistry;
import org.firebreak.core.scenario.Scenario;
import org.firebreak.core.scenario.ScenarioException;
import org.firebreak.core.scenario.ScenarioLoader;
import org.firebreak.core.scenario.ScenarioProblem;
import org.firebreak.core.scenario.Suggestions;
import org.firebreak.core.terrain.TerrainCatalog;
import org.firebreak.data.BundledScenarios;

/**
 * Resolves {@code --scenario NAME|FILE}: an existing file wins, then a bundled scenario name.
 *
 * @param label what outputs record as the scenario's source: the bundled name or the file name
 * @param scenario the loaded, validated scenario
 */
record ScenarioSource(String label, Scenario scenario) {

    static ScenarioSource load(String nameOrFile, BehaviourRegistry registry, TerrainCatalog terrains)
            throws ScenarioException {
        ScenarioLoader loader = new ScenarioLoader(registry, terrains);
        Path file = Path.of(nameOrFile);
        if (Files.isRegularFile(file)) {
            return new ScenarioSource(file.getFileName().toString(), loader.load(file));
        }
        if (BundledScenarios.find(nameOrFile).isPresent()) {
            String label = "bundled:" + nameOrFile;
            return new ScenarioSource(label, loader.load(label, BundledScenarios.read(nameOrFile)));
        }
        List<String> names = BundledScenarios.list().stream().map(BundledScenarios.Entry::name).toList();
        throw ScenarioException.of(new ScenarioProblem(nameOrFile, 0, "--scenario",
                "no such file, and no bundled scenario of that name" + Suggestions.didYouMean(nameOrFile, names)
                        + "; bundled scenarios: " + String.join(", ", names)));
    }
}
