package org.firebreak.crowd;

import ec.util.MersenneTwisterFast;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.firebreak.core.random.RandomStreams;

/**
 * System 5 of the step: arrivals at the sources, Poisson at each source's rate from stream
 * {@code "crowd:source:NAME"}, and the people injected there, in one line per source (injected
 * people before the source's own arrivals of the same step), each placed at a random free spot
 * of the source's area; who finds no room waits for the next step.
 */
final class SourceArrivals {
    private static final int PLACEMENT_TRIES = 12;

    private final CrowdState state;
    private final SiteClearance clearance;
    private final Newcomers newcomers;
    private final List<CrowdListener> listeners;
    private final Line[] lines;
    private final Map<String, Integer> byName = new HashMap<>();

    SourceArrivals(CrowdState state, List<Source> sources, CrowdTargets targets, RandomStreams streams,
            SiteClearance clearance, Newcomers newcomers, List<CrowdListener> listeners) {
        this.state = state;
        this.clearance = clearance;
        this.newcomers = newcomers;
        this.listeners = listeners;
        lines = new Line[sources.size()];
        for (int i = 0; i < lines.length; i++) {
            Source s = sources.get(i);
            lines[i] = new Line(s, streams.stream("crowd:source:" + s.name()), targets.routeId(s.route()));
            byName.put(s.name(), i);
        }
    }

    /**
     * @param source a source's name
     * @return its index
     */
    int source(String source) {
        Integer s = byName.get(source);
        if (s == null) {
            throw new IllegalArgumentException("unknown source " + source + "; sources are " + names());
        }
        return s;
    }

    private Set<String> names() {
        return byName.keySet();
    }

    /** Puts a person at the end of a source's line. */
    void enqueue(int source, int id, int route, float v0, float radius) {
        lines[source].waiting.add(new Pending(id, route, v0, radius));
    }

    /**
     * @param now the time at the end of the step, s
     * @return how many people were placed
     */
    int run(double now) {
        int placed = 0;
        for (Line a : lines) {
            Source src = a.source;
            if (src.ratePerSecond() > 0) {
                while (a.next <= now) {
                    a.waiting.add(new Pending(newcomers.nextId(), a.route, newcomers.drawSpeed(),
                            newcomers.drawRadius()));
                    a.next += -Math.log(1 - a.random.nextDouble()) / src.ratePerSecond();
                }
            }
            while (!a.waiting.isEmpty()) {
                Pending p = a.waiting.peek();
                if (!placeAt(a, p, now)) {
                    break;
                }
                placed++;
                a.waiting.poll();
            }
        }
        return placed;
    }

    private boolean placeAt(Line a, Pending p, double now) {
        double[] b = a.bounds;
        for (int k = 0; k < PLACEMENT_TRIES; k++) {
            double px = b[0] + (b[2] - b[0]) * a.random.nextDouble();
            double py = b[1] + (b[3] - b[1]) * a.random.nextDouble();
            if (!a.source.area().contains(px, py) || !clearance.walkable(px, py, p.radius)
                    || clearance.occupied(px, py, p.radius, -1)) {
                continue;
            }
            int i = state.count;
            state.ensureCapacity(i + 1);
            state.nx[i] = state.wrapX(px);
            state.ny[i] = py;
            state.nvx[i] = 0;
            state.nvy[i] = 0;
            state.admit(i, p.id, p.route, p.v0, p.radius);
            state.count++;
            for (CrowdListener l : listeners) {
                l.entered(now, p.id, a.source.name());
            }
            return true;
        }
        return false;
    }

    /**
     * Places a new person at a point of the current state now, without looking for room (for
     * set-ups and tests); the caller has the people sorted again before the next step.
     *
     * @param now the time, s
     * @return the person's id
     */
    int placeNow(double x, double y, int route, float v0, float radius, double now) {
        int i = state.count;
        state.ensureCapacity(i + 1);
        state.x[i] = state.wrapX(x);
        state.y[i] = y;
        state.vx[i] = 0;
        state.vy[i] = 0;
        int id = newcomers.nextId();
        state.admit(i, id, route, v0, radius);
        state.count++;
        for (CrowdListener l : listeners) {
            l.entered(now, id, "");
        }
        return id;
    }

    /** @return whether the person was waiting at a source, and is now taken out of its line */
    boolean withdraw(int id) {
        for (Line a : lines) {
            if (a.waiting.removeIf(p -> p.id() == id)) {
                return true;
            }
        }
        return false;
    }

    /** Puts off every source's next arrival by a pause, s. */
    void postpone(double seconds) {
        for (Line a : lines) {
            a.next += seconds;
        }
    }

    /** @return people who arrived at a source but found no room there yet */
    int pending() {
        int p = 0;
        for (Line a : lines) {
            p += a.waiting.size();
        }
        return p;
    }

    private record Pending(int id, int route, float v0, float radius) {
    }

    /** One source's line of people waiting for room, and its next own arrival. */
    private static final class Line {
        final Source source;
        final MersenneTwisterFast random;
        final int route;
        final double[] bounds;
        final ArrayDeque<Pending> waiting = new ArrayDeque<>();
        double next;

        Line(Source source, MersenneTwisterFast random, int route) {
            this.source = source;
            this.random = random;
            this.route = route;
            this.bounds = source.area().bounds();
            this.next = source.ratePerSecond() > 0 ? -Math.log(1 - random.nextDouble()) / source.ratePerSecond()
                    : Double.POSITIVE_INFINITY;
        }
    }
}
