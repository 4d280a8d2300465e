package org.firebreak.frontier.engine;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.firebreak.core.navigation.NavigationFields;
import org.firebreak.core.navigation.RoadGraph;
import org.firebreak.core.random.RandomStreams;
import org.firebreak.core.terrain.Terrain;
import org.firebreak.core.terrain.TerrainSpeeds;
import org.firebreak.frontier.agent.Agent;
import org.firebreak.frontier.agent.kind.AgentState;
import org.firebreak.frontier.agent.kind.AgentType;
import org.firebreak.frontier.agent.Group;
import org.firebreak.frontier.agent.BehaviourContext;
import org.firebreak.frontier.behaviour.BehaviourRegistry;
import org.firebreak.frontier.navigation.LocationGraph;
import org.firebreak.frontier.scenario.GuardDeployment;
import org.firebreak.frontier.scenario.Scenario;
import org.firebreak.frontier.scenario.SourceSpec;
import sim.engine.SimState;
import sim.engine.Steppable;
import sim.field.continuous.Continuous2D;
import sim.util.Double2D;

/**
 * The regional frontier model: a MASON {@link SimState} built from a scenario and a terrain.
 *
 * <p>Agents keep their positions in terrain metres. Simulated time is in seconds: the
 * schedule's clock reads the start of the current step, and each step runs the phases of
 * {@link Phase} in order, each a separate {@link Steppable} on the schedule that runs the
 * phase's system (spawn, sense, decide, plan, move, interact, record: one class each, with
 * one job) and times it. The model keeps the state the systems read and change, in a few
 * holders (the population, the agenda of groups to visit, the spatial index, what sense and
 * move leave for interact, the counts), and answers the queries. Randomness comes from the
 * scenario's seed only: {@code random} (MASON's own generator, seeded with it) and streams
 * derived from it by name ({@link RandomStreams}), one per source, per crossing and for
 * detection, so the results do not depend on iteration order or thread count.
 */
public class FrontierModel extends SimState implements BehaviourContext {
    private static final long serialVersionUID = 1L;

    private final Scenario scenario;
    /**
     * Not part of a checkpoint: {@link org.firebreak.core.checkpoint.CheckpointFile} writes a reference in its place
     * and supplies the terrain loaded anew (after checking it is the same) when it reads the model back.
     */
    private final Terrain terrain;
    /** Like the terrain, supplied anew when a checkpoint is read. */
    private final BehaviourRegistry registry;
    private final RandomStreams streams;
    private final RouteNetworks networks;
    /** Outputs of one process: a resumed run attaches its own. */
    private transient List<EventSink> sinks = new ArrayList<>();
    private transient List<StepObserver> observers = new ArrayList<>();
    private final PhaseTimer timer = new PhaseTimer();
    private int moveThreads = 1;

    private final FrontierState state = new FrontierState();
    private transient SunGrid sun;
    /** The phases' systems: rebuilt at every start and when a checkpoint is read. */
    private transient Pipeline pipeline;

    /**
     * @param scenario what to run
     * @param terrain where (normally the scenario's dataset)
     * @param registry the behaviours the scenario's ids refer to
     */
    public FrontierModel(Scenario scenario, Terrain terrain, BehaviourRegistry registry) {
        super(scenario.seed());
        this.scenario = Objects.requireNonNull(scenario, "scenario");
        this.terrain = Objects.requireNonNull(terrain, "terrain");
        this.registry = Objects.requireNonNull(registry, "registry");
        this.streams = new RandomStreams(scenario.seed());
        this.networks = new RouteNetworks(scenario, terrain);
    }

    /**
     * @param sink receives every event from now on
     * @return this model
     */
    public FrontierModel addEventSink(EventSink sink) {
        sinks.add(Objects.requireNonNull(sink));
        return this;
    }

    /**
     * @param observer sees every phase and step from now on
     * @return this model
     */
    public FrontierModel addObserver(StepObserver observer) {
        observers.add(Objects.requireNonNull(observer));
        return this;
    }

    /**
     * Screens people at an official crossing with another model than the regional queue, for
     * example its plaza at crowd scale. Takes effect at the next {@link #start}.
     *
     * @param crossingId an official crossing of the terrain
     * @param factory makes the crossing's screening for a run
     * @return this model
     */
    public FrontierModel screening(String crossingId, CrossingScreening.Factory factory) {
        state.crossings().screenWith(terrain, crossingId, Objects.requireNonNull(factory, "factory"));
        return this;
    }

    /**
     * Sets how many threads move the agents. Results do not depend on it: steps that record
     * events are taken on the schedule's thread in agent-id order (see {@link ParallelMove}).
     * Operational behaviours must then change nothing but the agent they move.
     *
     * @param threads threads for the move phase, 1 (the default) or more
     * @return this model
     */
    public FrontierModel moveThreads(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("move threads must be at least 1, was " + threads);
        }
        if (threads != moveThreads && pipeline != null) {
            pipeline.close();
        }
        moveThreads = threads;
        return this;
    }

    /** @return threads that move the agents */
    public int moveThreads() {
        return moveThreads;
    }

    @Override
    public void finish() {
        super.finish();
        if (pipeline != null) {
            pipeline.close();
        }
    }

    @Override
    public void start() {
        super.start();
        networks.resetLocations();
        timer.reset();
        state.reset(this, scenario, terrain, streams);
        sun = new SunGrid(terrain.bounds(), terrain.geoReference());
        assemble();
        for (Phase p : Phase.values()) {
            schedule.scheduleRepeating(0.0, p.ordinal(), new PhaseStep(p), scenario.time().stepSeconds());
        }
    }

    /**
     * Builds the phases' systems over the state of the run.
     *
     * @throws IllegalArgumentException if a source's area lies outside the terrain
     */
    private void assemble() {
        if (pipeline != null) {
            pipeline.close();
        }
        pipeline = new Pipeline(this, state, scenario, terrain, registry, sun);
    }

    /**
     * Completes a model read back from a checkpoint: what is derived from the scenario and the
     * terrain (source areas, the grid of sun elevations, the groups' watchers, the phases'
     * systems) is rebuilt, and caches (cost surfaces, navigation fields, the road graph) are
     * rebuilt on first use, as in the run that wrote it. Sinks and observers are those of the
     * new process.
     */
    private void readObject(java.io.ObjectInputStream in) throws java.io.IOException, ClassNotFoundException {
        in.defaultReadObject();
        if (terrain == null || registry == null) {
            throw new java.io.InvalidObjectException("a model is read back with its terrain and behaviours supplied;"
                    + " use org.firebreak.core.checkpoint.CheckpointFile");
        }
        sinks = new ArrayList<>();
        observers = new ArrayList<>();
        sun = new SunGrid(terrain.bounds(), terrain.geoReference());
        state.agenda().rewatch(state.population().groups());
        assemble();
    }

    /**
     * Runs a number of steps (after {@link #start()}).
     *
     * @param n how many steps
     */
    public void runSteps(long n) {
        for (long i = 0; i < n; i++) {
            if (!schedule.step(this)) {
                throw new IllegalStateException("MASON's schedule stopped after " + steps() + " steps");
            }
        }
    }

    /** Runs one phase's system, timed, between the observers' views. */
    private final class PhaseStep implements Steppable {
        private static final long serialVersionUID = 1L;
        private final Phase phase;

        PhaseStep(Phase phase) {
            this.phase = phase;
        }

        @Override
        public void step(SimState simState) {
            for (StepObserver o : observers) {
                o.beforePhase(FrontierModel.this, phase);
            }
            long t0 = System.nanoTime();
            pipeline.run(phase, schedule.getTime());
            timer.add(phase, System.nanoTime() - t0);
            if (phase == Phase.RECORD) {
                for (StepObserver o : observers) {
                    o.afterStep(FrontierModel.this);
                }
            }
        }
    }

    // ---- for the border force and tests ----------------------------------------------------

    /** @return what makes the run's groups and agents */
    GroupFactory factory() {
        return pipeline.factory();
    }

    /** @return the state of the run */
    FrontierState state() {
        return state;
    }

    /** For tests: whether the decide and plan phases would visit the group now. */
    boolean[] visits(Group g) {
        return state.agenda().visits(g);
    }

    // ---- BehaviourContext -----------------------------------------------------------------

    @Override
    public Terrain terrain() {
        return terrain;
    }

    @Override
    public Optional<SourceSpec> source(Group group) {
        return state.population().source(group);
    }

    @Override
    public Optional<GuardDeployment> deployment(Group group) {
        return state.force().deploymentOf(group);
    }

    @Override
    public double expectedWaitHours(String crossingId) {
        CrossingScreening q = state.crossings().get(crossingId);
        return q == null ? 0 : q.waiting() / q.capacity().perHour();
    }

    @Override
    public boolean crossingOpen(String crossingId) {
        CrossingScreening q = state.crossings().get(crossingId);
        return q != null && !q.capacity().closedAt(Math.max(0, schedule.getTime()) / 3600.0);
    }

    @Override
    public double sunElevationDegrees(double x, double y) {
        return sun.elevation(x, y);
    }

    @Override
    public MersenneTwisterFast decisionRandom() {
        return state.decisionRandom();
    }

    @Override
    public synchronized NavigationFields navigation() {
        return networks.navigation();
    }

    @Override
    public synchronized LocationGraph locations() {
        return networks.locations();
    }

    @Override
    public synchronized RoadGraph roads() {
        return networks.roads();
    }

    @Override
    public TerrainSpeeds speeds() {
        return scenario.terrain().speeds();
    }

    @Override
    public double stepSeconds() {
        return scenario.time().stepSeconds();
    }

    @Override
    public double timeSeconds() {
        return Math.max(0, schedule.getTime()) + scenario.time().stepSeconds();
    }

    @Override
    public void relocate(Agent agent, double x, double y) {
        // the spatial index is rebuilt from the agents' positions when the sense phase needs it,
        // so moving an agent changes nothing but the agent, and agents may move on several threads
        agent.updatePosition(x, y);
    }

    /**
     * Where the spatial index holds a position: relative to the terrain's south-west corner,
     * because MASON's sparse fields put negative coordinates in the wrong cells.
     *
     * @param x easting in terrain metres
     * @param y northing in terrain metres
     * @return the position in field coordinates
     */
    public Double2D toField(double x, double y) {
        return state.index().toField(x, y);
    }

    @Override
    public void record(Agent agent, String event, String detail) {
        state.tally().event(event, detail);
        state.metrics().event(agent, event, detail);
        double t = timeSeconds();
        for (EventSink s : sinks) {
            s.event(t, agent, event, detail);
        }
    }

    @Override
    public void queueForScreening(Agent agent, String crossingId) {
        if (!state.crossings().has(crossingId)) {
            throw new IllegalStateException("agent " + agent.id() + " queues at '" + crossingId
                    + "', which is not an official crossing of the terrain");
        }
        state.pending().arrived(agent, crossingId);
    }

    // ---- observation ----------------------------------------------------------------------

    /** @return the scenario */
    public Scenario scenario() {
        return scenario;
    }

    /**
     * The guards and fighters in one spatial index, metres from the terrain's south-west corner
     * (see {@link #toField}), built anew from the agents' own positions on each call, so it
     * shows where they are now (for viewers and tests; the engine keeps its own indices).
     *
     * @return a new index
     */
    public Continuous2D field() {
        return state.index().snapshot(terrain.bounds(), state.population().guards(), state.population().fighters());
    }

    /** @return every agent created so far, in id order */
    public List<Agent> agents() {
        return Collections.unmodifiableList(state.population().agents());
    }

    /** @return every group created so far, in id order */
    public List<Group> groups() {
        return Collections.unmodifiableList(state.population().groups());
    }

    /** @return the screening of each official crossing, by crossing id, in terrain order */
    public Map<String, CrossingScreening> queues() {
        return Collections.unmodifiableMap(state.crossings().all());
    }

    /** @return steps completed */
    public long steps() {
        return state.tally().steps();
    }

    /** @return simulated seconds completed */
    public double elapsedSeconds() {
        return steps() * scenario.time().stepSeconds();
    }

    /**
     * @param type an agent type
     * @return agents of that type created so far
     */
    public long created(AgentType type) {
        return state.population().created(type);
    }

    /** @return agents per type and state now, every state of every type present */
    public Map<AgentType, Map<AgentState, Long>> counts() {
        return state.population().counts();
    }

    /** @return border crossings so far by official crossing id, and {@code informal} */
    public Map<String, Long> crossings() {
        return state.tally().crossings();
    }

    /** @return detections so far */
    public long detections() {
        return state.tally().detections();
    }

    /** @return apprehensions so far (agents) */
    public long apprehensions() {
        return state.tally().apprehensions();
    }

    /** @return measures per crossing and per border sector */
    public FrontierMetrics metrics() {
        return state.metrics();
    }

    /** @return share of guard-time spent responding to detections so far */
    public double guardUtilisation() {
        return state.force().utilisation();
    }

    /** @return guards per deployment now, in scenario order */
    public Map<String, Long> guardStrength() {
        return state.force().strength();
    }

    /** @return guards ordered moved that the giving deployment did not have, by "from->to" */
    public Map<String, Long> reallocationShortfalls() {
        return state.force().shortfalls();
    }

    /** @return wall-clock time per phase */
    public PhaseTimer timer() {
        return timer;
    }
}

