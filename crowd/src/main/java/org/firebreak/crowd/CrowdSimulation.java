package org.firebreak.crowd;

import ec.util.MersenneTwisterFast;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.firebreak.core.random.RandomStreams;

/**
 * A crowd-scale run: people walking through a {@link CrowdGeometry} under a
 * {@link PedestrianModel}, routed by one navigation field per target, queueing at gates.
 *
 * <p>Each {@link #step()} is a fixed sequence of phases: (1) desired velocities from the
 * navigation fields and (2) next velocities from the model, both read from the current state
 * only, then (3) moves, clipped so that no centre crosses a wall; these three run on contiguous
 * ranges of people on any number of threads with the same result. (With the social-force model
 * and its neighbour lists, (2) is itself three phases, each pair computed once for both people:
 * see {@link NeighbourList}.) Then, on the calling thread
 * and in the (state-determined) array order: (4) arrivals at sinks, gates and waiting areas,
 * service and stay ends; (5) arrivals from sources and injections; (6) the cell sort that makes
 * the next state current (with the social-force model only when its {@link NeighbourList} is
 * rebuilt; in between, the next state is swapped in without reordering); (7) observers.
 *
 * <p>All randomness flows from the seed: desired speeds and radii from stream
 * {@code "crowd:persons"}, source arrivals and placements from {@code "crowd:source:NAME"}, service
 * times from {@code "crowd:gate:NAME"} and stays from {@code "crowd:wait:NAME"}.
 */
public final class CrowdSimulation implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(CrowdSimulation.class.getName());
    private static final int SINK = 0;
    private static final int GATE = 1;
    private static final int WAIT = 2;
    private static final int PLACEMENT_TRIES = 12;

    private final CrowdGeometry geometry;
    private final PedestrianModel model;
    private final CrowdSettings settings;
    private final double dt;
    private final double period;
    private final WallIndex walls;
    private final CrowdState state;
    private final double maxStep;
    private final double fieldCell;

    // targets: sinks, then gates, then waiting areas
    private final List<String> targetNames = new ArrayList<>();
    private final int[] targetKind;
    private final int[] targetIndex;
    private final FloorField[] fields;
    private final GateLanes[] gates;
    private final MersenneTwisterFast[] waitRandom;
    private final Map<String, Integer> targetByName = new HashMap<>();
    private final Map<List<String>, Integer> routeIds = new HashMap<>();
    private final List<int[]> routes = new ArrayList<>();

    private final Arrivals[] sources;
    private final Map<String, Integer> sourceByName = new HashMap<>();
    private final MersenneTwisterFast persons;

    private final List<CrowdObserver> observers = new ArrayList<>();
    private final List<CrowdListener> listeners = new ArrayList<>();
    private final StepPool pool;

    private double time;
    private long steps;
    private int nextId;
    private long entered;
    private long removed;
    private long withdrawn;
    private boolean dirty;
    /** Whether this step moved someone other than by walking or took someone out (events). */
    private boolean reordered;

    private CrowdSimulation(Builder b) {
        geometry = b.geometry;
        model = b.model;
        settings = b.settings;
        dt = settings.timeStep();
        period = b.period;
        fieldCell = settings.fieldCell();
        List<Segment> barriers = new ArrayList<>(geometry.wallSegments());
        int gateBase = barriers.size();
        for (Gate g : geometry.gates()) {
            barriers.add(g.passage());
        }
        double wallReach = model instanceof SocialForceModel sf ? sf.wallReach() : 0.64;
        double reach = Math.max(1.0, settings.radiusMax() + wallReach + 0.2);
        walls = new WallIndex(barriers, reach);
        maxStep = reach * 0.5;
        double[] bounds = period > 0 ? periodicBounds(geometry.bounds(), period) : geometry.bounds();
        double range = model.interactionRange();
        // neighbour lists need a period of more than twice their reach (nearest image)
        boolean lists = model instanceof SocialForceModel
                && (period == 0 || period > 2 * (range + NeighbourList.SKIN) + 1);
        double gridRange = lists ? range + NeighbourList.SKIN : range;
        state = new CrowdState(bounds, gridRange / model.cellsPerRange(), period, walls, b.capacity);
        if (lists) {
            state.neighbours = new NeighbourList(range);
        }
        RandomStreams streams = new RandomStreams(b.seed);
        persons = streams.stream("crowd:persons");

        int targets = geometry.sinks().size() + geometry.gates().size() + geometry.waitingAreas().size();
        targetKind = new int[targets];
        targetIndex = new int[targets];
        fields = new FloorField[targets];
        gates = new GateLanes[geometry.gates().size()];
        waitRandom = new MersenneTwisterFast[geometry.waitingAreas().size()];
        double[] fieldBounds = geometry.bounds();
        // inflated by the smallest radius: two people abreast still fit a 1 m door without penalty
        double inflate = settings.radiusMin();
        int t = 0;
        for (int i = 0; i < geometry.sinks().size(); i++, t++) {
            Sink s = geometry.sinks().get(i);
            addTarget(t, s.name(), SINK, i);
            fields[t] = new FloorField(fieldBounds, fieldCell, inflate, walls, geometry.obstacles(),
                    (x, y) -> s.area().contains(x, y) ? 0 : Double.POSITIVE_INFINITY);
        }
        for (int i = 0; i < geometry.gates().size(); i++, t++) {
            Gate g = geometry.gates().get(i);
            addTarget(t, g.name(), GATE, i);
            gates[i] = new GateLanes(g, gateBase + i, streams.stream("crowd:gate:" + g.name()));
            GateLanes lanes = gates[i];
            double front = 1.5 * fieldCell;
            fields[t] = new FloorField(fieldBounds, fieldCell, inflate, walls, geometry.obstacles(), (x, y) -> {
                double d = g.passage().distanceTo(x, y);
                return lanes.side(x, y) > 0 && d <= front ? d : Double.POSITIVE_INFINITY;
            });
        }
        for (int i = 0; i < geometry.waitingAreas().size(); i++, t++) {
            WaitingArea a = geometry.waitingAreas().get(i);
            addTarget(t, a.name(), WAIT, i);
            waitRandom[i] = streams.stream("crowd:wait:" + a.name());
            fields[t] = new FloorField(fieldBounds, fieldCell, inflate, walls, geometry.obstacles(),
                    (x, y) -> a.area().contains(x, y) ? 0 : Double.POSITIVE_INFINITY);
        }
        sources = new Arrivals[geometry.sources().size()];
        for (int i = 0; i < sources.length; i++) {
            Source s = geometry.sources().get(i);
            sources[i] = new Arrivals(s, streams.stream("crowd:source:" + s.name()), routeId(s.route()));
            sourceByName.put(s.name(), i);
        }
        pool = new StepPool(settings.threads());
        LOG.log(System.Logger.Level.DEBUG, () -> "crowd site: " + walls.size() + " barrier segments, "
                + fields.length + " navigation fields");
    }

    private static double[] periodicBounds(double[] b, double period) {
        return new double[] {0, b[1], period, b[3]};
    }

    private void addTarget(int t, String name, int kind, int index) {
        targetNames.add(name);
        targetKind[t] = kind;
        targetIndex[t] = index;
        targetByName.put(name, t);
    }

    private int routeId(List<String> route) {
        Integer id = routeIds.get(route);
        if (id != null) {
            return id;
        }
        int[] r = new int[route.size()];
        for (int i = 0; i < r.length; i++) {
            Integer t = targetByName.get(route.get(i));
            if (t == null) {
                throw new IllegalArgumentException("route names unknown target " + route.get(i) + "; targets are "
                        + targetNames);
            }
            r[i] = t;
        }
        routes.add(r);
        routeIds.put(List.copyOf(route), routes.size() - 1);
        return routes.size() - 1;
    }

    /**
     * @param geometry the site
     * @return a builder with the default model and settings and seed 0
     */
    public static Builder builder(CrowdGeometry geometry) {
        return new Builder(geometry);
    }

    /** @param observer called with the state every {@link CrowdSettings#observeEvery()} steps */
    public void addObserver(CrowdObserver observer) {
        observers.add(observer);
    }

    /** @param listener told of every entry, exit and service */
    public void addListener(CrowdListener listener) {
        listeners.add(listener);
    }

    /**
     * Hands a person in at a source (for example from a regional run). The id is fixed now; the
     * person appears at a free spot of the source's area as soon as there is one, before the
     * source's own arrivals.
     *
     * @param source the source's name
     * @param route target names, in order (usually ending at a sink)
     * @param desiredSpeed m/s, or NaN to draw one
     * @return the person's id
     */
    public int inject(String source, List<String> route, double desiredSpeed) {
        Integer s = sourceByName.get(source);
        if (s == null) {
            throw new IllegalArgumentException("unknown source " + source + "; sources are " + sourceByName.keySet());
        }
        int r = routeId(route);
        float v0 = Double.isNaN(desiredSpeed) ? drawSpeed() : (float) CrowdSettings.SPEED_MAX.check(desiredSpeed);
        int id = nextId++;
        sources[s].waiting.add(new Pending(id, r, v0, drawRadius()));
        return id;
    }

    /**
     * Places a person at a point now, overlapping others if need be (for set-ups and tests).
     *
     * @param x east, m
     * @param y north, m
     * @param route target names, in order; empty to walk east in a periodic site or stand still
     * @param desiredSpeed m/s, or NaN to draw one
     * @param radius body radius, m, or NaN to draw one
     * @return the person's id
     */
    public int place(double x, double y, List<String> route, double desiredSpeed, double radius) {
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            throw new IllegalArgumentException("a person needs a finite position, was (" + x + ", " + y + ")");
        }
        if (!walkable(x, y, WallIndex.EPSILON)) {
            throw new IllegalArgumentException("(" + x + ", " + y + ") is on a wall or inside an obstacle");
        }
        int r = routeId(route);
        float v0 = Double.isNaN(desiredSpeed) ? drawSpeed() : (float) CrowdSettings.SPEED_MAX.check(desiredSpeed);
        float rad = Double.isNaN(radius) ? drawRadius() : (float) CrowdSettings.RADIUS_MAX.check(radius);
        double px = period > 0 ? wrap(x) : x;
        int i = state.count;
        state.ensureCapacity(i + 1);
        state.x[i] = px;
        state.y[i] = y;
        state.vx[i] = 0;
        state.vy[i] = 0;
        int id = nextId++;
        setAttributes(i, id, r, v0, rad);
        state.count++;
        dirty = true;
        entered++;
        for (CrowdListener l : listeners) {
            l.entered(time, id, "");
        }
        return id;
    }

    private void setAttributes(int i, int id, int route, float v0, float radius) {
        state.id[i] = id;
        state.route[i] = route;
        state.leg[i] = 0;
        state.v0[i] = v0;
        state.r[i] = radius;
        state.mode[i] = CrowdState.WALKING;
        state.until[i] = 0;
    }

    private float drawSpeed() {
        // a normal truncated by redrawing
        while (true) {
            double v = settings.speedMean() + settings.speedSd() * persons.nextGaussian();
            if (v >= settings.speedMin() && v <= settings.speedMax()) {
                return (float) v;
            }
        }
    }

    private float drawRadius() {
        return (float) (settings.radiusMin() + (settings.radiusMax() - settings.radiusMin()) * persons.nextDouble());
    }

    /** Runs steps until the simulated time reaches the given one. */
    public void run(double untilSeconds) {
        while (time + 0.5 * dt < untilSeconds) {
            step();
        }
    }

    /** Advances the run by one fixed step. */
    public void step() {
        if (dirty) {
            state.currentToNext();
            state.sortNext();
            invalidateLists();
            dirty = false;
        }
        int n = state.count;
        double now = time + dt;
        NeighbourList nl = state.neighbours;
        boolean build = nl != null && !nl.valid;
        if (build) {
            nl.prepare(state.key, pool, n);
        }
        reordered = false;
        parallel(n, now, build);
        events(n, now);
        long before = entered;
        arrivals(now);
        if (nl != null && !reordered && entered == before && nl.advance(dt)) {
            state.swapNext();
        } else {
            state.sortNext();
            invalidateLists();
        }
        time = now;
        steps++;
        if (steps % settings.observeEvery() == 0) {
            for (CrowdObserver o : observers) {
                o.observe(time, state.count, state.id, state.x, state.y, state.vx, state.vy);
            }
        }
    }

    private void parallel(int n, double now, boolean build) {
        NeighbourList nl = state.neighbours;
        if (nl == null) {
            pool.run(n, (from, to) -> {
                double[] sample = new double[3];
                desired(from, to, now, sample);
                model.velocities(state, dt, from, to, state.nvx, state.nvy);
                move(from, to, sample);
            });
            return;
        }
        // the social-force model over its lists, each pair once: factors, pair forces in two
        // waves of blocks (even, then odd: a block's pairs reach into the next block only), then
        // accelerations and moves
        SocialForceModel sf = (SocialForceModel) model;
        pool.run(n, (from, to) -> {
            if (build) {
                nl.build(state, from, to);
            }
            desired(from, to, now, new double[3]);
            sf.factors(state, nl, build, from, to);
        });
        int blocks = build ? nl.blocks(n) : (n + nl.block - 1) / nl.block;
        int size = nl.block;
        for (int wave = 0; wave < 2; wave++) {
            int first = wave;
            pool.run((blocks - first + 1) / 2, (from, to) -> {
                for (int b = first + 2 * from; b < first + 2 * to; b += 2) {
                    sf.pairs(state, nl, b * size, Math.min(n, (b + 1) * size));
                }
            });
        }
        pool.run(n, (from, to) -> {
            sf.accelerate(state, dt, from, to);
            move(from, to, new double[3]);
        });
    }

    private void invalidateLists() {
        if (state.neighbours != null) {
            state.neighbours.valid = false;
        }
    }

    /** Phase 3 for people [from, to): moves by the next velocities, clipped at walls. */
    private void move(int from, int to, double[] sample) {
        CrowdState s = state;
        double fastest = 0;
        for (int i = from; i < to; i++) {
            double x0 = s.x[i];
            double y0 = s.y[i];
            if (s.mode[i] == CrowdState.IN_SERVICE) {
                s.nx[i] = x0;
                s.ny[i] = y0;
                s.nvx[i] = 0;
                s.nvy[i] = 0;
                continue;
            }
            double dx = s.nvx[i] * dt;
            double dy = s.nvy[i] * dt;
            double len = Math.sqrt(dx * dx + dy * dy);
            boolean changed = false;
            if (len > maxStep) {
                dx *= maxStep / len;
                dy *= maxStep / len;
                changed = true;
            }
            double px = x0 + dx;
            double py = y0 + dy;
            if (walls.clip(x0, y0, px, py, sample)) {
                px = sample[0];
                py = sample[1];
                changed = true;
            }
            if (changed) {
                s.nvx[i] = (px - x0) / dt;
                s.nvy[i] = (py - y0) / dt;
            }
            s.nx[i] = period > 0 ? wrap(px) : px;
            s.ny[i] = py;
            fastest = Math.max(fastest, s.nvx[i] * s.nvx[i] + s.nvy[i] * s.nvy[i]);
        }
        if (s.neighbours != null) {
            s.neighbours.moved(from, Math.sqrt(fastest));
        }
    }

    private double wrap(double px) {
        if (px >= period) {
            px -= period;
        } else if (px < 0) {
            px += period;
        }
        return px >= period || px < 0 ? 0 : px;
    }

    private void desired(int from, int to, double now, double[] sample) {
        CrowdState s = state;
        for (int i = from; i < to; i++) {
            byte mode = s.mode[i];
            byte flag = 0;
            double ex = 0;
            double ey = 0;
            if (mode == CrowdState.IN_SERVICE || mode == CrowdState.WAITING) {
                if (s.until[i] <= now) {
                    flag = 1;
                }
            } else {
                int[] route = routes.get(s.route[i]);
                int leg = s.leg[i];
                if (route.length == 0) {
                    if (period > 0) {
                        ex = 1;
                    }
                } else if (leg < route.length) {
                    int t = route[leg];
                    fields[t].sample(s.x[i], s.y[i], sample);
                    ex = sample[0];
                    ey = sample[1];
                    double d = sample[2];
                    int kind = targetKind[t];
                    if (kind == GATE) {
                        if (d < 1.5) {
                            gates[targetIndex[t]].aim(s.x[i], s.y[i], sample);
                            double ax = sample[0] - s.x[i];
                            double ay = sample[1] - s.y[i];
                            double al = Math.sqrt(ax * ax + ay * ay);
                            if (al > 1e-9) {
                                ex = ax / al;
                                ey = ay / al;
                            }
                        }
                        flag = d < s.r[i] + GateLanes.REACH + 2 * fieldCell ? (byte) 1 : 0;
                    } else {
                        flag = d <= 2 * fieldCell ? (byte) 1 : 0;
                    }
                }
            }
            double v0 = mode == CrowdState.WAITING ? 0 : s.v0[i];
            s.dvx[i] = v0 * ex;
            s.dvy[i] = v0 * ey;
            s.flag[i] = flag;
        }
    }

    /** Phase 4, in array order. */
    private void events(int n, double now) {
        CrowdState s = state;
        for (int i = 0; i < n; i++) {
            if (s.flag[i] == 0) {
                continue;
            }
            byte mode = s.mode[i];
            if (mode == CrowdState.IN_SERVICE) {
                release(i, now);
                continue;
            }
            if (mode == CrowdState.WAITING) {
                s.mode[i] = CrowdState.WALKING;
                s.leg[i]++;
                continue;
            }
            int t = routes.get(s.route[i])[s.leg[i]];
            double px = s.nx[i];
            double py = s.ny[i];
            switch (targetKind[t]) {
                case SINK -> {
                    if (geometry.sinks().get(targetIndex[t]).area().contains(px, py)) {
                        s.mode[i] = CrowdState.GONE;
                        reordered = true;
                        removed++;
                        for (CrowdListener l : listeners) {
                            l.left(now, s.id[i], targetNames.get(t));
                        }
                    }
                }
                case WAIT -> {
                    WaitingArea a = geometry.waitingAreas().get(targetIndex[t]);
                    if (a.area().contains(px, py)) {
                        s.mode[i] = CrowdState.WAITING;
                        s.until[i] = now + a.stay().draw(waitRandom[targetIndex[t]]);
                    }
                }
                default -> {
                    GateLanes g = gates[targetIndex[t]];
                    int lane = g.freeLaneFor(px, py, s.r[i]);
                    if (lane >= 0) {
                        g.serving[lane] = s.id[i];
                        s.mode[i] = CrowdState.IN_SERVICE;
                        s.until[i] = now + g.gate.service().draw(g.random);
                        s.nvx[i] = 0;
                        s.nvy[i] = 0;
                        for (CrowdListener l : listeners) {
                            l.serviceStarted(now, s.id[i], g.gate.name(), lane);
                        }
                    }
                }
            }
        }
    }

    /** Ends a service: the person steps out past the gate if there is room there, else waits. */
    private void release(int i, double now) {
        CrowdState s = state;
        int t = routes.get(s.route[i])[s.leg[i]];
        GateLanes g = gates[targetIndex[t]];
        int lane = -1;
        for (int k = 0; k < g.serving.length; k++) {
            if (g.serving[k] == s.id[i]) {
                lane = k;
            }
        }
        double r = s.r[i];
        double lx = g.laneX(lane);
        double ly = g.laneY(lane);
        for (int m = 0; m < 3; m++) {
            double out = r + 0.05 + 0.3 * m;
            double px = lx - g.inX * out;
            double py = ly - g.inY * out;
            if (exitClear(g, lx + g.inX * WallIndex.EPSILON * 10, ly + g.inY * WallIndex.EPSILON * 10, px, py, r, i)) {
                s.nx[i] = period > 0 ? wrap(px) : px;
                s.ny[i] = py;
                s.nvx[i] = -g.inX * s.v0[i] * 0.5;
                s.nvy[i] = -g.inY * s.v0[i] * 0.5;
                s.mode[i] = CrowdState.WALKING;
                s.leg[i]++;
                reordered = true;
                g.serving[lane] = -1;
                g.served++;
                for (CrowdListener l : listeners) {
                    l.serviceEnded(now, s.id[i], g.gate.name(), lane);
                }
                return;
            }
        }
    }

    private boolean exitClear(GateLanes g, double fx, double fy, double px, double py, double r, int self) {
        int cell = walls.cellOf(fx, fy);
        int[] l = walls.list(cell);
        for (int k = walls.from(cell); k < walls.to(cell); k++) {
            int seg = l[k];
            if (seg != g.wallIndex && walls.crosses(fx, fy, px, py, seg)) {
                return false;
            }
        }
        return walkable(px, py, WallIndex.EPSILON) && !state.overlaps(px, py, r, self);
    }

    /** Whether a centre may stand at a point: at least {@code clearance} off every wall, outside obstacles. */
    private boolean walkable(double px, double py, double clearance) {
        int cell = walls.cellOf(px, py);
        int[] l = walls.list(cell);
        for (int k = walls.from(cell); k < walls.to(cell); k++) {
            int seg = l[k];
            if (Segment.distanceSq(walls.ax[seg], walls.ay[seg], walls.bx[seg], walls.by[seg], px, py)
                    < clearance * clearance) {
                return false;
            }
        }
        for (Polygon p : geometry.obstacles()) {
            if (p.contains(px, py)) {
                return false;
            }
        }
        return true;
    }

    /** Phase 5: Poisson arrivals and injections, placed at free spots; what finds no spot waits. */
    private void arrivals(double now) {
        for (Arrivals a : sources) {
            Source src = a.source;
            if (src.ratePerSecond() > 0) {
                while (a.next <= now) {
                    a.waiting.add(new Pending(nextId++, a.route, drawSpeed(), drawRadius()));
                    a.next += -Math.log(1 - a.random.nextDouble()) / src.ratePerSecond();
                }
            }
            while (!a.waiting.isEmpty()) {
                Pending p = a.waiting.peek();
                if (!placeAt(a, p, now)) {
                    break;
                }
                a.waiting.poll();
            }
        }
    }

    private boolean placeAt(Arrivals a, Pending p, double now) {
        double[] b = a.bounds;
        for (int k = 0; k < PLACEMENT_TRIES; k++) {
            double px = b[0] + (b[2] - b[0]) * a.random.nextDouble();
            double py = b[1] + (b[3] - b[1]) * a.random.nextDouble();
            if (!a.source.area().contains(px, py) || !walkable(px, py, p.radius) || state.overlaps(px, py, p.radius, -1)) {
                continue;
            }
            int i = state.count;
            state.ensureCapacity(i + 1);
            state.nx[i] = period > 0 ? wrap(px) : px;
            state.ny[i] = py;
            state.nvx[i] = 0;
            state.nvy[i] = 0;
            setAttributes(i, p.id, p.route, p.v0, p.radius);
            state.count++;
            entered++;
            for (CrowdListener l : listeners) {
                l.entered(now, p.id, a.source.name());
            }
            return true;
        }
        return false;
    }

    /** @return simulated time, s */
    public double time() {
        return time;
    }

    /** @return steps taken */
    public long steps() {
        return steps;
    }

    /**
     * Takes a person out before their service at a gate has begun: from a source's line of
     * arrivals or from the site (a closed crossing turns its queue away). Nobody hears of it as
     * having left through a sink.
     *
     * @param id the person
     * @return whether the person was there, not in service, and is now gone
     */
    public boolean withdraw(int id) {
        for (Arrivals a : sources) {
            if (a.waiting.removeIf(p -> p.id() == id)) {
                return true;
            }
        }
        CrowdState s = state;
        for (int i = 0; i < s.count; i++) {
            if (s.id[i] == id) {
                if (s.mode[i] == CrowdState.IN_SERVICE || s.mode[i] == CrowdState.GONE) {
                    return false;
                }
                s.mode[i] = CrowdState.GONE;
                withdrawn++;
                dirty = true;
                return true;
            }
        }
        return false;
    }

    /** @return people taken out by {@link #withdraw} so far */
    public long withdrawn() {
        return withdrawn;
    }

    /**
     * Stops the site for a while: the clock moves on and nobody moves; services under way, stays
     * and sources' next arrivals are put off by the same time. A coupled crossing pauses its
     * plaza while it is closed or empty, instead of stepping through the time.
     *
     * @param seconds how long, at least 0
     */
    public void pause(double seconds) {
        if (!(seconds >= 0) || !Double.isFinite(seconds)) {
            throw new IllegalArgumentException("a pause must last a finite time of at least 0 s, was " + seconds);
        }
        CrowdState s = state;
        for (int i = 0; i < s.count; i++) {
            if (s.mode[i] == CrowdState.IN_SERVICE || s.mode[i] == CrowdState.WAITING) {
                s.until[i] += seconds;
            }
            s.vx[i] = 0;
            s.vy[i] = 0;
        }
        for (Arrivals a : sources) {
            a.next += seconds;
        }
        time += seconds;
        dirty = true;
    }

    /** @return people in the site now */
    public int count() {
        return state.count;
    }

    /** @return people placed in the site so far (by sources, injection or {@link #place}) */
    public long entered() {
        return entered;
    }

    /** @return people removed at sinks so far */
    public long removed() {
        return removed;
    }

    /** @return people who arrived at a source but found no room there yet */
    public int pending() {
        int p = 0;
        for (Arrivals a : sources) {
            p += a.waiting.size();
        }
        return p;
    }

    /**
     * @param gate a gate's name
     * @return people the gate has finished serving
     */
    public long served(String gate) {
        for (GateLanes g : gates) {
            if (g.gate.name().equals(gate)) {
                return g.served;
            }
        }
        throw new IllegalArgumentException("unknown gate " + gate);
    }

    /** @return the site */
    public CrowdGeometry geometry() {
        return geometry;
    }

    /** @return the settings */
    public CrowdSettings settings() {
        return settings;
    }

    /** @return the pedestrian model */
    public PedestrianModel model() {
        return model;
    }

    /**
     * Shows a viewer the people as they stand now, with what observers are not told: body radii
     * and whether each is held in service or staying in a waiting area. For displays that draw
     * people to scale; call it between steps, read the state during the call only and never
     * change it.
     *
     * @param viewer reads the state through its public accessors
     */
    public void viewNow(java.util.function.Consumer<CrowdState> viewer) {
        if (dirty) {
            state.currentToNext();
            state.sortNext();
            dirty = false;
        }
        viewer.accept(state);
    }

    /** Calls an observer once with the current state (outside the step schedule). */
    public void observeNow(CrowdObserver observer) {
        if (dirty) {
            state.currentToNext();
            state.sortNext();
            invalidateLists();
            dirty = false;
        }
        observer.observe(time, state.count, state.id, state.x, state.y, state.vx, state.vy);
    }

    /**
     * @return bytes of per-person state allocated, divided by the capacity (the navigation
     *     fields and grids, whose size follows the site and not the crowd, are not counted)
     */
    public double stateBytesPerPerson() {
        return state.bytesPerPerson();
    }

    /** @return the live state (for tests in this package) */
    CrowdState state() {
        return state;
    }

    /** @return how many people the state arrays can hold without growing */
    public int capacity() {
        return state.capacity();
    }

    @Override
    public void close() {
        pool.close();
    }

    private record Pending(int id, int route, float v0, float radius) {
    }

    private static final class Arrivals {
        final Source source;
        final MersenneTwisterFast random;
        final int route;
        final double[] bounds;
        final ArrayDeque<Pending> waiting = new ArrayDeque<>();
        double next;

        Arrivals(Source source, MersenneTwisterFast random, int route) {
            this.source = source;
            this.random = random;
            this.route = route;
            this.bounds = source.area().bounds();
            this.next = source.ratePerSecond() > 0 ? -Math.log(1 - random.nextDouble()) / source.ratePerSecond()
                    : Double.POSITIVE_INFINITY;
        }
    }

    /** Builds a {@link CrowdSimulation}. */
    public static final class Builder {
        private final CrowdGeometry geometry;
        private PedestrianModel model = SocialForceModel.defaults();
        private CrowdSettings settings = CrowdSettings.defaults();
        private long seed;
        private double period;
        private int capacity = 1024;

        private Builder(CrowdGeometry geometry) {
            if (geometry == null) {
                throw new IllegalArgumentException("a crowd run needs a geometry");
            }
            this.geometry = geometry;
        }

        /** @param m the pedestrian model (default: {@link SocialForceModel#defaults()}) @return this */
        public Builder model(PedestrianModel m) {
            this.model = m;
            return this;
        }

        /** @param s step, speeds, radii, threads @return this */
        public Builder settings(CrowdSettings s) {
            this.settings = s;
            return this;
        }

        /** @param s the run's one seed @return this */
        public Builder seed(long s) {
            this.seed = s;
            return this;
        }

        /**
         * Makes the site periodic in x over [0, length): who walks out east comes in west. Walls
         * must then be the same after a shift by the length (straight corridor walls drawn
         * longer than the period), as in a ring corridor.
         *
         * @param length period, m
         * @return this
         */
        public Builder periodicX(double length) {
            if (!(length > 0) || !Double.isFinite(length)) {
                throw new IllegalArgumentException("period must be a positive length in m, was " + length);
            }
            this.period = length;
            return this;
        }

        /** @param n people to allocate room for at the start (it grows as needed) @return this */
        public Builder capacity(int n) {
            if (n < 1) {
                throw new IllegalArgumentException("capacity must be at least 1, was " + n);
            }
            this.capacity = n;
            return this;
        }

        /** @return the run, its navigation fields computed */
        public CrowdSimulation build() {
            return new CrowdSimulation(this);
        }
    }
}
