package org.firebreak.examples.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.firebreak.frontier.behaviour.defaults.DefaultBehaviours;
import org.firebreak.core.scenario.ScenarioException;
import org.firebreak.core.scenario.ScenarioOverride;
import org.firebreak.core.sweep.SweepRun;
import org.firebreak.core.sweep.SweepTask;
import org.firebreak.core.terrain.Terrain;
import org.firebreak.core.terrain.TerrainCatalog;
import org.firebreak.frontier.behaviour.BehaviourRegistry;
import org.firebreak.frontier.run.FrontierRun;
import org.firebreak.frontier.run.RunResult;
import org.firebreak.frontier.scenario.Scenario;
import org.firebreak.frontier.scenario.ScenarioLoader;
import org.firebreak.geo.GeoTerrains;

/**
 * One regional run of a sweep: the scenario with the run's values and seed, run on one thread
 * into {@code runs/run-NNNN} under the sweep's directory; its results are the numeric entries of
 * its summary.json, with dotted keys ({@code crossings.zurbatiyah.crossed}). The terrain is
 * loaded once per process and shared by the runs (it is read-only; its navigation-field cache
 * is synchronised).
 */
final class RegionalSweepTask implements SweepTask {
    private static final long serialVersionUID = 1L;
    /** Summary entries that describe the run rather than measure it. */
    private static final Set<String> NOT_METRICS = Set.of("firebreak_version", "scenario", "seed", "terrain",
            "step_seconds", "steps", "simulated_hours");

    private final String scenario;
    private final java.util.List<String> fixed;
    private final String runsDirectory;
    private transient TerrainCatalog terrains;

    /**
     * @param scenario a bundled scenario name or a file path
     * @param fixed values set in every run, {@code key=value}, before the run's own
     * @param runsDirectory where each run's own outputs go
     */
    RegionalSweepTask(String scenario, java.util.List<String> fixed, Path runsDirectory) {
        this.scenario = scenario;
        this.fixed = java.util.List.copyOf(fixed);
        this.runsDirectory = runsDirectory.toString();
    }

    private synchronized TerrainCatalog terrains() {
        if (terrains == null) {
            terrains = GeoTerrains.catalog();
        }
        return terrains;
    }

    /**
     * @param run a run, or null for the scenario without any values (to check it loads)
     * @return the scenario the run simulates, with the label outputs record as its source
     * @throws ScenarioException if the values make it invalid, naming the key
     */
    ScenarioSource sourceOf(SweepRun run) throws ScenarioException {
        ScenarioLoader loader = new ScenarioLoader(DefaultBehaviours.registry(), terrains())
                .withOverrides(fixed.stream().map(ScenarioOverride::parse).toList());
        if (run != null) {
            loader = loader.withOverrides(run.overrides());
        }
        ScenarioSource src = ScenarioSource.load(scenario, loader);
        return run == null ? src : new ScenarioSource(src.label(), src.scenario().withSeed(run.seed()));
    }

    @Override
    public Map<String, Double> run(SweepRun run) throws Exception {
        ScenarioSource src = sourceOf(run);
        Scenario s = src.scenario();
        Terrain terrain = terrains().load(s.terrain().dataset(), s.terrain().crs()).orElseThrow();
        RunResult r = FrontierRun.builder(s, terrain).registry(DefaultBehaviours.registry()).source(src.label())
                .outputDirectory(Path.of(runsDirectory, run.directoryName())).overwrite(true).moveThreads(1).run();
        Map<String, Double> metrics = new LinkedHashMap<>();
        r.summary().forEach((k, v) -> {
            if (!NOT_METRICS.contains(k)) {
                flatten(k, v, metrics);
            }
        });
        return metrics;
    }

    private static void flatten(String key, Object v, Map<String, Double> out) {
        if (v instanceof Map<?, ?> m) {
            m.forEach((k, x) -> flatten(key + "." + k, x, out));
        } else if (v instanceof Number n) {
            out.put(key, n.doubleValue());
        }
    }
}
