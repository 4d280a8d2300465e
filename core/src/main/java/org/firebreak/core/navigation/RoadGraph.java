package org.firebreak.core.navigation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import org.firebreak.core.terrain.RoadLink;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.LineString;

/**
 * The road network as a graph of nodes (link ends, shared by id) and links, with A* route
 * planning between any two points: off-road connectors join the start and the end to their
 * nearest road nodes, and a direct off-road leg competes with the road route, so the route
 * returned is the fastest of these at the given speeds.
 */
public final class RoadGraph {
    /** How many nearest road nodes a point off the network may connect to. */
    private static final int CONNECTORS = 3;

    private final List<String> nodeIds = new ArrayList<>();
    private final List<Coordinate> nodes = new ArrayList<>();
    private final List<List<Edge>> adjacency = new ArrayList<>();

    private record Edge(int to, double length, LineString line, boolean reversed) {
    }

    /**
     * A planned route.
     *
     * @param waypoints the points to walk or drive through, start and end included
     * @param onRoad for each waypoint, whether the leg that ends there runs on a road (false for the start)
     * @param seconds the time at the speeds asked for
     * @param roadMetres how much of it is on roads
     */
    public record Route(List<Coordinate> waypoints, List<Boolean> onRoad, double seconds, double roadMetres) {
    }

    /** @param links the road links; links sharing an end id meet at one node */
    public RoadGraph(List<RoadLink> links) {
        Map<String, Integer> index = new LinkedHashMap<>();
        for (RoadLink l : links) {
            int a = node(index, l.from(), l.line().getCoordinateN(0));
            int b = node(index, l.to(), l.line().getCoordinateN(l.line().getNumPoints() - 1));
            adjacency.get(a).add(new Edge(b, l.length(), l.line(), false));
            adjacency.get(b).add(new Edge(a, l.length(), l.line(), true));
        }
    }

    private int node(Map<String, Integer> index, String id, Coordinate at) {
        return index.computeIfAbsent(id, k -> {
            nodeIds.add(k);
            nodes.add(new Coordinate(at.x, at.y));
            adjacency.add(new ArrayList<>());
            return nodes.size() - 1;
        });
    }

    /** @return number of nodes */
    public int nodeCount() {
        return nodes.size();
    }

    /** @return number of links */
    public int linkCount() {
        return adjacency.stream().mapToInt(List::size).sum() / 2;
    }

    /**
     * The fastest route between two points with A* (straight-line distance at road speed as
     * the admissible heuristic).
     *
     * @param from start, metres
     * @param to end, metres
     * @param roadSpeed speed on roads, m/s
     * @param offRoadSpeed speed on the connectors and the direct leg, m/s
     * @return the route
     */
    public Route route(Coordinate from, Coordinate to, double roadSpeed, double offRoadSpeed) {
        if (!(roadSpeed > 0) || !(offRoadSpeed > 0)) {
            throw new IllegalArgumentException("speeds must be positive, were " + roadSpeed + " and " + offRoadSpeed);
        }
        int n = nodes.size();
        int start = n;
        int goal = n + 1;
        double[] g = new double[n + 2];
        int[] previous = new int[n + 2];
        Edge[] via = new Edge[n + 2];
        Arrays.fill(g, Double.POSITIVE_INFINITY);
        Arrays.fill(previous, -1);
        double maxSpeed = Math.max(roadSpeed, offRoadSpeed);
        Map<Integer, Double> toGoal = new HashMap<>();
        for (int i : nearest(to)) {
            toGoal.put(i, nodes.get(i).distance(to) / offRoadSpeed);
        }
        PriorityQueue<double[]> open = new PriorityQueue<>(
                Comparator.<double[]>comparingDouble(e -> e[0]).thenComparingDouble(e -> e[1]));
        g[start] = 0;
        // the direct off-road leg
        g[goal] = from.distance(to) / offRoadSpeed;
        previous[goal] = start;
        open.add(new double[] {g[goal], goal});
        for (int i : nearest(from)) {
            double t = from.distance(nodes.get(i)) / offRoadSpeed;
            if (t < g[i]) {
                g[i] = t;
                previous[i] = start;
                open.add(new double[] {t + nodes.get(i).distance(to) / maxSpeed, i});
            }
        }
        while (!open.isEmpty()) {
            double[] top = open.poll();
            int u = (int) top[1];
            if (u == goal) {
                break;
            }
            if (top[0] > g[u] + nodes.get(u).distance(to) / maxSpeed + 1e-9) {
                continue;
            }
            Double leave = toGoal.get(u);
            if (leave != null && g[u] + leave < g[goal]) {
                g[goal] = g[u] + leave;
                previous[goal] = u;
                via[goal] = null;
                open.add(new double[] {g[goal], goal});
            }
            for (Edge e : adjacency.get(u)) {
                double t = g[u] + e.length() / roadSpeed;
                if (t < g[e.to()]) {
                    g[e.to()] = t;
                    previous[e.to()] = u;
                    via[e.to()] = e;
                    open.add(new double[] {t + nodes.get(e.to()).distance(to) / maxSpeed, e.to()});
                }
            }
        }
        return assemble(from, to, previous, via, g[goal], start, goal);
    }

    private Route assemble(Coordinate from, Coordinate to, int[] previous, Edge[] via, double seconds, int start,
                           int goal) {
        List<List<Coordinate>> legs = new ArrayList<>();
        double road = 0;
        for (int v = goal; v != start; v = previous[v]) {
            Edge e = via[v];
            if (e != null) {
                road += e.length();
                List<Coordinate> pts = new ArrayList<>(Arrays.asList(e.line().getCoordinates()));
                if (e.reversed()) {
                    java.util.Collections.reverse(pts);
                }
                legs.add(0, pts);
            }
        }
        List<Coordinate> out = new ArrayList<>();
        List<Boolean> onRoad = new ArrayList<>();
        out.add(new Coordinate(from.x, from.y));
        onRoad.add(false);
        boolean first = true;
        for (List<Coordinate> leg : legs) {
            for (Coordinate c : leg) {
                if (!out.get(out.size() - 1).equals2D(c)) {
                    out.add(new Coordinate(c.x, c.y));
                    // the first road vertex is reached over the off-road connector
                    onRoad.add(!first);
                }
                first = false;
            }
        }
        if (!out.get(out.size() - 1).equals2D(to)) {
            out.add(new Coordinate(to.x, to.y));
            onRoad.add(false);
        }
        return new Route(List.copyOf(out), List.copyOf(onRoad), seconds, road);
    }

    private int[] nearest(Coordinate p) {
        Integer[] order = new Integer[nodes.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.<Integer>comparingDouble(i -> nodes.get(i).distance(p))
                .thenComparing(i -> nodeIds.get(i)));
        int k = Math.min(CONNECTORS, order.length);
        int[] out = new int[k];
        for (int i = 0; i < k; i++) {
            out[i] = order[i];
        }
        return out;
    }
}
