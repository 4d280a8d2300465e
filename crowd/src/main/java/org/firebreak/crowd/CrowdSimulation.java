package org.firebreak.crowd;

import java.util.ArrayList;
import java.util.List;
import org.firebreak.core.random.RandomStreams;

/**
 * A crowd-scale run: people walking through a {@link CrowdGeometry} under a
 * {@link PedestrianModel}, routed by one navigation field per target, queueing at gates.
 *
 * <p>Each {@link #step()} is a fixed pipeline of named systems: (1) desired velocities from the
 * navigation fields ({@link DesiredVelocities}) and (2) next velocities from the model, both read
 * from the current state only, then (3) moves, clipped so that no centre crosses a wall
 * ({@link WallClippedMoves}); these three run on contiguous ranges of people on any number of
 * threads with the same result ({@link MotionPhases}; with the social-force model and its
 * neighbour lists, (2) is itself three phases, each pair computed once for both people: see
 * {@link NeighbourList}). Then, on the calling thread and in the (state-determined) array order:
 * (4) arrivals at sinks, gates and waiting areas, service and stay ends ({@link TargetEvents},
 * {@link GateScreening}); (5) arrivals from sources and injections ({@link SourceArrivals});
 * (6) the cell sort that makes the next state current ({@link CellSort}; with the social-force
 * model only when its {@link NeighbourList} is rebuilt; in between, the next state is swapped in
 * without reordering); (7) observers. This class keeps the state, the sequence and the queries.
 *
 * <p>All randomness flows from the seed: desired speeds and radii from stream
 * {@code "crowd:persons"}, source arrivals and placements from {@code "crowd:source:NAME"}, service
 * times from {@code "crowd:gate:NAME"} and stays from {@code "crowd:wait:NAME"}.
 */
public final class CrowdSimulation implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(CrowdSimulation.class.getName());

    private final CrowdGeometry geometry;
    private final PedestrianModel model;
    private final CrowdSettings settings;
    private final double dt;
    private final CrowdState state;
    private final CrowdTargets targets;
    private final SiteClearance clearance;
    private final Newcomers newcomers;

    // the step's systems, in the order they run
    private final MotionPhases motion;
    private final TargetEvents events;
    private final SourceArrivals sources;

    private final Observation observation;
    private final List<CrowdListener> listeners = new ArrayList<>();
    private final StepPool pool;

    private double time;
    private long steps;
    private long entered;
    private long withdrawn;
    private boolean dirty;

    private CrowdSimulation(Builder b) {
        geometry = b.geometry;
        model = b.model;
        settings = b.settings;
        dt = settings.timeStep();
        double period = b.period;
        List<Segment> barriers = new ArrayList<>(geometry.wallSegments());
        int gateBase = barriers.size();
        for (Gate g : geometry.gates()) {
            barriers.add(g.passage());
        }
        double wallReach = model instanceof SocialForceModel sf ? sf.wallReach() : 0.64;
        double reach = Math.max(1.0, settings.radiusMax() + wallReach + 0.2);
        WallIndex walls = new WallIndex(barriers, reach);
        double[] site = geometry.bounds();
        double[] bounds = period > 0 ? new double[] {0, site[1], period, site[3]} : site;
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
        newcomers = new Newcomers(settings, streams.stream("crowd:persons"));
        targets = new CrowdTargets(geometry, settings, walls, gateBase, streams);
        clearance = new SiteClearance(walls, geometry.obstacles(), state);
        sources = new SourceArrivals(state, geometry.sources(), targets, streams, clearance, newcomers, listeners);
        pool = new StepPool(settings.threads());
        motion = new MotionPhases(state, model, pool, new DesiredVelocities(state, targets, settings.fieldCell()),
                new WallClippedMoves(state, walls, dt, reach * 0.5), dt);
        events = new TargetEvents(state, geometry, targets, new GateScreening(state, targets, clearance, listeners),
                listeners);
        observation = new Observation(settings.observeEvery());
        LOG.log(System.Logger.Level.DEBUG, () -> "crowd site: " + walls.size() + " barrier segments, "
                + targets.count() + " navigation fields");
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
        observation.add(observer);
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
        int s = sources.source(source);
        int r = targets.routeId(route);
        float v0 = newcomers.speed(desiredSpeed);
        int id = newcomers.nextId();
        sources.enqueue(s, id, r, v0, newcomers.drawRadius());
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
        if (!clearance.walkable(x, y, WallIndex.EPSILON)) {
            throw new IllegalArgumentException("(" + x + ", " + y + ") is on a wall or inside an obstacle");
        }
        int r = targets.routeId(route);
        float v0 = newcomers.speed(desiredSpeed);
        int id = sources.placeNow(x, y, r, v0, newcomers.radius(radius), time);
        dirty = true;
        entered++;
        return id;
    }

    /** Runs steps until the simulated time reaches the given one. */
    public void run(double untilSeconds) {
        while (time + 0.5 * dt < untilSeconds) {
            step();
        }
    }

    /** Advances the run by one fixed step: systems 1 to 7, in order. */
    public void step() {
        settle(true);
        int n = state.count;
        double now = time + dt;
        NeighbourList nl = state.neighbours;
        boolean build = nl != null && !nl.valid;
        if (build) {
            nl.prepare(state.key, pool, n);
        }
        motion.run(n, now, build);
        boolean reordered = events.run(n, now);
        int placed = sources.run(now);
        entered += placed;
        if (nl != null && !reordered && placed == 0 && nl.advance(dt)) {
            state.swapNext();
        } else {
            CellSort.sortNext(state);
            invalidateLists();
        }
        time = now;
        steps++;
        observation.stepped(steps, time, state);
    }

    /**
     * Sorts the people again after a change between steps ({@link #place}, {@link #withdraw},
     * {@link #pause}).
     *
     * @param lists whether to have the neighbour lists rebuilt too (a view between steps does
     *     not, as it never did)
     */
    private void settle(boolean lists) {
        if (dirty) {
            state.currentToNext();
            CellSort.sortNext(state);
            if (lists) {
                invalidateLists();
            }
            dirty = false;
        }
    }

    private void invalidateLists() {
        if (state.neighbours != null) {
            state.neighbours.valid = false;
        }
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
        if (sources.withdraw(id)) {
            return true;
        }
        if (!state.takeOut(id)) {
            return false;
        }
        withdrawn++;
        dirty = true;
        return true;
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
        state.postpone(seconds);
        sources.postpone(seconds);
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
        return events.removed();
    }

    /** @return people who arrived at a source but found no room there yet */
    public int pending() {
        return sources.pending();
    }

    /**
     * @param gate a gate's name
     * @return people the gate has finished serving
     */
    public long served(String gate) {
        return targets.gate(gate).served;
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
        settle(false);
        viewer.accept(state);
    }

    /** Calls an observer once with the current state (outside the step schedule). */
    public void observeNow(CrowdObserver observer) {
        settle(true);
        Observation.show(observer, time, state);
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
