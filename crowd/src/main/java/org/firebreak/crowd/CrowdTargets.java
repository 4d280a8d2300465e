package org.firebreak.crowd;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.firebreak.core.random.RandomStreams;

/**
 * The places people walk to, and the routes through them: the sinks, then the gates, then the
 * waiting areas of a site, numbered in that order, each with its navigation field; the gates'
 * lanes and the waiting areas' streams of stay times; and the routes handed in so far, each a
 * list of target numbers, numbered in the order first seen.
 */
final class CrowdTargets {
    static final int SINK = 0;
    static final int GATE = 1;
    static final int WAIT = 2;

    private final List<String> names = new ArrayList<>();
    private final int[] kind;
    private final int[] index;
    final FloorField[] fields;
    final GateLanes[] gates;
    final MersenneTwisterFast[] waitRandom;
    private final Map<String, Integer> byName = new HashMap<>();
    private final Map<List<String>, Integer> routeIds = new HashMap<>();
    private final List<int[]> routes = new ArrayList<>();

    /**
     * Computes every target's navigation field.
     *
     * @param geometry the site
     * @param settings the run's settings (the field's cell, the smallest radius)
     * @param walls walls, obstacle edges and gate passages
     * @param gateBase the index in {@code walls} of the first gate's passage
     * @param streams the run's random streams (one per gate and waiting area)
     */
    CrowdTargets(CrowdGeometry geometry, CrowdSettings settings, WallIndex walls, int gateBase,
            RandomStreams streams) {
        int targets = geometry.sinks().size() + geometry.gates().size() + geometry.waitingAreas().size();
        kind = new int[targets];
        index = new int[targets];
        fields = new FloorField[targets];
        gates = new GateLanes[geometry.gates().size()];
        waitRandom = new MersenneTwisterFast[geometry.waitingAreas().size()];
        double fieldCell = settings.fieldCell();
        double[] bounds = geometry.bounds();
        // inflated by the smallest radius: two people abreast still fit a 1 m door without penalty
        double inflate = settings.radiusMin();
        List<Polygon> obstacles = geometry.obstacles();
        int t = 0;
        for (int i = 0; i < geometry.sinks().size(); i++, t++) {
            Sink s = geometry.sinks().get(i);
            add(t, s.name(), SINK, i);
            fields[t] = new FloorField(bounds, fieldCell, inflate, walls, obstacles,
                    (x, y) -> s.area().contains(x, y) ? 0 : Double.POSITIVE_INFINITY);
        }
        for (int i = 0; i < geometry.gates().size(); i++, t++) {
            Gate g = geometry.gates().get(i);
            add(t, g.name(), GATE, i);
            gates[i] = new GateLanes(g, gateBase + i, streams.stream("crowd:gate:" + g.name()));
            GateLanes lanes = gates[i];
            double front = 1.5 * fieldCell;
            fields[t] = new FloorField(bounds, fieldCell, inflate, walls, obstacles, (x, y) -> {
                double d = g.passage().distanceTo(x, y);
                return lanes.side(x, y) > 0 && d <= front ? d : Double.POSITIVE_INFINITY;
            });
        }
        for (int i = 0; i < geometry.waitingAreas().size(); i++, t++) {
            WaitingArea a = geometry.waitingAreas().get(i);
            add(t, a.name(), WAIT, i);
            waitRandom[i] = streams.stream("crowd:wait:" + a.name());
            fields[t] = new FloorField(bounds, fieldCell, inflate, walls, obstacles,
                    (x, y) -> a.area().contains(x, y) ? 0 : Double.POSITIVE_INFINITY);
        }
    }

    private void add(int t, String name, int k, int i) {
        names.add(name);
        kind[t] = k;
        index[t] = i;
        byName.put(name, t);
    }

    /**
     * @param route target names, in order
     * @return the route's number, a new one if it was not seen before
     */
    int routeId(List<String> route) {
        Integer id = routeIds.get(route);
        if (id != null) {
            return id;
        }
        int[] r = new int[route.size()];
        for (int i = 0; i < r.length; i++) {
            Integer t = byName.get(route.get(i));
            if (t == null) {
                throw new IllegalArgumentException("route names unknown target " + route.get(i) + "; targets are "
                        + names);
            }
            r[i] = t;
        }
        routes.add(r);
        routeIds.put(List.copyOf(route), routes.size() - 1);
        return routes.size() - 1;
    }

    /** @return the targets of a route, by number */
    int[] route(int id) {
        return routes.get(id);
    }

    /** @return the target a person heads for now (its route's entry at its leg) */
    int current(CrowdState s, int i) {
        return routes.get(s.route[i])[s.leg[i]];
    }

    /** @return {@link #SINK}, {@link #GATE} or {@link #WAIT} */
    int kind(int t) {
        return kind[t];
    }

    /** @return the target's index among the site's sinks, gates or waiting areas */
    int index(int t) {
        return index[t];
    }

    /** @return the target's name */
    String name(int t) {
        return names.get(t);
    }

    /** @return the lanes of the gate with this name */
    GateLanes gate(String name) {
        for (GateLanes g : gates) {
            if (g.gate.name().equals(name)) {
                return g;
            }
        }
        throw new IllegalArgumentException("unknown gate " + name);
    }

    /** @return how many navigation fields there are */
    int count() {
        return fields.length;
    }
}
