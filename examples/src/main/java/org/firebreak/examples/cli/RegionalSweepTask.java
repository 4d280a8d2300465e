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
import org.firebreak.frontier.run.FrontierRun;
import org.firebreak.frontier.run.RunResult;
import org.firebreak.frontier.scenario.Scenario;
import org.firebreak.frontier.scenario.ScenarioLoader;
import org.firebreak.geo.GeoTerrains;

/**
 * One regional run of a sweep: the scenario with the run's values and seed, run on one thread
 * into {@code run-NNNN} under the runs directory the executing machine chose; its results are the
 * numeric entries of its summary.json, with dotted keys ({@code crossings.zurbatiyah.crossed}).
 * The task carries the scenario's content, read once where the sweep starts, never a path for a
 * cluster member to read. The terrain is loaded once per process and shared by the runs (it is
 * read-only; its navigation-field cache is synchronised).
 */
final class RegionalSweepTask implements SweepTask {
    private static final long serialVersionUID = 2L;
    /** Summary entries that describe the run rather than measure it. */
    private static final Set<String> NOT_METRICS = Set.of("firebreak_version", "scenario", "seed", "terrain",
            "step_seconds", "steps", "simulated_hours");

    private final String problemLabel;
    private final String label;
    private final String text;
    private final String baseDirectory;
    private final java.util.List<String> fixed;
    private transient TerrainCatalog terrains;

    private RegionalSweepTask(ScenarioSource.Text t, java.util.List<String> fixed) {
        this(t.problemLabel(), t.label(), t.text(), t.baseDirectory().toString(), fixed);
    }

    private RegionalSweepTask(String problemLabel, String label, String text, String baseDirectory,
            java.util.List<String> fixed) {
        this.problemLabel = problemLabel;
        this.label = label;
        this.text = text;
        this.baseDirectory = baseDirectory;
        this.fixed = java.util.List.copyOf(fixed);
    }

    /**
     * @param scenario a bundled scenario name or a file path, read now
     * @param fixed values set in every run, {@code key=value}, before the run's own
     * @return the task
     * @throws ScenarioException if there is no such file or bundled scenario, naming it
     */
    static RegionalSweepTask of(String scenario, java.util.List<String> fixed) throws ScenarioException {
        return new RegionalSweepTask(ScenarioSource.text(scenario), fixed);
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
        Scenario s = loader.load(problemLabel, text, Path.of(baseDirectory));
        return new ScenarioSource(label, run == null ? s : s.withSeed(run.seed()));
    }

    /** @return whether the scenario's terrain is one every member has (a bundled dataset), not a directory */
    boolean terrainIsBundled() throws ScenarioException {
        return terrains().datasets().containsKey(sourceOf(null).scenario().terrain().dataset());
    }

    @Override
    public Map<String, Double> run(SweepRun run, Path runsDirectory) throws Exception {
        ScenarioSource src = sourceOf(run);
        Scenario s = src.scenario();
        Terrain terrain = terrains().load(s.terrain().dataset(), s.terrain().crs()).orElseThrow();
        RunResult r = FrontierRun.builder(s, terrain).registry(DefaultBehaviours.registry()).source(src.label())
                .outputDirectory(runsDirectory.resolve(run.directoryName())).overwrite(true).moveThreads(1).run();
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
