package org.firebreak.core.terrain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The terrain datasets a scenario's {@code terrain.dataset} may name, each with a loader.
 *
 * <p>Core registers {@value SyntheticTerrain#DATASET}; the geo module adds the datasets it
 * can load from GIS files. Loading is lazy and each terrain is loaded once per catalog.
 */
public final class TerrainCatalog {
    private final Map<String, Entry> entries = new LinkedHashMap<>();

    private record Entry(String description, Supplier<Terrain> loader) {
    }

    /** @return a catalog with the datasets core knows: {@value SyntheticTerrain#DATASET} */
    public static TerrainCatalog withBuiltIns() {
        TerrainCatalog c = new TerrainCatalog();
        c.register(SyntheticTerrain.DATASET, "a 200 km x 120 km synthetic frontier built in code",
                SyntheticTerrain::new);
        return c;
    }

    /**
     * @param id dataset id used in scenario files
     * @param description one line for listings
     * @param loader builds the terrain; called at most once
     * @return this catalog
     */
    public synchronized TerrainCatalog register(String id, String description, Supplier<Terrain> loader) {
        Supplier<Terrain> once = new Supplier<>() {
            private Terrain cached;

            @Override
            public synchronized Terrain get() {
                if (cached == null) {
                    cached = loader.get();
                }
                return cached;
            }
        };
        entries.put(id, new Entry(description, once));
        return this;
    }

    /** @return dataset ids with their descriptions, in registration order */
    public synchronized Map<String, String> datasets() {
        Map<String, String> out = new LinkedHashMap<>();
        entries.forEach((k, v) -> out.put(k, v.description()));
        return Collections.unmodifiableMap(out);
    }

    /**
     * @param id a dataset id
     * @return the loaded terrain, if the id is known
     */
    public Optional<Terrain> load(String id) {
        Entry e;
        synchronized (this) {
            e = entries.get(id);
        }
        return e == null ? Optional.empty() : Optional.of(e.loader().get());
    }
}
