package org.firebreak.core.navigation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.firebreak.core.terrain.CostSurface;
import org.locationtech.jts.geom.Coordinate;

/**
 * The navigation fields of one run, built on first request and shared by every agent heading
 * for the same goals at the same pace, so the cost grows with destinations, not with agents.
 */
public final class NavigationFields {
    private static final System.Logger LOG = System.getLogger(NavigationFields.class.getName());

    private final CostSurface surface;
    private final CostSurface coarse;
    private final Map<String, NavigationField> cache = new LinkedHashMap<>();

    /** @param surface the cost surface every field is built on */
    public NavigationFields(CostSurface surface) {
        this(surface, surface);
    }

    /**
     * @param surface the cost surface of fields toward destinations and official crossings
     * @param coarse a coarser surface, for goals that are many and each sought by few (informal crossing sites)
     */
    public NavigationFields(CostSurface surface, CostSurface coarse) {
        this.surface = surface;
        this.coarse = coarse;
    }

    /** @return the cost surface */
    public CostSurface surface() {
        return surface;
    }

    /** @return the coarse cost surface (the same as {@link #surface()} unless one was given) */
    public CostSurface coarseSurface() {
        return coarse;
    }

    /**
     * A field on the coarse surface: informal crossing sites are many and each is sought by
     * few groups, so their fields are built on coarser cells, at a small fraction of the time
     * and memory of a fine field.
     *
     * @param key identifies the goal
     * @param pace the walker's multiplier on Tobler's speed
     * @param goals supplies the goal points when the field must be built
     * @return the field
     */
    public synchronized NavigationField getCoarse(String key, double pace, Supplier<List<Coordinate>> goals) {
        if (coarse == surface) {
            return get(key, pace, goals);
        }
        String k = "coarse:" + key + "@" + pace;
        NavigationField f = cache.get(k);
        if (f == null) {
            f = NavigationField.build(coarse, key, goals.get(), pace);
            cache.put(k, f);
        }
        return f;
    }

    /**
     * @param key identifies the goal set (a place id, a crossing id)
     * @param pace the walker's multiplier on Tobler's speed
     * @param goals supplies the goal points when the field must be built
     * @return the field, built once per key and pace
     */
    public synchronized NavigationField get(String key, double pace, Supplier<List<Coordinate>> goals) {
        String k = key + "@" + pace;
        NavigationField f = cache.get(k);
        if (f == null) {
            f = NavigationField.build(surface, key, goals.get(), pace);
            LOG.log(System.Logger.Level.DEBUG, "navigation field {0}: {1} cells in {2} ms, {3} bytes", key,
                    Integer.toString(f.reachableCells()), Long.toString(f.buildNanos() / 1_000_000),
                    Long.toString(f.bytes()));
            cache.put(k, f);
        }
        return f;
    }

    /** @return fields built so far, by key and pace, in build order */
    public synchronized Map<String, NavigationField> built() {
        return Map.copyOf(cache);
    }
}
