package org.firebreak.core.scenario;

import java.util.Objects;

/**
 * Which terrain a scenario runs on.
 *
 * @param dataset a dataset id of the {@link org.firebreak.core.terrain.TerrainCatalog}
 */
public record TerrainSpec(String dataset) {
    /** Checks the id is present. */
    public TerrainSpec {
        Objects.requireNonNull(dataset, "dataset");
    }
}
