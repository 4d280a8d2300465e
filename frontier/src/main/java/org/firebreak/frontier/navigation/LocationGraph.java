package org.firebreak.frontier.navigation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.firebreak.core.terrain.Crossing;
import org.firebreak.core.terrain.Place;
import org.firebreak.core.terrain.Terrain;
import org.firebreak.flee.LocationType;
import org.firebreak.frontier.scenario.Camp;

/**
 * The location graph of the regional model's FLEE-style choices (Suleimenova, Bell &amp; Groen
 * 2017): towns, conflict zones, camps and official crossings of a terrain, linked by straight
 * lines.
 *
 * <p>Locations are the terrain's places of at least {@link #MIN_POPULATION} people, the
 * source places of a scenario (conflict zones) and its camps, and the official crossings
 * (forwarding hubs in FLEE's terms: always left, never a destination). Each location links to
 * its {@link #NEIGHBOURS} nearest locations of the same country within {@link #MAX_LINK_KM};
 * each crossing links to its {@link #CROSSING_NEIGHBOURS} nearest locations on each side. A
 * border is crossed only through a crossing. The graph also counts the people at each camp,
 * for FLEE's capacity factor.
 */
public final class LocationGraph implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    /** Smallest town that is a location of its own. */
    public static final long MIN_POPULATION = 20_000;
    /** Links per location to others of its country. */
    public static final int NEIGHBOURS = 5;
    /** Links per crossing on each side of its border. */
    public static final int CROSSING_NEIGHBOURS = 3;
    /** Longest link, km. */
    public static final double MAX_LINK_KM = 200;

    /**
     * A location.
     *
     * @param index its index in the graph
     * @param id place, camp or crossing id
     * @param x easting, metres
     * @param y northing, metres
     * @param country ISO-3 code; for a crossing, the two countries of its border joined by a hyphen
     * @param type its FLEE type
     * @param capacity people it can hold (camps), or 0 for no limit
     * @param conflict conflict intensity (1 at the scenario's source places, else 0)
     */
    public record Location(int index, String id, double x, double y, String country, LocationType type,
                           double capacity, double conflict) implements java.io.Serializable {
        /** @return whether this is an official crossing, where people are screened */
        public boolean crossing() {
            return type == LocationType.FORWARDING_HUB;
        }
    }

    private final List<Location> locations;
    private final Map<String, Location> byId = new LinkedHashMap<>();
    private final int[][] links;
    private final double[][] linkKm;
    private final double[] occupancy;
    /** A cache of derived values, rebuilt on demand after a checkpoint is read. */
    private transient Map<Long, Object> memo = new java.util.HashMap<>();

    private LocationGraph(List<Location> locations, int[][] links, double[][] linkKm) {
        this.locations = List.copyOf(locations);
        for (Location l : locations) {
            byId.putIfAbsent(l.id(), l);
        }
        this.links = links;
        this.linkKm = linkKm;
        this.occupancy = new double[locations.size()];
    }

    /**
     * @param terrain the terrain
     * @param camps the scenario's camps
     * @param conflictPlaces ids of the places people flee from (the scenario's refugee sources)
     * @return the graph
     */
    public static LocationGraph build(Terrain terrain, List<Camp> camps, Set<String> conflictPlaces) {
        List<Location> out = new ArrayList<>();
        for (Place p : terrain.places()) {
            boolean conflict = conflictPlaces.contains(p.id());
            if (conflict || p.population() >= MIN_POPULATION) {
                out.add(new Location(out.size(), p.id(), p.x(), p.y(), p.country(),
                        conflict ? LocationType.CONFLICT_ZONE : LocationType.TOWN, 0, conflict ? 1 : 0));
            }
        }
        for (Camp c : camps) {
            Place p = terrain.place(c.place()).orElseThrow(
                    () -> new IllegalArgumentException("camp " + c.id() + ": terrain has no place '" + c.place() + "'"));
            out.add(new Location(out.size(), c.id(), p.x(), p.y(), p.country(), LocationType.CAMP, c.capacity(), 0));
        }
        for (Crossing c : terrain.crossings()) {
            if (c.official()) {
                out.add(new Location(out.size(), c.id(), c.x(), c.y(), c.borderId(), LocationType.FORWARDING_HUB, 0, 0));
            }
        }
        List<Set<Integer>> adjacency = new ArrayList<>();
        for (int i = 0; i < out.size(); i++) {
            adjacency.add(new TreeSet<>());
        }
        for (Location a : out) {
            if (a.crossing()) {
                for (String side : a.country().split("-")) {
                    link(a, nearest(out, a, side, CROSSING_NEIGHBOURS), adjacency);
                }
            } else {
                link(a, nearest(out, a, a.country(), NEIGHBOURS), adjacency);
            }
        }
        int[][] links = new int[out.size()][];
        double[][] km = new double[out.size()][];
        for (int i = 0; i < out.size(); i++) {
            links[i] = adjacency.get(i).stream().mapToInt(Integer::intValue).toArray();
            km[i] = new double[links[i].length];
            for (int j = 0; j < links[i].length; j++) {
                km[i][j] = distanceKm(out.get(i), out.get(links[i][j]));
            }
        }
        return new LocationGraph(out, links, km);
    }

    private static void link(Location a, List<Location> others, List<Set<Integer>> adjacency) {
        for (Location b : others) {
            adjacency.get(a.index()).add(b.index());
            adjacency.get(b.index()).add(a.index());
        }
    }

    private static List<Location> nearest(List<Location> all, Location from, String country, int k) {
        List<Location> candidates = new ArrayList<>();
        for (Location l : all) {
            if (l != from && !l.crossing() && l.country().equals(country) && distanceKm(from, l) <= MAX_LINK_KM) {
                candidates.add(l);
            }
        }
        candidates.sort((p, q) -> {
            int c = Double.compare(distanceKm(from, p), distanceKm(from, q));
            return c != 0 ? c : Integer.compare(p.index(), q.index());
        });
        return candidates.subList(0, Math.min(k, candidates.size()));
    }

    private static double distanceKm(Location a, Location b) {
        double dx = a.x() - b.x();
        double dy = a.y() - b.y();
        return Math.sqrt(dx * dx + dy * dy) / 1000;
    }

    /** @return every location, in index order */
    public List<Location> locations() {
        return locations;
    }

    /**
     * @param id a place, camp or crossing id
     * @return the location
     */
    public Optional<Location> location(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /**
     * @param index a location
     * @return the locations it links to, in index order
     */
    public int[] links(int index) {
        return links[index].clone();
    }

    /**
     * @param index a location
     * @param j position in {@link #links(int)}
     * @return that link's length, km
     */
    public double linkKm(int index, int j) {
        return linkKm[index][j];
    }

    /**
     * @param index a location
     * @return people there now (counted for camps)
     */
    public double occupancy(int index) {
        return occupancy[index];
    }

    /**
     * @param index a location
     * @param people people who arrived there (negative when they leave)
     */
    public void arrive(int index, int people) {
        occupancy[index] += people;
    }

    /**
     * A value computed once per pair of locations and kept for the run (an informal crossing
     * point between two locations, for instance): every group making the same hop gets the same.
     *
     * @param from a location
     * @param to another
     * @param compute computes the value the first time
     * @param <T> its type
     * @return the value
     */
    @SuppressWarnings("unchecked")
    public synchronized <T> T between(int from, int to, java.util.function.Supplier<T> compute) {
        if (memo == null) {
            memo = new java.util.HashMap<>();
        }
        return (T) memo.computeIfAbsent((long) from * locations.size() + to, k -> compute.get());
    }

    /** @return the number of links, each counted once */
    public int linkCount() {
        return Arrays.stream(links).mapToInt(l -> l.length).sum() / 2;
    }

    /** @return location ids by type, for reports */
    public Map<LocationType, List<String>> byType() {
        Map<LocationType, List<String>> m = new LinkedHashMap<>();
        for (Location l : locations) {
            m.computeIfAbsent(l.type(), t -> new ArrayList<>()).add(l.id());
        }
        m.replaceAll((t, l) -> Collections.unmodifiableList(l));
        return m;
    }
}
