package org.firebreak.frontier.scenario;

import java.util.List;
import java.util.Objects;
import org.firebreak.core.param.ParameterSpec;
import org.firebreak.core.terrain.TerrainSpeeds;

/**
 * Which terrain a scenario runs on, and how its ground is turned into travel costs.
 *
 * @param dataset a dataset id of the {@link org.firebreak.core.terrain.TerrainCatalog}
 * @param cellSizeM side of a cost-surface cell for navigation fields, metres
 * @param speeds multipliers on walking speed by kind of ground, and vehicle speeds
 * @param fords ids of crossings or places where rivers can be waded, beyond those the dataset declares
 * @param crs the CRS (e.g. {@code EPSG:32638}) of a dataset directory's files that carry none
 */
public record TerrainSpec(String dataset, double cellSizeM, TerrainSpeeds speeds, List<String> fords,
                          java.util.Optional<String> crs) implements java.io.Serializable {
    /** Cost-surface cell size. */
    public static final ParameterSpec CELL_SIZE_M = new ParameterSpec("cell_size_m", "m", 50, 20_000, 1_000,
            "side of a cost-surface cell for navigation fields (about the elevation model's resolution or finer)");

    /** Checks every field. */
    public TerrainSpec {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(speeds, "speeds");
        CELL_SIZE_M.check(cellSizeM);
        fords = List.copyOf(fords);
        Objects.requireNonNull(crs, "crs");
    }

    /**
     * @param dataset a dataset id
     * @return the spec with the default cell size and speeds
     */
    public static TerrainSpec of(String dataset) {
        return new TerrainSpec(dataset, CELL_SIZE_M.defaultValue(), TerrainSpeeds.defaults(), List.of(),
                java.util.Optional.empty());
    }

    /**
     * @param dataset a dataset id
     * @param cellSizeM cost-surface cell size, metres
     * @param speeds speeds
     * @return the spec without declared fords
     */
    public static TerrainSpec of(String dataset, double cellSizeM, TerrainSpeeds speeds) {
        return new TerrainSpec(dataset, cellSizeM, speeds, List.of(), java.util.Optional.empty());
    }

    /** @return the numeric keys of the {@code terrain} section, in file order */
    public static List<ParameterSpec> specs() {
        List<ParameterSpec> out = new java.util.ArrayList<>();
        out.add(CELL_SIZE_M);
        out.addAll(TerrainSpeeds.SPECS);
        return List.copyOf(out);
    }
}
