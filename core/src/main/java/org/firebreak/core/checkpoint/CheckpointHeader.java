package org.firebreak.core.checkpoint;

import java.util.Objects;

/**
 * What a checkpoint says about itself before anything in it is deserialised: enough to
 * refuse one of another format, library version or terrain with a clear message.
 *
 * @param format checkpoint format version ({@link CheckpointFile#FORMAT} when written by this build)
 * @param libraryVersion the Firebreak version that wrote it
 * @param scenarioName the scenario's name
 * @param scenarioHash the scenario's content hash (SHA-256 of its canonical form without the seed)
 * @param seed the run's seed
 * @param terrainDataset the terrain dataset id (or directory) the run was on
 * @param terrainCrs the CRS declared for the dataset's files without one, or "" for none
 * @param terrainFingerprint {@link org.firebreak.core.terrain.TerrainFingerprint} of that terrain
 * @param steps steps completed when it was written
 * @param totalSteps steps of the whole run
 * @param stepSeconds simulated seconds per step
 */
public record CheckpointHeader(int format, String libraryVersion, String scenarioName, String scenarioHash, long seed,
                               String terrainDataset, String terrainCrs, String terrainFingerprint, long steps,
                               long totalSteps, double stepSeconds) {
    /** Checks the fields. */
    public CheckpointHeader {
        Objects.requireNonNull(libraryVersion, "libraryVersion");
        Objects.requireNonNull(scenarioName, "scenarioName");
        Objects.requireNonNull(scenarioHash, "scenarioHash");
        Objects.requireNonNull(terrainDataset, "terrainDataset");
        Objects.requireNonNull(terrainCrs, "terrainCrs");
        Objects.requireNonNull(terrainFingerprint, "terrainFingerprint");
        if (steps < 0 || totalSteps < steps) {
            throw new IllegalArgumentException("steps must be within 0.." + totalSteps + ", was " + steps);
        }
    }

    /** @return simulated hours completed when the checkpoint was written */
    public double simulatedHours() {
        return steps * stepSeconds / 3600.0;
    }
}
