package org.firebreak.frontier.run;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.firebreak.frontier.behaviour.defaults.DefaultBehaviours;
import org.firebreak.core.output.OutputDirectory;
import org.firebreak.core.run.ProgressListener;
import org.firebreak.core.terrain.Terrain;
import org.firebreak.frontier.behaviour.BehaviourRegistry;
import org.firebreak.frontier.engine.FrontierModel;
import org.firebreak.frontier.output.MetricsRecorder;
import org.firebreak.frontier.output.RunRecorder;
import org.firebreak.frontier.output.SummaryWriter;
import org.firebreak.frontier.scenario.Scenario;
import org.firebreak.frontier.scenario.ScenarioCodec;

/**
 * Runs a scenario headless from start to end and writes its outputs: the one call an
 * embedding application needs.
 *
 * <pre>{@code
 * Scenario scenario = new ScenarioLoader(registry, terrains).load(Path.of("my-scenario.yaml"));
 * Terrain terrain = terrains.load(scenario.terrain().dataset(), scenario.terrain().crs()).orElseThrow();
 * RunResult result = FrontierRun.builder(scenario, terrain).outputDirectory(Path.of("out")).run();
 * }</pre>
 */
public final class FrontierRun {
    private int moveThreads = 1;
    private static final System.Logger LOG = System.getLogger(FrontierRun.class.getName());

    private final Scenario scenario;
    private final Terrain terrain;
    private BehaviourRegistry registry = DefaultBehaviours.registry();
    private Path outputDirectory;
    private boolean overwrite;
    private String source;
    private ProgressListener progress = ProgressListener.NONE;
    private final List<RunExtension> extensions = new ArrayList<>();
    private final Map<String, org.firebreak.frontier.engine.CrossingScreening.Factory> screenings =
            new java.util.LinkedHashMap<>();
    private double checkpointHours;
    private int keepCheckpoints;

    private FrontierRun(Scenario scenario, Terrain terrain) {
        this.scenario = Objects.requireNonNull(scenario, "scenario");
        this.terrain = Objects.requireNonNull(terrain, "terrain");
        this.source = scenario.name();
    }

    /**
     * @param scenario what to run
     * @param terrain where
     * @return a run to configure
     */
    public static FrontierRun builder(Scenario scenario, Terrain terrain) {
        return new FrontierRun(scenario, terrain);
    }

    /**
     * @param r the behaviours the scenario's ids refer to (default: the library's own)
     * @return this
     */
    public FrontierRun registry(BehaviourRegistry r) {
        this.registry = Objects.requireNonNull(r);
        return this;
    }

    /**
     * @param dir where to write the outputs (required)
     * @return this
     */
    public FrontierRun outputDirectory(Path dir) {
        this.outputDirectory = Objects.requireNonNull(dir);
        return this;
    }

    /**
     * @param allow whether an earlier run's files in the output directory may be replaced
     * @return this
     */
    public FrontierRun overwrite(boolean allow) {
        this.overwrite = allow;
        return this;
    }

    /**
     * @param label where the scenario came from, recorded in summary.json (default: its name)
     * @return this
     */
    public FrontierRun source(String label) {
        this.source = Objects.requireNonNull(label);
        return this;
    }

    /**
     * @param listener hears progress after every step
     * @return this
     */
    public FrontierRun progress(ProgressListener listener) {
        this.progress = Objects.requireNonNull(listener);
        return this;
    }

    /**
     * @param threads threads that move the agents (results do not depend on it; default 1)
     * @return this
     */
    public FrontierRun moveThreads(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("move threads must be at least 1, was " + threads);
        }
        this.moveThreads = threads;
        return this;
    }

    /**
     * Screens people at an official crossing with another model than the regional queue (see
     * {@link FrontierModel#screening}).
     *
     * @param crossingId an official crossing of the terrain
     * @param factory makes its screening for the run
     * @return this
     */
    public FrontierRun screening(String crossingId, org.firebreak.frontier.engine.CrossingScreening.Factory factory) {
        screenings.put(Objects.requireNonNull(crossingId), Objects.requireNonNull(factory));
        return this;
    }

    /**
     * @param extension extra outputs, written after the run's own files and before summary.json
     * @return this
     */
    public FrontierRun extension(RunExtension extension) {
        extensions.add(Objects.requireNonNull(extension));
        return this;
    }

    /**
     * Writes a checkpoint into the output directory after every {@code hours} simulated hours
     * (not after the last step), from which {@link #resume} continues the run with the same
     * results. The run's own outputs are the same with checkpoints as without. Checkpoints
     * cannot be combined with {@link #extension extensions} or {@link #screening screening
     * models}, whose state is not part of one.
     *
     * @param hours simulated hours between checkpoints, a whole number of steps; 0 (the default) for none
     * @return this
     */
    public FrontierRun checkpointEvery(double hours) {
        if (!(hours >= 0) || Double.isInfinite(hours)) {
            throw new IllegalArgumentException("checkpoint interval: expected 0 or more simulated hours, got " + hours);
        }
        this.checkpointHours = hours;
        return this;
    }

    /**
     * @param latest how many of the latest checkpoints to keep (0, the default: all); an older one
     *               is deleted only once a newer one is complete
     * @return this
     */
    public FrontierRun keepCheckpoints(int latest) {
        if (latest < 0) {
            throw new IllegalArgumentException("checkpoints to keep: expected 0 (all) or more, got " + latest);
        }
        this.keepCheckpoints = latest;
        return this;
    }

    /**
     * Continues a run from a checkpoint that {@link #checkpointEvery} wrote: the scenario, seed
     * and state come from the checkpoint, the terrain from the catalog (refused if it is not the
     * one the run started on).
     *
     * <pre>{@code
     * RunResult r = FrontierRun.resume(Path.of("out/checkpoint-0024h.fbc"), terrains)
     *         .outputDirectory(Path.of("out-resumed")).run();
     * }</pre>
     *
     * @param checkpoint the checkpoint file
     * @param terrains where to load the run's terrain from
     * @return a resumed run to configure
     */
    public static ResumedRun resume(Path checkpoint, org.firebreak.core.terrain.TerrainCatalog terrains) {
        return new ResumedRun(checkpoint, terrains);
    }

    /**
     * Runs the scenario to its end and writes summary.json, timeseries.csv, events.csv,
     * crossings.csv, sectors.csv and timing.json.
     *
     * @return the result
     * @throws IOException if the outputs cannot be written; nothing half-written is left under a final name
     */
    public RunResult run() throws IOException {
        if (outputDirectory == null) {
            throw new IllegalStateException("no output directory set");
        }
        long every = Checkpoints.steps(scenario.time(), checkpointHours);
        if (every > 0 && (!extensions.isEmpty() || !screenings.isEmpty())) {
            throw new IllegalStateException("checkpoints cannot be combined with run extensions or screening models"
                    + " (such as GIS outputs or a crowd-scale crossing): their state is not part of a checkpoint");
        }
        Path dir = OutputDirectory.prepare(outputDirectory, overwrite);
        String hash = ScenarioCodec.contentHash(scenario);
        FrontierModel model = new FrontierModel(scenario, terrain, registry).moveThreads(moveThreads);
        screenings.forEach(model::screening);
        long total = scenario.time().totalSteps();
        LOG.log(System.Logger.Level.INFO, "running {0} (seed {1}, {2} steps of {3} s) into {4}", scenario.name(),
                Long.toString(scenario.seed()), Long.toString(total), Double.toString(scenario.time().stepSeconds()), dir);
        long t0 = System.nanoTime();
        try (RunRecorder recorder = new RunRecorder(dir)) {
            MetricsRecorder metrics = new MetricsRecorder();
            model.addEventSink(recorder).addObserver(recorder).addObserver(metrics);
            for (RunExtension e : extensions) {
                model.addEventSink(e).addObserver(e);
            }
            model.start();
            Checkpoints checkpoints = new Checkpoints(every, keepCheckpoints, dir, source, hash, terrain, registry);
            return complete(model, recorder, metrics, extensions, checkpoints, dir, source, hash, progress, t0, 0);
        }
    }

    /** Takes the remaining steps of a started or resumed model and writes the outputs. */
    static RunResult complete(FrontierModel model, RunRecorder recorder, MetricsRecorder metrics,
                              List<RunExtension> extensions, Checkpoints checkpoints, Path dir, String source,
                              String hash, ProgressListener progress, long t0, double wallBefore) throws IOException {
        long total = model.scenario().time().totalSteps();
        while (model.steps() < total) {
            model.runSteps(1);
            progress.progress(model.steps(), total, model.elapsedSeconds());
            checkpoints.afterStep(model, recorder, metrics, wallBefore + (System.nanoTime() - t0) / 1e9);
        }
        model.finish();
        double wall = wallBefore + (System.nanoTime() - t0) / 1e9;
        List<Path> files = new ArrayList<>(recorder.commit(model));
        files.addAll(metrics.commit(model, dir));
        for (RunExtension e : extensions) {
            files.addAll(e.finish(model, dir));
        }
        Map<String, Object> summary = SummaryWriter.summary(model, source, hash);
        files.addAll(SummaryWriter.write(dir, summary, SummaryWriter.timing(model, wall)));
        return new RunResult(model, dir, files, summary, wall);
    }
}
