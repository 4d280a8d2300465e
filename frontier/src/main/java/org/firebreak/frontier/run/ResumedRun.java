package org.firebreak.frontier.run;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.firebreak.frontier.behaviour.defaults.DefaultBehaviours;
import org.firebreak.core.checkpoint.CheckpointException;
import org.firebreak.core.checkpoint.CheckpointFile;
import org.firebreak.core.checkpoint.CheckpointHeader;
import org.firebreak.core.output.OutputDirectory;
import org.firebreak.core.run.ProgressListener;
import org.firebreak.core.terrain.Terrain;
import org.firebreak.core.terrain.TerrainCatalog;
import org.firebreak.core.terrain.TerrainFingerprint;
import org.firebreak.frontier.behaviour.BehaviourRegistry;
import org.firebreak.frontier.engine.FrontierModel;
import org.firebreak.frontier.output.RunRecorder;
import org.firebreak.frontier.scenario.ScenarioCodec;

/**
 * A run continued from a checkpoint (see {@link FrontierRun#resume}): it takes the remaining
 * steps and writes the complete outputs, the same files with the same bytes as the run
 * would have written uninterrupted (timing.json aside, which holds wall-clock time).
 *
 * <p>The checkpoint is checked whole, and its terrain loaded and compared with the one the
 * run started on, before the output directory is touched: a refused checkpoint writes nothing.
 */
public final class ResumedRun {
    private static final System.Logger LOG = System.getLogger(ResumedRun.class.getName());

    private final Path checkpoint;
    private final TerrainCatalog terrains;
    private BehaviourRegistry registry = DefaultBehaviours.registry();
    private Path outputDirectory;
    private boolean overwrite;
    private int moveThreads = 1;
    private ProgressListener progress = ProgressListener.NONE;
    private Double checkpointHours;
    private Integer keepCheckpoints;
    private final List<String> trusted = new ArrayList<>();

    ResumedRun(Path checkpoint, TerrainCatalog terrains) {
        this.checkpoint = Objects.requireNonNull(checkpoint, "checkpoint");
        this.terrains = Objects.requireNonNull(terrains, "terrains");
    }

    /**
     * @param r the behaviours the scenario's ids refer to (default: the library's own); the
     *          behaviour objects themselves come from the checkpoint
     * @return this
     */
    public ResumedRun registry(BehaviourRegistry r) {
        this.registry = Objects.requireNonNull(r);
        return this;
    }

    /**
     * @param dir where to write the outputs (required)
     * @return this
     */
    public ResumedRun outputDirectory(Path dir) {
        this.outputDirectory = Objects.requireNonNull(dir);
        return this;
    }

    /**
     * @param allow whether an earlier run's files in the output directory may be replaced
     * @return this
     */
    public ResumedRun overwrite(boolean allow) {
        this.overwrite = allow;
        return this;
    }

    /**
     * @param threads threads that move the agents, which may differ from the run that wrote the checkpoint
     * @return this
     */
    public ResumedRun moveThreads(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("move threads must be at least 1, was " + threads);
        }
        this.moveThreads = threads;
        return this;
    }

    /**
     * @param listener hears progress after every step, from the checkpoint's step on
     * @return this
     */
    public ResumedRun progress(ProgressListener listener) {
        this.progress = Objects.requireNonNull(listener);
        return this;
    }

    /**
     * @param hours simulated hours between further checkpoints (0: none; default: as the run that wrote it)
     * @return this
     */
    public ResumedRun checkpointEvery(double hours) {
        if (!(hours >= 0) || Double.isInfinite(hours)) {
            throw new IllegalArgumentException("checkpoint interval: expected 0 or more simulated hours, got " + hours);
        }
        this.checkpointHours = hours;
        return this;
    }

    /**
     * @param latest how many of the latest further checkpoints to keep (0: all; default: as the run that wrote it)
     * @return this
     */
    public ResumedRun keepCheckpoints(int latest) {
        if (latest < 0) {
            throw new IllegalArgumentException("checkpoints to keep: expected 0 (all) or more, got " + latest);
        }
        this.keepCheckpoints = latest;
        return this;
    }

    /**
     * Admits further classes when the checkpoint is read: those of an embedder's own
     * behaviours or detection laws. Only the library's, MASON's and the JDK's collection,
     * box and time classes are admitted otherwise (see docs/checkpoints.md).
     *
     * @param pattern a class name, or a package followed by {@code .*} (its classes) or {@code .**} (and its subpackages)
     * @return this
     */
    public ResumedRun trust(String pattern) {
        trusted.add(Objects.requireNonNull(pattern));
        return this;
    }

    /**
     * Checks the checkpoint, continues the run to its end and writes the outputs.
     *
     * @return the result
     * @throws CheckpointException if the checkpoint is refused (the message names the file and why)
     * @throws IOException if the checkpoint cannot be read or the outputs written
     */
    public RunResult run() throws IOException {
        if (outputDirectory == null) {
            throw new IllegalStateException("no output directory set");
        }
        CheckpointFile file = CheckpointFile.open(checkpoint);
        CheckpointHeader h = file.header();
        Optional<String> crs = h.terrainCrs().isEmpty() ? Optional.empty() : Optional.of(h.terrainCrs());
        Terrain terrain = terrains.load(h.terrainDataset(), crs).orElseThrow(() -> new CheckpointException(
                "checkpoint " + checkpoint + " was written on terrain '" + h.terrainDataset() + "', which cannot be"
                        + " loaded here; known datasets: " + String.join(", ", terrains.datasets().keySet())));
        String fingerprint = TerrainFingerprint.of(terrain);
        if (!fingerprint.equals(h.terrainFingerprint())) {
            throw new CheckpointException("checkpoint " + checkpoint + " was written on terrain '" + h.terrainDataset()
                    + "' with fingerprint " + h.terrainFingerprint().substring(0, 12) + "…, but that dataset now has "
                    + fingerprint.substring(0, 12) + "…: the terrain changed since, and the run cannot be continued on it");
        }
        Object state = file.readState(Map.of(Checkpoints.TERRAIN, terrain, Checkpoints.REGISTRY, registry), trusted);
        if (!(state instanceof RunSnapshot snapshot) || snapshot.model() == null) {
            throw new CheckpointException("checkpoint " + checkpoint + " is corrupt (it does not hold a run's state)");
        }
        FrontierModel model = snapshot.model();
        String hash = ScenarioCodec.contentHash(model.scenario());
        if (!hash.equals(h.scenarioHash()) || model.scenario().seed() != h.seed() || model.steps() != h.steps()) {
            throw new CheckpointException("checkpoint " + checkpoint + " is corrupt (its state does not match its header)");
        }
        long every = checkpointHours == null ? snapshot.everySteps()
                : Checkpoints.steps(model.scenario().time(), checkpointHours);
        int keep = keepCheckpoints == null ? snapshot.keep() : keepCheckpoints;
        Path dir = OutputDirectory.prepare(outputDirectory, overwrite);
        LOG.log(System.Logger.Level.INFO, "resuming {0} (seed {1}) at step {2} of {3} from {4} into {5}",
                model.scenario().name(), Long.toString(h.seed()), Long.toString(h.steps()), Long.toString(h.totalSteps()),
                checkpoint, dir);
        model.moveThreads(moveThreads);
        long t0 = System.nanoTime();
        try (RunRecorder recorder = new RunRecorder(dir, snapshot.recorder(), file::copyEvents)) {
            model.addEventSink(recorder).addObserver(recorder).addObserver(snapshot.metrics());
            Checkpoints checkpoints = new Checkpoints(every, keep, dir, snapshot.source(), hash, terrain, registry);
            return FrontierRun.complete(model, recorder, snapshot.metrics(), List.of(), checkpoints, dir,
                    snapshot.source(), hash, progress, t0, snapshot.wallSeconds());
        }
    }
}
