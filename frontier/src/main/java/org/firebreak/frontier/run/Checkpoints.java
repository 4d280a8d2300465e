package org.firebreak.frontier.run;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import org.firebreak.core.Firebreak;
import org.firebreak.core.checkpoint.CheckpointFile;
import org.firebreak.core.checkpoint.CheckpointHeader;
import org.firebreak.core.terrain.Terrain;
import org.firebreak.core.terrain.TerrainFingerprint;
import org.firebreak.frontier.behaviour.BehaviourRegistry;
import org.firebreak.frontier.engine.FrontierModel;
import org.firebreak.frontier.output.MetricsRecorder;
import org.firebreak.frontier.output.RunRecorder;
import org.firebreak.frontier.scenario.Scenario;
import org.firebreak.frontier.scenario.TimeSettings;

/**
 * Writes a run's checkpoints into its output directory as it goes: after every
 * {@code everySteps} steps, {@code checkpoint-<hours>h.fbc}, keeping the latest {@code keep}
 * (all if 0); an older one is deleted only once the newer one is complete.
 */
final class Checkpoints {
    /** Live objects: written as references and supplied again on resuming. */
    static final String TERRAIN = "terrain";
    static final String REGISTRY = "registry";

    private static final System.Logger LOG = System.getLogger(Checkpoints.class.getName());

    private final long everySteps;
    private final int keep;
    private final Path dir;
    private final String source;
    private final String scenarioHash;
    private final Terrain terrain;
    private final BehaviourRegistry registry;
    private final Deque<Path> written = new ArrayDeque<>();
    private String fingerprint;

    Checkpoints(long everySteps, int keep, Path dir, String source, String scenarioHash, Terrain terrain,
                BehaviourRegistry registry) {
        this.everySteps = everySteps;
        this.keep = keep;
        this.dir = dir;
        this.source = source;
        this.scenarioHash = scenarioHash;
        this.terrain = terrain;
        this.registry = registry;
    }

    /**
     * @param time the scenario's time settings
     * @param hours simulated hours between checkpoints (0: none)
     * @return steps between checkpoints (0: none)
     * @throws IllegalArgumentException if the hours are negative, not finite, or not a whole number of steps
     */
    static long steps(TimeSettings time, double hours) {
        if (hours == 0) {
            return 0;
        }
        if (!(hours > 0) || Double.isInfinite(hours)) {
            throw new IllegalArgumentException("checkpoint interval: expected a positive number of simulated hours, got "
                    + hours);
        }
        double steps = hours * 3600.0 / time.stepSeconds();
        long whole = Math.round(steps);
        if (whole < 1 || Math.abs(steps - whole) > 1e-6) {
            throw new IllegalArgumentException("checkpoint interval " + hours + " h: expected a whole number of steps of "
                    + time.stepSeconds() + " s");
        }
        return whole;
    }

    /** @return the file name of the checkpoint after that many simulated hours, e.g. checkpoint-0024h.fbc */
    static String fileName(double hours) {
        BigDecimal h = BigDecimal.valueOf(Math.round(hours * 1e6) / 1e6).stripTrailingZeros();
        long whole = h.longValue();
        String frac = h.scale() > 0 ? h.subtract(BigDecimal.valueOf(whole)).toPlainString().substring(1) : "";
        return String.format(Locale.ROOT, "checkpoint-%04d%sh%s", whole, frac, CheckpointFile.EXTENSION);
    }

    /** Writes a checkpoint if the model has just completed a multiple of the interval, and not its last step. */
    void afterStep(FrontierModel model, RunRecorder recorder, MetricsRecorder metrics, double wallSeconds)
            throws IOException {
        long steps = model.steps();
        Scenario s = model.scenario();
        if (everySteps <= 0 || steps % everySteps != 0 || steps >= s.time().totalSteps()) {
            return;
        }
        if (fingerprint == null) {
            fingerprint = TerrainFingerprint.of(terrain);
        }
        Path file = dir.resolve(fileName(model.elapsedSeconds() / 3600.0));
        CheckpointHeader header = new CheckpointHeader(CheckpointFile.FORMAT, Firebreak.version(), s.name(),
                scenarioHash, s.seed(), s.terrain().dataset(), s.terrain().crs().orElse(""), fingerprint, steps,
                s.time().totalSteps(), s.time().stepSeconds());
        long t0 = System.nanoTime();
        long events = recorder.flushEvents();
        RunSnapshot snapshot = new RunSnapshot(model, metrics, recorder.state(), source, everySteps, keep, wallSeconds);
        CheckpointFile.write(file, header, events, recorder::copyEvents, snapshot,
                Map.of(TERRAIN, terrain, REGISTRY, registry));
        LOG.log(System.Logger.Level.INFO, "checkpoint {0} ({1} bytes) written in {2} ms", file,
                Long.toString(Files.size(file)), Long.toString((System.nanoTime() - t0) / 1_000_000));
        written.remove(file);
        written.addLast(file);
        while (keep > 0 && written.size() > keep) {
            Files.deleteIfExists(written.removeFirst());
        }
    }
}
