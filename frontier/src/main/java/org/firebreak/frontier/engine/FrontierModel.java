package org.firebreak.frontier.engine;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.firebreak.core.navigation.NavigationFields;
import org.firebreak.core.navigation.RoadGraph;
import org.firebreak.core.param.Parameters;
import org.firebreak.core.random.RandomStreams;
import org.firebreak.core.terrain.Border;
import org.firebreak.core.terrain.CostSurface;
import org.firebreak.core.terrain.Crossing;
import org.firebreak.core.terrain.Place;
import org.firebreak.core.terrain.Terrain;
import org.firebreak.core.terrain.TerrainSpeeds;
import org.firebreak.frontier.agent.Agent;
import org.firebreak.frontier.agent.BehaviourContext;
import org.firebreak.frontier.agent.Fighter;
import org.firebreak.frontier.agent.Group;
import org.firebreak.frontier.agent.Guard;
import org.firebreak.frontier.agent.OperationalBehaviour;
import org.firebreak.frontier.agent.Refugee;
import org.firebreak.frontier.agent.StrategicBehaviour;
import org.firebreak.frontier.agent.TacticalBehaviour;
import org.firebreak.frontier.agent.kind.AgentState;
import org.firebreak.frontier.agent.kind.AgentType;
import org.firebreak.frontier.behaviour.BehaviourRegistry;
import org.firebreak.frontier.behaviour.defaults.RoadGraphRoute;
import org.firebreak.frontier.behaviour.defaults.VehicleDrive;
import org.firebreak.frontier.detection.DetectionModel;
import org.firebreak.frontier.navigation.LocationGraph;
import org.firebreak.frontier.scenario.AgeGroup;
import org.firebreak.frontier.scenario.AgentParameters;
import org.firebreak.frontier.scenario.BehaviourChoice;
import org.firebreak.frontier.scenario.BehaviourSet;
import org.firebreak.frontier.scenario.CrossingCapacity;
import org.firebreak.frontier.scenario.GuardDeployment;
import org.firebreak.frontier.scenario.PatrolSector;
import org.firebreak.frontier.scenario.Scenario;
import org.firebreak.frontier.scenario.SourceAreas;
import org.firebreak.frontier.scenario.SourceSpec;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import sim.engine.SimState;
import sim.engine.Steppable;
import sim.field.continuous.Continuous2D;
import sim.util.Bag;
import sim.util.Double2D;

/**
 * The regional frontier model: a MASON {@link SimState} built from a scenario and a terrain.
 *
 * <p>Agents live in a {@link Continuous2D} in metres. Simulated time is in seconds: the
 * schedule's clock reads the start of the current step, and each step runs the phases of
 * {@link Phase} in order, each a separate {@link Steppable} on the schedule. Randomness comes
 * from the scenario's seed only: {@code random} (MASON's own generator, seeded with it) and
 * streams derived from it by name ({@link RandomStreams}), one per source, per crossing and
 * for detection, so the results do not depend on iteration order or thread count.
 */
public class FrontierModel extends SimState implements BehaviourContext {
    private static final long serialVersionUID = 1L;

    private final Scenario scenario;
    /**
     * Not part of a checkpoint: {@link org.firebreak.core.checkpoint.CheckpointFile} writes a reference in its place
     * and supplies the terrain loaded anew (after checking it is the same) when it reads the model back.
     */
    private final Terrain terrain;
    private static final System.Logger LOG = System.getLogger(FrontierModel.class.getName());
    /** Cells of the fine cost surface per cell of the coarse one, on a side (see {@link NavigationFields#getCoarse}). */
    private static final int COARSE_CELLS = 4;

    /** Like the terrain, supplied anew when a checkpoint is read. */
    private final BehaviourRegistry registry;
    /** Depends only on the terrain and scenario, so it survives restarts. */
    private transient NavigationFields navigation;
    private transient RoadGraph roadGraph;
    /** Holds camp occupancy, so it is rebuilt at every start and kept in checkpoints. */
    private LocationGraph locationGraph;
    private final RandomStreams streams;
    /** Outputs of one process: a resumed run attaches its own. */
    private transient List<EventSink> sinks = new ArrayList<>();
    private transient List<StepObserver> observers = new ArrayList<>();
    private final PhaseTimer timer = new PhaseTimer();
    private int moveThreads = 1;
    private transient ParallelMove parallelMove;

    /**
     * The spatial indices, in field coordinates (terrain metres shifted so that the terrain starts
     * at 0, 0): guards and fighters apart, because each searches only for the other and guards
     * stand by the hundred at their posts.
     */
    private Continuous2D guardField;
    private Continuous2D fighterField;
    private double discretization;
    private double originX;
    private double originY;
    private final List<Agent> agents = new ArrayList<>();
    private final List<Agent> guardAgents = new ArrayList<>();
    private final List<Agent> fighterAgents = new ArrayList<>();
    private final List<Group> groups = new ArrayList<>();
    /** Groups (by id, which is their index) that need a decision: exactly those whose needsDecision is set. */
    private final BitSet toDecide = new BitSet();
    /**
     * Groups the plan phase must look at: those with a plan and a settled member or a plan
     * waiting for a route, less those the phase found finished since they last changed.
     */
    private final BitSet toPlan = new BitSet();
    private final Map<Long, SourceSpec> groupSources = new HashMap<>();
    private transient Map<String, org.locationtech.jts.geom.prep.PreparedGeometry> areas = new HashMap<>();
    private GuardForce force;
    private FrontierMetrics metrics;
    private final java.util.Set<String> closed = new java.util.HashSet<>();
    private final Map<String, CrossingScreening> queues = new LinkedHashMap<>();
    private transient Map<String, CrossingScreening.Factory> screenings = new HashMap<>();
    private final List<SourceEmitter> emitters = new ArrayList<>();
    private final List<Agent> arrivals = new ArrayList<>();
    private final Map<Agent, String> arrivalCrossings = new HashMap<>();
    private final List<Agent[]> detections = new ArrayList<>();
    private final Map<String, Long> crossedBy = new LinkedHashMap<>();
    private final long[] created = new long[AgentType.values().length];
    private MersenneTwisterFast detectionRandom;
    private MersenneTwisterFast deploymentRandom;
    private MersenneTwisterFast decisionRandom;
    private transient SunGrid sun;
    private long nextAgentId;
    private long nextGroupId;
    private long steps;
    private long detectionCount;
    private long apprehensionCount;
    private boolean deployed;

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
        if (terrain.crossings().stream().noneMatch(c -> c.official() && c.id().equals(crossingId))) {
            throw new IllegalArgumentException("'" + crossingId + "' is not an official crossing of the terrain; expected one of "
                    + terrain.crossings().stream().filter(Crossing::official).map(Crossing::id).toList());
        }
        screenings.put(crossingId, Objects.requireNonNull(factory, "factory"));
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
        if (threads != moveThreads && parallelMove != null) {
            parallelMove.close();
            parallelMove = null;
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
        if (parallelMove != null) {
            parallelMove.close();
            parallelMove = null;
        }
    }

    @Override
    public void start() {
        super.start();
        agents.clear();
        guardAgents.clear();
        fighterAgents.clear();
        groups.clear();
        toDecide.clear();
        toPlan.clear();
        groupSources.clear();
        closed.clear();
        locationGraph = null;
        queues.clear();
        emitters.clear();
        arrivals.clear();
        arrivalCrossings.clear();
        detections.clear();
        crossedBy.clear();
        java.util.Arrays.fill(created, 0);
        nextAgentId = 0;
        nextGroupId = 0;
        steps = 0;
        detectionCount = 0;
        apprehensionCount = 0;
        deployed = false;
        timer.reset();

        Envelope b = terrain.bounds();
        originX = b.getMinX();
        originY = b.getMinY();
        discretization = Math.max(1_000, scenario.agents().guard().detection().maxRangeM());
        guardField = new Continuous2D(discretization, b.getWidth(), b.getHeight());
        fighterField = new Continuous2D(discretization, b.getWidth(), b.getHeight());
        detectionRandom = streams.stream("detection");
        deploymentRandom = streams.stream("deployment");
        decisionRandom = streams.stream("decision");
        for (Crossing c : terrain.crossings()) {
            if (c.official()) {
                CrossingCapacity cap = scenario.capacity(c.id()).orElse(CrossingCapacity.defaults());
                CrossingScreening.Factory f = screenings.get(c.id());
                queues.put(c.id(), f != null ? f.create(c.id(), cap, streams)
                        : new ScreeningQueue(c.id(), cap, streams.stream("crossing:" + c.id()))
                                .identifyFighters(streams.stream("screening:" + c.id())));
                crossedBy.put(c.id(), 0L);
            }
        }
        sun = new SunGrid(terrain.bounds(), terrain.geoReference());
        force = new GuardForce(this);
        metrics = new FrontierMetrics(terrain, List.copyOf(queues.keySet()), scenario.guards());
        crossedBy.put(Events.INFORMAL, 0L);
        for (SourceSpec s : scenario.sources()) {
            emitters.add(new SourceEmitter(s, streams.stream("source:" + s.id())));
        }
        buildAreas();
        for (Phase p : Phase.values()) {
            schedule.scheduleRepeating(0.0, p.ordinal(), new PhaseStep(p), scenario.time().stepSeconds());
        }
    }

    /** Prepares the source areas for point-in-polygon draws: derived from the scenario and terrain only. */
    private void buildAreas() {
        Envelope b = terrain.bounds();
        areas.clear();
        for (SourceSpec s : scenario.sources()) {
            if (!s.area().isEmpty()) {
                org.locationtech.jts.geom.Polygon area = SourceAreas.inMetres(s.area(), terrain.geoReference());
                if (!area.getEnvelopeInternal().intersects(b)) {
                    throw new IllegalArgumentException("source " + s.id() + ": its area " + area.getEnvelopeInternal()
                            + " lies outside the terrain " + terrain.dataset() + " " + b
                            + "; expected longitudes and latitudes within the terrain");
                }
                areas.put(s.id(), org.locationtech.jts.geom.prep.PreparedGeometryFactory.prepare(area));
            }
        }
    }

    /**
     * Completes a model read back from a checkpoint: what is derived from the scenario and the
     * terrain (source areas, the grid of sun elevations, the groups' watchers) is rebuilt, and
     * caches (cost surfaces, navigation fields, the road graph) are rebuilt on first use, as in
     * the run that wrote it. Sinks and observers are those of the new process.
     */
    private void readObject(java.io.ObjectInputStream in) throws java.io.IOException, ClassNotFoundException {
        in.defaultReadObject();
        if (terrain == null || registry == null) {
            throw new java.io.InvalidObjectException("a model is read back with its terrain and behaviours supplied;"
                    + " use org.firebreak.core.checkpoint.CheckpointFile");
        }
        sinks = new ArrayList<>();
        observers = new ArrayList<>();
        screenings = new HashMap<>();
        areas = new HashMap<>();
        buildAreas();
        sun = new SunGrid(terrain.bounds(), terrain.geoReference());
        for (Group g : groups) {
            g.watch(this::watched);
        }
    }

    /**
     * Runs a number of steps (after {@link #start()}).
     *
     * @param n how many steps
     */
    public void runSteps(long n) {
        for (long i = 0; i < n; i++) {
            if (!schedule.step(this)) {
                throw new IllegalStateException("MASON's schedule stopped after " + steps + " steps");
            }
        }
    }

    private final class PhaseStep implements Steppable {
        private static final long serialVersionUID = 1L;
        private final Phase phase;

        PhaseStep(Phase phase) {
            this.phase = phase;
        }

        @Override
        public void step(SimState state) {
            for (StepObserver o : observers) {
                o.beforePhase(FrontierModel.this, phase);
            }
            long t0 = System.nanoTime();
            switch (phase) {
                case SPAWN -> spawn();
                case SENSE -> sense();
                case DECIDE -> decide();
                case PLAN -> plan();
                case MOVE -> move();
                case INTERACT -> interact();
                case RECORD -> steps++;
                default -> throw new IllegalStateException(phase.toString());
            }
            timer.add(phase, System.nanoTime() - t0);
            if (phase == Phase.RECORD) {
                for (StepObserver o : observers) {
                    o.afterStep(FrontierModel.this);
                }
            }
        }
    }

    // ---- phases -------------------------------------------------------------------------

    private void spawn() {
        // the light of the middle of the step, for everything that depends on it this step
        sun.update(scenario.time().epochSeconds(schedule.getTime() + scenario.time().stepSeconds() / 2));
        if (!deployed) {
            deployed = true;
            force.deployAll();
        }
        force.reallocate(schedule.getTime() / 3600.0);
        double t = timeSeconds();
        for (SourceEmitter e : emitters) {
            SourceSpec s = e.spec();
            Place place = terrain.place(s.place()).orElseThrow(
                    () -> new IllegalStateException("terrain has no place '" + s.place() + "'"));
            for (int size = e.nextGroupDue(t); size > 0; size = e.nextGroupDue(t)) {
                double[] at = areas.containsKey(s.id()) ? inArea(areas.get(s.id()), e.random())
                        : inDisc(place, s.radiusM(), e.random());
                boolean vehicle = s.vehicleShare() > 0 && e.random().nextDouble() < s.vehicleShare();
                Group g = newGroup(s.type(), s.id(), vehicle ? inVehicle(s.behaviours()) : s.behaviours());
                groupSources.put(g.id(), s);
                addMembers(g, size, at[0], at[1], e.random(), s.ageGroups());
            }
        }
    }

    private static double[] inDisc(Place place, double radius, MersenneTwisterFast random) {
        double r = radius * Math.sqrt(random.nextDouble());
        double theta = 2 * Math.PI * random.nextDouble();
        return new double[] {place.x() + r * Math.cos(theta), place.y() + r * Math.sin(theta)};
    }

    /** Uniform in the polygon: points drawn in its envelope until one falls inside. */
    private double[] inArea(org.locationtech.jts.geom.prep.PreparedGeometry area,
                            MersenneTwisterFast random) {
        Envelope e = area.getGeometry().getEnvelopeInternal();
        Envelope terrainBounds = terrain.bounds();
        for (int i = 0; i < 10_000; i++) {
            Coordinate c = new Coordinate(e.getMinX() + e.getWidth() * random.nextDouble(),
                    e.getMinY() + e.getHeight() * random.nextDouble());
            if (terrainBounds.contains(c) && area.contains(area.getGeometry().getFactory().createPoint(c))) {
                return new double[] {c.x, c.y};
            }
        }
        Coordinate c = area.getGeometry().getInteriorPoint().getCoordinate();
        return new double[] {c.x, c.y};
    }

    /** The same strategy, by road in a vehicle. */
    private static BehaviourSet inVehicle(BehaviourSet walking) {
        Parameters none = Parameters.defaults(List.of());
        return new BehaviourSet(walking.strategic(), new BehaviourChoice(RoadGraphRoute.ID, none),
                new BehaviourChoice(VehicleDrive.ID, none));
    }

    Group newGroup(AgentType type, String origin, BehaviourSet behaviours) {
        Group g = new Group(nextGroupId++, type, origin,
                registry.get(behaviours.strategic().id(), StrategicBehaviour.class)
                        .create(behaviours.strategic().parameters()),
                registry.get(behaviours.tactical().id(), TacticalBehaviour.class)
                        .create(behaviours.tactical().parameters()),
                registry.get(behaviours.operational().id(), OperationalBehaviour.class)
                        .create(behaviours.operational().parameters()));
        if (g.id() != groups.size()) {
            throw new IllegalStateException("group " + g.id() + " created as number " + groups.size());
        }
        groups.add(g);
        g.watch(this::watched);
        watched(g);
        return g;
    }

    void addMembers(Group g, int size, double x, double y, MersenneTwisterFast random) {
        addMembers(g, size, x, y, random, List.of());
    }

    private void addMembers(Group g, int size, double x, double y, MersenneTwisterFast random, List<AgeGroup> ages) {
        AgentParameters p = scenario.agents().of(g.type());
        for (int i = 0; i < size; i++) {
            double mean = p.speedFactorMean();
            double sd = p.speedFactorSd();
            if (!ages.isEmpty()) {
                AgeGroup age = pick(ages, random.nextDouble());
                mean = age.speedFactorMean();
                sd = age.speedFactorSd();
            }
            double speed = SourceEmitter.truncatedNormal(random, mean, sd,
                    AgentParameters.MIN_SPEED_FACTOR, AgentParameters.MAX_SPEED_FACTOR);
            long id = nextAgentId++;
            Agent a = switch (g.type()) {
                case REFUGEE -> new Refugee(id, g, scenario.agents().refugee(), speed, x, y);
                case FIGHTER -> new Fighter(id, g, scenario.agents().fighter(), speed, x, y);
                case GUARD -> new Guard(id, g, scenario.agents().guard(), speed, x, y);
            };
            g.add(a);
            agents.add(a);
            created[g.type().ordinal()]++;
            if (indexed(a)) {
                boolean guard = a.type() == AgentType.GUARD;
                (guard ? guardField : fighterField).setObjectLocation(a, toField(x, y));
                (guard ? guardAgents : fighterAgents).add(a);
            }
            record(a, Events.SPAWNED, g.origin());
        }
    }

    private static AgeGroup pick(List<AgeGroup> ages, double u) {
        double sum = 0;
        for (AgeGroup a : ages) {
            sum += a.share();
            if (u < sum) {
                return a;
            }
        }
        return ages.get(ages.size() - 1);
    }

    /** Only guards and fighters are in the spatial index: nothing searches for refugees by place. */
    private static boolean indexed(Agent a) {
        return a.type() != AgentType.REFUGEE;
    }

    /** @return the stream guards are placed with */
    MersenneTwisterFast deploymentRandom() {
        return deploymentRandom;
    }

    /**
     * @param id a group id
     * @return that group
     */
    Group group(long id) {
        return groups.get((int) id);
    }

    /** Puts every guard and fighter where it is now into the spatial indices. */
    private void reindex() {
        guardField.clear();
        for (Agent a : guardAgents) {
            guardField.setObjectLocation(a, toField(a.x(), a.y()));
        }
        fighterField.clear();
        for (Agent a : fighterAgents) {
            fighterField.setObjectLocation(a, toField(a.x(), a.y()));
        }
    }

    private void sense() {
        reindex();
        DetectionModel detection = scenario.agents().guard().detection();
        double range = detection.maxRangeM();
        double dt = scenario.time().stepSeconds();
        if (range > 0 && !fighterAgents.isEmpty()) {
            java.util.Set<Long> detectedNow = new java.util.HashSet<>();
            for (Agent guard : guardAgents) {
                Bag near = fighterField.getNeighborsExactlyWithinDistance(toField(guard.x(), guard.y()), range);
                // nearest member of each fighter group in range (of equally near ones, members of a
                // group walking together, the first by id); the index returns neighbours in hash
                // order, so groups are taken in id order for determinism
                java.util.TreeMap<Long, Agent> nearest = new java.util.TreeMap<>();
                for (Object o : near) {
                    if (o instanceof Fighter f && detectable(f) && !detectedNow.contains(f.group().id())) {
                        Agent other = nearest.get(f.group().id());
                        double df = distance(guard, f);
                        double dOther = other == null ? Double.POSITIVE_INFINITY : distance(guard, other);
                        if (df < dOther || (df == dOther && f.id() < other.id())) {
                            nearest.put(f.group().id(), f);
                        }
                    }
                }
                for (Agent f : nearest.values()) {
                    double p = detection.probability(guard.x(), guard.y(), f.x(), f.y(), detectableMembers(f.group()),
                            sunElevationDegrees(f.x(), f.y()), dt, terrain);
                    // one draw per candidate whatever the chance, so conditions never shift later draws
                    if (detectionRandom.nextDouble() < p) {
                        detectedNow.add(f.group().id());
                        detections.add(new Agent[] {guard, f});
                    }
                }
            }
        }
        sightings();
    }

    private static boolean detectable(Agent f) {
        AgentState st = f.state();
        // among civilians in a queue or in screening, fighters are left to screening
        return !st.terminal() && st != AgentState.QUEUEING && st != AgentState.SCREENING;
    }

    private static double distance(Agent a, Agent b) {
        return Math.hypot(a.x() - b.x(), a.y() - b.y());
    }

    /** @return members of the group a guard could see: those moving over open ground */
    private static int detectableMembers(Group g) {
        int n = 0;
        for (Agent m : g.members()) {
            if (detectable(m)) {
                n++;
            }
        }
        return n;
    }

    /** Fighter groups note the guards they can see, and may change their plans. */
    private void sightings() {
        double sight = scenario.agents().fighter().sightingRangeM();
        if (sight <= 0 || guardAgents.isEmpty()) {
            return;
        }
        long lastGroup = -1;
        for (Agent f : fighterAgents) {
            if (f.group().id() == lastGroup || !detectable(f)) {
                continue;
            }
            lastGroup = f.group().id();
            Bag near = guardField.getNeighborsExactlyWithinDistance(toField(f.x(), f.y()), sight);
            List<Agent> seen = new ArrayList<>();
            for (Object o : near) {
                if (o instanceof Guard g) {
                    seen.add(g);
                }
            }
            seen.sort(Comparator.comparingLong(Agent::id));
            for (Agent g : seen) {
                f.group().strategic().guardSighted(f.group(), g.x(), g.y(), this);
            }
        }
    }

    /** Keeps the sets of groups the decide and plan phases visit up to date. */
    private void watched(Group g) {
        int i = (int) g.id();
        toDecide.set(i, g.needsDecision());
        toPlan.set(i, g.plan() != null && (g.settledMembers() > 0 || g.needsRoute()));
    }

    /** For tests: whether the decide and plan phases would visit the group now. */
    boolean[] visits(Group g) {
        return new boolean[] {toDecide.get((int) g.id()), toPlan.get((int) g.id())};
    }

    // The decide and plan phases visit, in id order, only the groups their sets hold: all those a
    // visit of every group would act on. A group added to a set while the phase runs is visited if
    // its id is higher than the current one, as in a visit of every group.

    private void decide() {
        force.arriveFromTransit();
        if (steps > 0 && steps % scenario.time().stepsPerHour() == 0) {
            for (Group g : groups) {
                if (g.type() != AgentType.GUARD && !g.needsDecision() && (headingForScreening(g) || g.atStopover())
                        && !g.finished()) {
                    // the queue ahead, a closure, or a stopover's end: worth a fresh look every hour
                    g.requestDecision();
                }
            }
        }
        for (int i = toDecide.nextSetBit(0); i >= 0; i = toDecide.nextSetBit(i + 1)) {
            Group g = groups.get(i);
            if (g.needsDecision() && !g.finished()) {
                g.strategic().decide(g, this);
            }
        }
    }

    /** @return whether the whole group is still on its way to an official crossing's queue */
    private static boolean headingForScreening(Group g) {
        if (g.plan() == null || !g.plan().journey()) {
            return false;
        }
        org.firebreak.frontier.agent.Waypoint crossing = g.plan().via()
                .orElse(g.plan().destination());
        if (crossing.kind() != org.firebreak.frontier.agent.Waypoint.Kind.SCREENING) {
            return false;
        }
        int index = g.route().indexOf(crossing);
        for (Agent a : g.members()) {
            if (!a.state().terminal() && (a.state() != AgentState.EN_ROUTE || a.leg() > index)) {
                return false;
            }
        }
        return true;
    }

    private void plan() {
        force.steer();
        for (int i = toPlan.nextSetBit(0); i >= 0; i = toPlan.nextSetBit(i + 1)) {
            Group g = groups.get(i);
            if (g.finished()) {
                toPlan.clear(i);
                continue;
            }
            // a group without settled members has nothing to do here, unless it has a new plan
            if (g.plan() == null || (g.settledMembers() == 0 && !g.needsRoute())) {
                continue;
            }
            if (g.needsRoute() || g.advanceIfTogether()) {
                g.setRoute(g.tactical().route(g, this));
            }
        }
    }

    private void move() {
        if (parallelMove == null) {
            parallelMove = new ParallelMove(moveThreads);
        }
        parallelMove.run(agents, this);
    }

    private void interact() {
        double dt = scenario.time().stepSeconds();
        for (Agent[] d : detections) {
            record(d[1], Events.DETECTED, "guard-" + d[0].id());
            force.detected(d[0], d[1]);
        }
        detections.clear();
        force.hold(dt);
        double from = schedule.getTime();
        for (CrossingScreening q : queues.values()) {
            boolean shut = q.capacity().closedAt(from / 3600.0);
            if (shut && closed.add(q.crossingId())) {
                for (Agent a : q.release()) {
                    turnAway(a, q.crossingId());
                }
            } else if (!shut) {
                closed.remove(q.crossingId());
            }
            if (!shut) {
                q.serve(from, dt, this);
            }
        }
        arrivals.sort(Comparator.comparingLong(Agent::id));
        for (Agent a : arrivals) {
            String c = arrivalCrossings.get(a);
            if (closed.contains(c)) {
                turnAway(a, c);
            } else {
                queues.get(c).join(a, timeSeconds());
            }
        }
        arrivals.clear();
        arrivalCrossings.clear();
        force.account(dt, guardAgents);
    }

    private void turnAway(Agent a, String crossingId) {
        if (a.state() == AgentState.QUEUEING) {
            a.turnAway();
            record(a, Events.TURNED_AWAY, crossingId);
        }
    }

    // ---- BehaviourContext -----------------------------------------------------------------

    @Override
    public Terrain terrain() {
        return terrain;
    }

    @Override
    public Optional<SourceSpec> source(Group group) {
        return Optional.ofNullable(groupSources.get(group.id()));
    }

    @Override
    public Optional<GuardDeployment> deployment(Group group) {
        return force.deploymentOf(group);
    }

    @Override
    public double expectedWaitHours(String crossingId) {
        CrossingScreening q = queues.get(crossingId);
        return q == null ? 0 : q.waiting() / q.capacity().perHour();
    }

    @Override
    public boolean crossingOpen(String crossingId) {
        CrossingScreening q = queues.get(crossingId);
        return q != null && !q.capacity().closedAt(Math.max(0, schedule.getTime()) / 3600.0);
    }

    @Override
    public double sunElevationDegrees(double x, double y) {
        return sun.elevation(x, y);
    }

    @Override
    public MersenneTwisterFast decisionRandom() {
        return decisionRandom;
    }

    @Override
    public synchronized NavigationFields navigation() {
        if (navigation == null) {
            long t0 = System.nanoTime();
            List<org.locationtech.jts.geom.Coordinate> fords = new ArrayList<>();
            for (String id : scenario.terrain().fords()) {
                Optional<Crossing> c = terrain.crossing(id);
                Place p = c.isPresent() ? null : terrain.place(id).orElseThrow(
                        () -> new IllegalStateException("terrain has no crossing or place '" + id + "' for a ford"));
                fords.add(c.map(x -> new org.locationtech.jts.geom.Coordinate(x.x(), x.y()))
                        .orElseGet(() -> new org.locationtech.jts.geom.Coordinate(p.x(), p.y())));
            }
            CostSurface surface = CostSurface.build(terrain, scenario.terrain().cellSizeM(),
                    scenario.terrain().speeds(), fords);
            CostSurface coarse = CostSurface.build(terrain, COARSE_CELLS * scenario.terrain().cellSizeM(),
                    scenario.terrain().speeds(), fords);
            navigation = new NavigationFields(surface, coarse);
            LOG.log(System.Logger.Level.INFO, "cost surface of {0} x {1} cells of {2} m built in {3} ms",
                    Integer.toString(surface.grid().cols()), Integer.toString(surface.grid().rows()),
                    Double.toString(scenario.terrain().cellSizeM()), Long.toString((System.nanoTime() - t0) / 1_000_000));
        }
        return navigation;
    }

    @Override
    public synchronized LocationGraph locations() {
        if (locationGraph == null) {
            java.util.Set<String> conflict = new java.util.TreeSet<>();
            for (SourceSpec s : scenario.sources()) {
                if (s.type() == AgentType.REFUGEE) {
                    conflict.add(s.place());
                }
            }
            locationGraph = LocationGraph.build(terrain, scenario.camps(), conflict);
            LOG.log(System.Logger.Level.INFO, "location graph of {0} locations and {1} links",
                    Integer.toString(locationGraph.locations().size()), Integer.toString(locationGraph.linkCount()));
        }
        return locationGraph;
    }

    @Override
    public synchronized RoadGraph roads() {
        if (roadGraph == null) {
            roadGraph = new RoadGraph(terrain.roads());
        }
        return roadGraph;
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
     * MASON's sparse fields bucket positions by truncating toward zero, which puts negative
     * coordinates in the wrong cells; projected terrains often have them. The field therefore
     * holds positions relative to the terrain's south-west corner.
     *
     * @param x easting in terrain metres
     * @param y northing in terrain metres
     * @return the position in field coordinates
     */
    public Double2D toField(double x, double y) {
        return new Double2D(x - originX, y - originY);
    }

    @Override
    public void record(Agent agent, String event, String detail) {
        switch (event) {
            case Events.DETECTED -> detectionCount++;
            case Events.APPREHENDED -> apprehensionCount++;
            case Events.CROSSED -> crossedBy.merge(detail, 1L, Long::sum);
            default -> {
            }
        }
        metrics.event(agent, event, detail);
        double t = timeSeconds();
        for (EventSink s : sinks) {
            s.event(t, agent, event, detail);
        }
    }

    @Override
    public void queueForScreening(Agent agent, String crossingId) {
        if (!queues.containsKey(crossingId)) {
            throw new IllegalStateException("agent " + agent.id() + " queues at '" + crossingId
                    + "', which is not an official crossing of the terrain");
        }
        arrivals.add(agent);
        arrivalCrossings.put(agent, crossingId);
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
        Envelope b = terrain.bounds();
        Continuous2D all = new Continuous2D(discretization, b.getWidth(), b.getHeight());
        for (Agent a : guardAgents) {
            all.setObjectLocation(a, toField(a.x(), a.y()));
        }
        for (Agent a : fighterAgents) {
            all.setObjectLocation(a, toField(a.x(), a.y()));
        }
        return all;
    }

    /** @return every agent created so far, in id order */
    public List<Agent> agents() {
        return Collections.unmodifiableList(agents);
    }

    /** @return every group created so far, in id order */
    public List<Group> groups() {
        return Collections.unmodifiableList(groups);
    }

    /** @return the screening of each official crossing, by crossing id, in terrain order */
    public Map<String, CrossingScreening> queues() {
        return Collections.unmodifiableMap(queues);
    }

    /** @return steps completed */
    public long steps() {
        return steps;
    }

    /** @return simulated seconds completed */
    public double elapsedSeconds() {
        return steps * scenario.time().stepSeconds();
    }

    /**
     * @param type an agent type
     * @return agents of that type created so far
     */
    public long created(AgentType type) {
        return created[type.ordinal()];
    }

    /** @return agents per type and state now, every state of every type present */
    public Map<AgentType, Map<AgentState, Long>> counts() {
        Map<AgentType, Map<AgentState, Long>> out = new EnumMap<>(AgentType.class);
        for (AgentType t : AgentType.values()) {
            Map<AgentState, Long> m = new LinkedHashMap<>();
            for (AgentState s : t.states()) {
                m.put(s, 0L);
            }
            out.put(t, m);
        }
        for (Agent a : agents) {
            Map<AgentState, Long> m = out.get(a.type());
            if (!m.containsKey(a.state())) {
                throw new IllegalStateException(a + " is in a state its type does not have");
            }
            m.merge(a.state(), 1L, Long::sum);
        }
        return out;
    }

    /** @return border crossings so far by official crossing id, and {@code informal} */
    public Map<String, Long> crossings() {
        return Collections.unmodifiableMap(crossedBy);
    }

    /** @return detections so far */
    public long detections() {
        return detectionCount;
    }

    /** @return apprehensions so far (agents) */
    public long apprehensions() {
        return apprehensionCount;
    }

    /** @return measures per crossing and per border sector */
    public FrontierMetrics metrics() {
        return metrics;
    }

    /** @return share of guard-time spent responding to detections so far */
    public double guardUtilisation() {
        return force.utilisation();
    }

    /** @return guards per deployment now, in scenario order */
    public Map<String, Long> guardStrength() {
        return force.strength();
    }

    /** @return guards ordered moved that the giving deployment did not have, by "from->to" */
    public Map<String, Long> reallocationShortfalls() {
        return force.shortfalls();
    }

    /** @return wall-clock time per phase */
    public PhaseTimer timer() {
        return timer;
    }
}
