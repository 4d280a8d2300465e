package org.firebreak.examples.extend;

import java.nio.file.Path;
import org.firebreak.frontier.behaviour.defaults.DefaultBehaviours;
import org.firebreak.core.scenario.ScenarioException;
import org.firebreak.core.terrain.Terrain;
import org.firebreak.core.terrain.TerrainCatalog;
import org.firebreak.frontier.behaviour.BehaviourRegistry;
import org.firebreak.frontier.run.FrontierRun;
import org.firebreak.frontier.run.RunResult;
import org.firebreak.frontier.scenario.Scenario;
import org.firebreak.frontier.scenario.ScenarioLoader;
import org.firebreak.geo.GeoTerrains;

/**
 * Runs a scenario that names a behaviour from outside the library: registers
 * {@link RiverFollowingRoute} next to the library's own behaviours, loads the file (which names
 * it as {@code route.follow-rivers}), runs it with the {@link RiverDistances} output, and prints
 * how far from a river each source's refugees walked.
 *
 * <p>{@code java -cp examples/target/firebreak.jar org.firebreak.examples.extend.RiverFollowers
 * [--scenario FILE] --out DIR} (default file: {@code examples/scenarios/river-followers.yaml}).
 */
public final class RiverFollowers {
    /** The scenario run when none is given, relative to the repository root. */
    public static final Path DEFAULT_SCENARIO = Path.of("examples", "scenarios", "river-followers.yaml");

    private RiverFollowers() {
    }

    /**
     * @param args {@code --out DIR} and optionally {@code --scenario FILE}
     * @throws Exception if the outputs cannot be written
     */
    public static void main(String[] args) throws Exception {
        Path scenarioFile = DEFAULT_SCENARIO;
        Path out = null;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--scenario" -> scenarioFile = Path.of(args[i + 1]);
                case "--out" -> out = Path.of(args[i + 1]);
                default -> out = null;
            }
        }
        if (out == null || args.length % 2 != 0) {
            System.err.println("usage: RiverFollowers [--scenario FILE] --out DIR");
            System.exit(2);
            return;
        }
        BehaviourRegistry behaviours = DefaultBehaviours.registry();
        behaviours.register(RiverFollowingRoute.definition());
        TerrainCatalog terrains = GeoTerrains.catalog();
        Scenario scenario;
        try {
            scenario = new ScenarioLoader(behaviours, terrains).load(scenarioFile);
        } catch (ScenarioException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        Terrain terrain = terrains.load(scenario.terrain().dataset(), scenario.terrain().crs()).orElseThrow();
        RiverDistances rivers = new RiverDistances();
        RunResult result = FrontierRun.builder(scenario, terrain).registry(behaviours).extension(rivers)
                .outputDirectory(out).overwrite(true).run();
        System.out.println("scenario " + scenario.name() + ", seed " + scenario.seed() + ", outputs in " + out);
        rivers.meanDistanceBySource().forEach((source, metres) -> System.out.printf(java.util.Locale.ROOT,
                "%s: mean distance to the nearest river %.1f km%n", source, metres / 1000));
        System.out.println("crossings by site: " + result.model().crossings());
    }
}
