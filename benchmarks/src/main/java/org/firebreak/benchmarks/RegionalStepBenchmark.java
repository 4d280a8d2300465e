package org.firebreak.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.firebreak.core.scenario.ScenarioException;
import org.firebreak.core.terrain.Terrain;
import org.firebreak.data.BundledScenarios;
import org.firebreak.frontier.agent.kind.AgentState;
import org.firebreak.frontier.agent.kind.AgentType;
import org.firebreak.frontier.behaviour.BehaviourRegistry;
import org.firebreak.frontier.behaviour.defaults.DefaultBehaviours;
import org.firebreak.frontier.engine.FrontierModel;
import org.firebreak.frontier.engine.Phase;
import org.firebreak.frontier.scenario.GuardDeployment;
import org.firebreak.frontier.scenario.Scenario;
import org.firebreak.frontier.scenario.ScenarioLoader;
import org.firebreak.frontier.scenario.SourceSpec;
import org.firebreak.frontier.scenario.TimeSettings;
import org.firebreak.geo.FrontierDataset;
import org.firebreak.geo.GeoTerrains;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The regional engine at scale: the bundled {@code collapse-passive} scenario with every source
 * emitting at once, scaled to {@value #REFUGEES} refugees, {@value #FIGHTERS} fighters and
 * {@value #GUARDS} guards, at one-minute steps on the bundled frontier terrain. Refugees hop
 * between towns by FLEE's rules and fighters head for Basra and Kut, tens of hours away, so
 * over a trial nearly everyone is still on the way.
 *
 * <p>The model is built and every agent placed in the trial's setup (the first step emits
 * and routes everyone; a few more settle the JIT); each invocation then runs {@value #STEPS}
 * steps. One operation is one agent-step: every agent is alive and stepped at every step (the
 * teardown reports how many became terminal, which should stay a small share), so the score
 * is agent-steps per second.
 *
 * <pre>java -jar benchmarks/target/benchmarks.jar RegionalStepBenchmark -f 1 -wi 2 -i 5 [-p threads=2]</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgs = {"-Xms2g", "-Xmx2g"})
public class RegionalStepBenchmark {
    /** Refugees in the scenario. */
    public static final int REFUGEES = 1_000_000;
    /** Fighters in the scenario. */
    public static final int FIGHTERS = 5_000;
    /** Guards in the scenario. */
    public static final int GUARDS = 10_000;
    /** Every agent. */
    public static final int AGENTS = REFUGEES + FIGHTERS + GUARDS;
    /** Steps per invocation. */
    public static final int STEPS = 10;
    /** Steps run in the setup: the first emits and routes everyone. */
    public static final int SETUP_STEPS = 3;

    /** Threads that move the agents (results do not depend on it). */
    @Param({"1", "2"})
    public int threads;

    private FrontierModel model;
    private long stepsAtStart;
    private long iterationSteps;
    private long iterationWallNanos;
    private long iterationCpuNanos;

    /** Builds the model and puts every agent in place. */
    @Setup(Level.Trial)
    public void setUp() throws ScenarioException {
        Terrain terrain = FrontierDataset.load();
        BehaviourRegistry registry = DefaultBehaviours.registry();
        model = new FrontierModel(collapseScenario(registry, terrain), terrain, registry).moveThreads(threads);
        model.start();
        long t0 = System.nanoTime();
        model.runSteps(SETUP_STEPS);
        long alive = model.agents().stream().filter(a -> !a.state().terminal()).count();
        if (model.agents().size() != AGENTS || alive != AGENTS) {
            throw new IllegalStateException("expected " + AGENTS + " agents alive after the setup, have "
                    + model.agents().size() + " of which " + alive + " alive");
        }
        stepsAtStart = model.steps();
        // no System.gc() before measuring: a full collection rearranges the agents in memory, and
        // the move phase, bound by memory access, ran twice as slow after one
        System.out.printf("%nsetup: %d agents in %d groups, %d steps in %.1f s; states %s%n",
                model.agents().size(), model.groups().size(), model.steps(), (System.nanoTime() - t0) / 1e9,
                states());
    }

    /** Notes the clocks at the start of an iteration. */
    @Setup(Level.Iteration)
    public void startIteration() {
        iterationSteps = model.steps();
        iterationCpuNanos = processCpuNanos();
        iterationWallNanos = System.nanoTime();
    }

    /**
     * Reports the iteration's throughput per second of wall-clock time and per second of the
     * process's CPU time, with the system's load average: the machine may be shared, and the
     * second figure is the one to compare between runs when the load differs.
     */
    @TearDown(Level.Iteration)
    public void endIteration() {
        double wall = (System.nanoTime() - iterationWallNanos) / 1e9;
        double cpu = (processCpuNanos() - iterationCpuNanos) / 1e9;
        double agentSteps = (double) AGENTS * (model.steps() - iterationSteps);
        System.out.printf(" [%d steps: %.3g agent-steps/s wall, %.3g per CPU-s (%.2f cores busy); load average %.2f] ",
                model.steps() - iterationSteps, agentSteps / wall, agentSteps / cpu, cpu / wall,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return -1;
    }

    /**
     * Runs {@value #STEPS} steps.
     *
     * @return steps completed, so the work cannot be dropped
     */
    @Benchmark
    @OperationsPerInvocation(AGENTS * STEPS)
    public long step() {
        model.runSteps(STEPS);
        return model.steps();
    }

    /** Reports how far the model went, what the agents are doing and where the time went. */
    @TearDown(Level.Trial)
    public void tearDown() {
        long steps = model.steps() - stepsAtStart;
        System.out.printf("%nafter %d measured steps (%.1f simulated hours in all): live heap %d MB; states %s%n",
                steps, model.elapsedSeconds() / 3600, usedHeapMb(), states());
        StringBuilder phases = new StringBuilder("phase wall-clock (whole trial, s):");
        for (Phase p : Phase.values()) {
            phases.append(String.format(" %s %.2f", p.name().toLowerCase(java.util.Locale.ROOT),
                    model.timer().nanos(p) / 1e9));
        }
        System.out.println(phases);
        model.finish();
        model = null;
    }

    /**
     * The bundled {@code collapse-passive} scenario scaled: every source emitting at once, its
     * refugees scaled to {@value #REFUGEES} and its fighters to {@value #FIGHTERS}, and every
     * guard deployment scaled so the force totals {@value #GUARDS}, with the scenario's own
     * behaviours (FLEE's rules for refugees, night movement for fighters), detection law and
     * crossings.
     *
     * @param registry behaviours
     * @param terrain the bundled frontier terrain
     * @return the scenario
     * @throws ScenarioException if the bundled scenario does not load
     */
    public static Scenario collapseScenario(BehaviourRegistry registry, Terrain terrain) throws ScenarioException {
        String name = "collapse-passive";
        Scenario base = new ScenarioLoader(registry, GeoTerrains.catalog()).load(name, BundledScenarios.read(name));
        long baseRefugees = base.sources().stream().filter(s -> s.type() == AgentType.REFUGEE)
                .mapToLong(SourceSpec::people).sum();
        long baseFighters = base.sources().stream().filter(s -> s.type() == AgentType.FIGHTER)
                .mapToLong(SourceSpec::people).sum();
        List<SourceSpec> sources = new ArrayList<>();
        int refugeesLeft = REFUGEES;
        int fightersLeft = FIGHTERS;
        long refugeesSeen = 0;
        long fightersSeen = 0;
        for (SourceSpec s : base.sources()) {
            // largest-remainder split, so the totals are exact
            int people;
            if (s.type() == AgentType.REFUGEE) {
                refugeesSeen += s.people();
                people = refugeesLeft - (int) (REFUGEES * (baseRefugees - refugeesSeen) / baseRefugees);
                refugeesLeft -= people;
            } else {
                fightersSeen += s.people();
                people = fightersLeft - (int) (FIGHTERS * (baseFighters - fightersSeen) / baseFighters);
                fightersLeft -= people;
            }
            sources.add(new SourceSpec(s.id(), s.type(), s.place(), s.radiusM(), 0, 0, people, s.groupSize(),
                    s.destination(), s.behaviours(), List.of(), s.ageGroups(), s.vehicleShare(), s.area()));
        }
        long baseGuards = base.guards().stream().mapToLong(GuardDeployment::guards).sum();
        List<GuardDeployment> guards = new ArrayList<>();
        int guardsLeft = GUARDS;
        long guardsSeen = 0;
        for (GuardDeployment g : base.guards()) {
            guardsSeen += g.guards();
            int n = guardsLeft - (int) (GUARDS * (baseGuards - guardsSeen) / baseGuards);
            guardsLeft -= n;
            guards.add(new GuardDeployment(g.id(), g.post(), g.patrol(), n, g.teamSize(), g.behaviours()));
        }
        return new Scenario(base.version(), "collapse-" + AGENTS, "benchmark: " + name + " scaled and at once",
                base.seed(), base.terrain(), new TimeSettings(base.time().stepSeconds(), 24 * 365, base.time().start()),
                base.agents(), base.crossings(), sources, guards, List.of(), base.camps());
    }

    private Map<AgentType, Map<AgentState, Long>> states() {
        Map<AgentType, Map<AgentState, Long>> out = new EnumMap<>(AgentType.class);
        for (Map.Entry<AgentType, Map<AgentState, Long>> e : model.counts().entrySet()) {
            Map<AgentState, Long> m = new EnumMap<>(AgentState.class);
            e.getValue().forEach((s, n) -> {
                if (n > 0) {
                    m.put(s, n);
                }
            });
            out.put(e.getKey(), m);
        }
        return out;
    }

    private static long usedHeapMb() {
        System.gc();
        Runtime r = Runtime.getRuntime();
        return (r.totalMemory() - r.freeMemory()) >> 20;
    }
}
