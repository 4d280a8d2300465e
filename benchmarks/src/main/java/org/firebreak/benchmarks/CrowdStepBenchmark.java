package org.firebreak.benchmarks;

import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.firebreak.crowd.CrowdGeometry;
import org.firebreak.crowd.CrowdSettings;
import org.firebreak.crowd.CrowdSimulation;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One step of the crowd engine (default social-force model and settings, 0.01 s step) for
 * 10 000 or 100 000 people in a periodic corridor as wide as it is long, everybody walking east.
 * One invocation is one step of everybody; the score is steps per second, and the secondary
 * score {@code personUpdates} counts the people each step actually moved (JMH's auxiliary
 * counters), in person-updates per second, for any number of people.
 *
 * <p>The default model's interaction range is its cut-off, 1.5 m centre to centre. At the
 * {@value #DENSITY} persons/m² chosen here, people at random would have π · 1.5² · 1.41 ≈ 10
 * neighbours within it; the jittered square grid they start on gives 8, and counting during a
 * run gave 8.0 at 0.5 s rising to 8.5 at 3 s as the crowd loses its order. Each person's
 * neighbour list holds those within the cut-off plus a 0.2 m skin, about 10-11 here, rebuilt from
 * the 5 x 5 grid cells of 0.85 m around the person about every fifth step.
 *
 * <pre>java -jar benchmarks/target/benchmarks.jar CrowdStepBenchmark -f 1 -wi 3 -i 5</pre>
 *
 * <p>Its {@link #main} builds a million people and prints the bytes of state per person:
 * <pre>java -cp benchmarks/target/benchmarks.jar org.firebreak.benchmarks.CrowdStepBenchmark</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xms2g", "-Xmx2g"})
public class CrowdStepBenchmark {
    /** Persons per m²: about 10 neighbours within 1.5 m. */
    static final double DENSITY = 1.41;

    /** People in the corridor. */
    @Param({"10000", "100000"})
    public int agents;

    /** Threads stepping them. */
    @Param({"1", "2"})
    public int threads;

    private CrowdSimulation sim;

    /**
     * Steps before measuring: 5 simulated seconds, by which the crowd walks at its steady mean
     * speed (0.83 m/s here) and the neighbour lists are rebuilt at their steady rate (every 6 to 7
     * steps). Earlier, while people still accelerate from standing, lists last longer and a step
     * is cheaper, which made the score drift down from one iteration to the next.
     */
    static final int SETTLE = 500;

    /** Builds the corridor, places everybody and lets the crowd settle. */
    @Setup(Level.Trial)
    public void crowd() {
        sim = build(agents, threads);
        for (int i = 0; i < SETTLE; i++) {
            sim.step();
        }
    }

    /**
     * @param n people
     * @param threads threads to step on
     * @return a periodic square corridor holding n people at {@link #DENSITY}, placed on a
     *     jittered grid
     */
    static CrowdSimulation build(int n, int threads) {
        double side = Math.sqrt(n / DENSITY);
        CrowdGeometry site = CrowdGeometry.builder().wall(-5, 0, side + 5, 0).wall(-5, side, side + 5, side).build();
        CrowdSimulation sim = CrowdSimulation.builder(site).periodicX(side).seed(42).capacity(n)
                .settings(CrowdSettings.defaults().withThreads(threads)).build();
        int per = (int) Math.ceil(Math.sqrt(n));
        double gap = (side - 0.6) / per;
        SplittableRandom r = new SplittableRandom(42);
        for (int i = 0; i < n; i++) {
            double x = (i % per + 0.5) * side / per + 0.1 * (r.nextDouble() - 0.5);
            double y = 0.3 + (i / per + 0.5) * gap + 0.1 * (r.nextDouble() - 0.5);
            sim.place(x, y, List.of(), Double.NaN, Double.NaN);
        }
        return sim;
    }

    /** Stops the worker threads. */
    @TearDown(Level.Trial)
    public void stop() {
        sim.close();
    }

    /** The person-updates done, counted step by step and reported by JMH per second. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Work {
        /** People stepped. */
        public long personUpdates;

        /** Counts from zero in each iteration. */
        @Setup(Level.Iteration)
        public void reset() {
            personUpdates = 0;
        }
    }

    /**
     * Steps everybody once, and counts the people stepped (an earlier version credited a fixed
     * 100 000 person-updates per invocation, so a crowd size that did not divide it was credited
     * with work it did not do, and a million people with none taken).
     *
     * @param work the counter of person-updates
     * @return the count, so the JIT cannot drop the work
     */
    @Benchmark
    public int step(Work work) {
        int n = sim.count();
        sim.step();
        work.personUpdates += n;
        return sim.count();
    }

    /**
     * Builds a million people, takes a step and prints the bytes of per-person state.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        try (CrowdSimulation sim = build(1_000_000, 1)) {
            sim.step();
            System.out.println(String.format(Locale.ROOT, "%d people, %.1f bytes of state per person",
                    sim.count(), sim.stateBytesPerPerson()));
        }
    }
}
