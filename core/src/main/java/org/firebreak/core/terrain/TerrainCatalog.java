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
    private java.util.function.BiFunction<java.nio.file.Path, Optional<String>, Terrain> directoryLoader;
    private final Map<String, Terrain> directories = new java.util.HashMap<>();

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
     * Lets scenarios name a directory of their own map layers instead of a dataset id.
     *
     * @param loader loads a dataset directory, given the CRS declared for files that carry none
     * @return this catalog
     */
    public synchronized TerrainCatalog directoryLoader(
            java.util.function.BiFunction<java.nio.file.Path, Optional<String>, Terrain> loader) {
        this.directoryLoader = loader;
        return this;
    }

    /** @return whether this catalog can load dataset directories */
    public synchronized boolean loadsDirectories() {
        return directoryLoader != null;
    }

    /**
     * @param dataset a dataset id or a path
     * @return whether it is written as a path (and so names a dataset directory, not an id)
     */
    public static boolean looksLikePath(String dataset) {
        return dataset.contains("/") || dataset.contains("\\") || dataset.startsWith(".");
    }

    /**
     * @param dataset a dataset id, or an absolute dataset directory
     * @param declaredCrs the CRS of a directory's files that carry none
     * @return the loaded terrain, if the id is known or the directory loads
     */
    public Optional<Terrain> load(String dataset, Optional<String> declaredCrs) {
        Optional<Terrain> known = load(dataset);
        if (known.isPresent() || !looksLikePath(dataset)) {
            return known;
        }
        synchronized (this) {
            if (directoryLoader == null) {
                return Optional.empty();
            }
            String key = dataset + "|" + declaredCrs.orElse("");
            Terrain t = directories.get(key);
            if (t == null) {
                t = directoryLoader.apply(java.nio.file.Path.of(dataset), declaredCrs);
                directories.put(key, t);
            }
            return Optional.of(t);
        }
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
