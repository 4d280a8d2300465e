package org.firebreak.flee;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The location graph as arrays: locations by index, and each route as two directed links
 * ({@code 2r} from name1 to name2, {@code 2r + 1} back), with every location's outgoing links
 * in routes.csv order.
 */
final class FleeNetwork {
    final int size;
    final String[] names;
    final LocationType[] baseType;
    final boolean[] foreign;
    final int[] population;
    /** Capacity for camps (0: none), 0 for the rest. */
    final double[] capacity;
    final int[] country;
    final int[] conflictDate;
    final int links;
    final int[] from;
    final int[] to;
    final double[] km;
    /** Outgoing links of location i: outLink[outStart[i]] .. outLink[outStart[i + 1] - 1]. */
    final int[] outStart;
    final int[] outLink;
    /** Camps at the start, in file order: the output's columns. */
    final int[] camps;
    final boolean hasMarkers;
    private final Map<String, Integer> index = new HashMap<>();
    private final Map<String, Integer> countries = new HashMap<>();

    FleeNetwork(List<FleeLocation> locations, List<FleeRoute> routes) {
        size = locations.size();
        names = new String[size];
        baseType = new LocationType[size];
        foreign = new boolean[size];
        population = new int[size];
        capacity = new double[size];
        country = new int[size];
        conflictDate = new int[size];
        String home = locations.get(0).country();
        int campCount = 0;
        boolean markers = false;
        for (int i = 0; i < size; i++) {
            FleeLocation l = locations.get(i);
            names[i] = l.name();
            index.put(l.name(), i);
            baseType[i] = l.type();
            foreign[i] = !l.country().equals(home);
            population[i] = l.population();
            capacity[i] = l.type().isCamp() ? l.population() : 0;
            country[i] = countries.computeIfAbsent(l.country(), k -> countries.size());
            conflictDate[i] = l.conflictDate();
            campCount += l.type().isCamp() ? 1 : 0;
            markers |= l.type() == LocationType.MARKER;
        }
        hasMarkers = markers;
        camps = new int[campCount];
        for (int i = 0, k = 0; i < size; i++) {
            if (baseType[i].isCamp()) {
                camps[k++] = i;
            }
        }
        links = 2 * routes.size();
        from = new int[links];
        to = new int[links];
        km = new double[links];
        int[] degree = new int[size + 1];
        for (int r = 0; r < routes.size(); r++) {
            FleeRoute route = routes.get(r);
            int a = index.get(route.from());
            int b = index.get(route.to());
            from[2 * r] = a;
            to[2 * r] = b;
            from[2 * r + 1] = b;
            to[2 * r + 1] = a;
            km[2 * r] = route.distanceKm();
            km[2 * r + 1] = route.distanceKm();
            degree[a]++;
            degree[b]++;
        }
        outStart = new int[size + 1];
        for (int i = 0; i < size; i++) {
            outStart[i + 1] = outStart[i] + degree[i];
        }
        outLink = new int[links];
        int[] fill = outStart.clone();
        for (int l = 0; l < links; l++) {
            outLink[fill[from[l]]++] = l;
        }
        // filled in link id order, so every location's links keep routes.csv order
    }

    /**
     * @param name a location name
     * @return its index, or -1
     */
    int index(String name) {
        return index.getOrDefault(name, -1);
    }

    /**
     * @param name a country name
     * @return its index, or -1
     */
    int country(String name) {
        return countries.getOrDefault(name, -1);
    }

    /**
     * @param a a location
     * @param b another
     * @param closed links closed today
     * @return the first open link from a to b, or -1
     */
    int openLink(int a, int b, boolean[] closed) {
        for (int k = outStart[a]; k < outStart[a + 1]; k++) {
            int l = outLink[k];
            if (to[l] == b && !closed[l]) {
                return l;
            }
        }
        return -1;
    }
}
