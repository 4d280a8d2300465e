package org.firebreak.examples.embed;

import java.nio.file.Path;
import org.firebreak.frontier.behaviour.defaults.DefaultBehaviours;
import org.firebreak.core.terrain.Terrain;
import org.firebreak.core.terrain.TerrainCatalog;
import org.firebreak.data.BundledScenarios;
import org.firebreak.frontier.behaviour.BehaviourRegistry;
import org.firebreak.frontier.run.FrontierRun;
import org.firebreak.frontier.run.RunResult;
import org.firebreak.frontier.scenario.Scenario;
import org.firebreak.frontier.scenario.ScenarioLoader;
import org.firebreak.geo.GeoTerrains;

/**
 * The smallest embedding of Firebreak: load a scenario, run it, read the results back.
 *
 * <p>Run it with {@code java -cp examples/target/firebreak.jar org.firebreak.examples.embed.EmbeddedRun [FILE] OUT}:
 * with one argument it runs the default bundled scenario for 24 simulated hours.
 */
public final class EmbeddedRun {
    private EmbeddedRun() {
    }

    /**
     * @param args an optional scenario file, then the output directory
     * @throws Exception if the scenario is invalid or the outputs cannot be written
     */
    public static void main(String[] args) throws Exception {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: EmbeddedRun [SCENARIO_FILE] OUTPUT_DIR");
            System.exit(2);
        }
        BehaviourRegistry behaviours = DefaultBehaviours.registry();
        TerrainCatalog terrains = GeoTerrains.catalog();
        ScenarioLoader loader = new ScenarioLoader(behaviours, terrains);
        Scenario scenario = args.length == 2
                ? loader.load(Path.of(args[0]))
                : loader.load(BundledScenarios.defaultName(), BundledScenarios.read(BundledScenarios.defaultName()))
                        .withDurationHours(24);
        Terrain terrain = terrains.load(scenario.terrain().dataset(), scenario.terrain().crs()).orElseThrow();

        RunResult result = FrontierRun.builder(scenario, terrain)
                .registry(behaviours)
                .outputDirectory(Path.of(args[args.length - 1]))
                .overwrite(true)
                .run();

        System.out.println("crossings by site: " + result.model().crossings());
        System.out.println("agents by type and state: " + result.model().counts());
        System.out.println("files: " + result.files());
    }
}
