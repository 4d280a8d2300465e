package org.firebreak.benchmarks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.firebreak.flee.FleeDay;
import org.firebreak.flee.FleeInputs;
import org.firebreak.flee.FleeLocation;
import org.firebreak.flee.FleeRoute;
import org.firebreak.flee.FleeRules;
import org.firebreak.flee.FleeSimulation;
import org.firebreak.flee.LocationType;
import org.firebreak.flee.SimPeriod;
import org.firebreak.flee.SpawnRules;
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
 * One simulated day of the FLEE model for a million agents on a graph of 300 locations
 * (30 conflict zones, 240 towns, 30 camps, about 600 routes of 20-400 km), FLEE's default
 * rules. The score is in agent-days per second.
 *
 * <p>Each iteration starts afresh: 20 % of the agents in conflict zones, 40 % in towns and
 * 40 % in camps; over the iteration's days they drift toward the camps, as in a FLEE run.
 *
 * <pre>java -jar benchmarks/target/benchmarks.jar FleeStepBenchmark</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class FleeStepBenchmark {
    /** Agents per run. */
    static final int AGENTS = 1_000_000;

    /** Threads moving agents. */
    @Param({"1", "2"})
    public int threads;

    private FleeInputs inputs;
    private FleeSimulation sim;

    /** Builds the graph once. */
    @Setup(Level.Trial)
    public void graph() {
        SplittableRandom r = new SplittableRandom(2017);
        List<FleeLocation> locations = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            LocationType type = i < 30 ? LocationType.CONFLICT_ZONE : i < 270 ? LocationType.TOWN : LocationType.CAMP;
            String country = i < 285 ? "home" : "abroad";
            int population = type == LocationType.CAMP ? 20_000 + r.nextInt(80_000) : 5_000 + r.nextInt(200_000);
            locations.add(FleeLocation.of("L" + i, country, type, population));
        }
        List<FleeRoute> routes = new ArrayList<>();
        for (int i = 1; i < 300; i++) {
            routes.add(FleeRoute.of("L" + r.nextInt(i), "L" + i, 20 + r.nextInt(380)));
        }
        while (routes.size() < 600) {
            int a = r.nextInt(300);
            int b = r.nextInt(300);
            if (a != b) {
                routes.add(FleeRoute.of("L" + a, "L" + b, 20 + r.nextInt(380)));
            }
        }
        inputs = new FleeInputs(locations, routes, List.of(), Optional.empty(),
                new SimPeriod(LocalDate.of(2030, 1, 1), 1_000_000), Optional.empty(), FleeRules.defaults(),
                new SpawnRules(SpawnRules.Mode.CONFLICT_CONSTANT, 0, false, true), false, "");
    }

    /** A fresh population for every iteration. */
    @Setup(Level.Iteration)
    public void population() {
        sim = new FleeSimulation(inputs, 1, threads);
        place(0, 30, AGENTS / 5);
        place(30, 270, AGENTS * 2 / 5);
        place(270, 300, AGENTS - AGENTS / 5 - AGENTS * 2 / 5);
    }

    private void place(int from, int to, int agents) {
        int per = agents / (to - from);
        for (int i = from; i < to; i++) {
            sim.addAgents("L" + i, i == to - 1 ? agents - per * (to - from - 1) : per);
        }
    }

    /** Stops the worker threads. */
    @TearDown(Level.Iteration)
    public void stop() {
        sim.close();
    }

    /** @return the day, so the JIT cannot drop the work */
    @Benchmark
    @OperationsPerInvocation(AGENTS)
    public FleeDay day() {
        return sim.step();
    }
}
