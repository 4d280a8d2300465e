package org.firebreak.flee;

import ec.util.MersenneTwisterFast;
import java.util.Arrays;

/**
 * The routes an agent at each location can choose among today, with their cumulative
 * weights. A route's weight depends only on the route and the day's state, never on the
 * agent, so the table is built once a day and every decision is one draw and a search.
 *
 * <p>Candidates follow FLEE's look-ahead: every loop-free path over open links whose number
 * of non-marker locations is at most the awareness level, ending at a non-marker location;
 * its weight is {@link FleeRules#linkWeight(double, double, double, double)} for its last
 * link, its length before that link, and its end's score and capacity factor. With awareness
 * 0, every open link has weight 1.
 */
final class RouteTable {
    private final FleeNetwork net;
    private final FleeRules rules;
    /** Candidates of location i: start[i] .. start[i + 1] - 1. */
    private final int[] start;
    private double[] cumulative = new double[64];
    private int[] firstLink = new int[64];
    private int[] routeStart = new int[64];
    private int[] routeLength = new int[64];
    /** Route locations after the origin; the first one is the next stop. */
    private int[] pool = new int[256];
    private int count;
    private int poolSize;
    private int longest;
    // depth-first search state
    private final int[] path;
    private final boolean[] onPath;

    RouteTable(FleeNetwork net, FleeRules rules) {
        this.net = net;
        this.rules = rules;
        this.start = new int[net.size + 1];
        this.path = new int[net.size + 1];
        this.onPath = new boolean[net.size];
    }

    /**
     * Rebuilds every location's candidates for the day.
     *
     * @param today the day's state
     */
    void build(Today today) {
        count = 0;
        poolSize = 0;
        longest = 0;
        for (int s = 0; s < net.size; s++) {
            start[s] = count;
            if (rules.awarenessLevel() == 0) {
                for (int k = net.outStart[s]; k < net.outStart[s + 1]; k++) {
                    int l = net.outLink[k];
                    if (!today.closed[l]) {
                        path[1] = net.to[l];
                        add(l, 1, 1.0);
                    }
                }
            } else {
                path[0] = s;
                onPath[s] = true;
                extend(today, s, 0, 0.0, 0, -1);
                onPath[s] = false;
            }
            double sum = 0;
            for (int c = start[s]; c < count; c++) {
                sum += cumulative[c];
                cumulative[c] = sum;
            }
        }
        start[net.size] = count;
    }

    private void extend(Today today, int node, int depth, double prior, int steps, int first) {
        for (int k = net.outStart[node]; k < net.outStart[node + 1]; k++) {
            int l = net.outLink[k];
            int end = net.to[l];
            if (today.closed[l] || onPath[end]) {
                continue;
            }
            int firstHop = first < 0 ? l : first;
            path[depth + 1] = end;
            int st = steps + 1;
            if (net.baseType[end] != LocationType.MARKER) {
                add(firstHop, depth + 1, rules.linkWeight(today.score[end], net.km[l], prior,
                        today.capacityFactor[end]));
            } else {
                st--;
            }
            if (rules.awarenessLevel() > st) {
                onPath[end] = true;
                extend(today, end, depth + 1, prior + net.km[l], st, firstHop);
                onPath[end] = false;
            }
        }
    }

    private void add(int link, int length, double weight) {
        if (count == cumulative.length) {
            int c = count * 2;
            cumulative = Arrays.copyOf(cumulative, c);
            firstLink = Arrays.copyOf(firstLink, c);
            routeStart = Arrays.copyOf(routeStart, c);
            routeLength = Arrays.copyOf(routeLength, c);
        }
        if (poolSize + length > pool.length) {
            pool = Arrays.copyOf(pool, Math.max(pool.length * 2, poolSize + length));
        }
        cumulative[count] = weight;
        firstLink[count] = link;
        routeStart[count] = poolSize;
        routeLength[count] = length;
        System.arraycopy(path, 1, pool, poolSize, length);
        poolSize += length;
        longest = Math.max(longest, length);
        count++;
    }

    /**
     * Chooses a route from a location with probability proportional to its weight, or
     * uniformly when every weight is 0, as FLEE does.
     *
     * @param location where the agent is
     * @param rng the agent's stream
     * @return a candidate index, or -1 when the location has none
     */
    int choose(int location, MersenneTwisterFast rng) {
        int lo = start[location];
        int hi = start[location + 1];
        if (lo == hi) {
            return -1;
        }
        double total = cumulative[hi - 1];
        // one 32-bit draw, uniform on [0, 1) to 2^-32, as for the move chance
        double uniform = (rng.nextInt() & 0xFFFF_FFFFL) * 0x1.0p-32;
        if (!(total > 0)) {
            return lo + Math.min(hi - lo - 1, (int) (uniform * (hi - lo)));
        }
        return search(cumulative, lo, hi, uniform * total);
    }

    /**
     * @param cumulative running totals of weights
     * @param lo first index of the run searched
     * @param hi end of the run, exclusive
     * @param u a value in [0, total of the run)
     * @return the first index in [lo, hi) whose running total exceeds u (the last if none does)
     */
    static int search(double[] cumulative, int lo, int hi, double u) {
        int a = lo;
        int b = hi - 1;
        while (a < b) {
            int m = (a + b) >>> 1;
            if (u < cumulative[m]) {
                b = m;
            } else {
                a = m + 1;
            }
        }
        return a;
    }

    int firstLink(int candidate) {
        return firstLink[candidate];
    }

    int length(int candidate) {
        return routeLength[candidate];
    }

    /**
     * @param candidate a candidate
     * @param k a position on its route, 0 = the next stop
     * @return the location there
     */
    int stop(int candidate, int k) {
        return pool[routeStart[candidate] + k];
    }

    /** @return the longest candidate route built so far, in locations after the origin */
    int longest() {
        return longest;
    }

    /**
     * @param location a location
     * @return the probability of each of its candidates, in order (for tests and reports)
     */
    double[] probabilities(int location) {
        int lo = start[location];
        int hi = start[location + 1];
        double[] p = new double[hi - lo];
        double total = hi > lo ? cumulative[hi - 1] : 0;
        for (int c = lo; c < hi; c++) {
            double w = cumulative[c] - (c > lo ? cumulative[c - 1] : 0);
            p[c - lo] = total > 0 ? w / total : 1.0 / (hi - lo);
        }
        return p;
    }
}
