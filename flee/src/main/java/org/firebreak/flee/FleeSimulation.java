package org.firebreak.flee;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;
import org.firebreak.core.random.RandomStreams;

/**
 * A FLEE run (Suleimenova, Bell &amp; Groen 2017; Flee 3 rules): agents on a graph of
 * locations and links, one step per day, with FLEE's order within a day: conflicts change,
 * new agents appear, closures take effect, then everybody moves.
 *
 * <p>Agents are kept as arrays and moved in fixed blocks of ids. Each block draws from its
 * own stream, derived from the seed, the day and the block number, and every decision reads
 * the day's state fixed before anybody moves; so the same seed and inputs give the same
 * results whatever the number of threads.
 *
 * <pre>{@code
 * try (FleeSimulation sim = new FleeSimulation(FleeInputs.read(dir), 1L, 2)) {
 *     FleeResult result = sim.run();
 * }
 * }</pre>
 */
public final class FleeSimulation implements AutoCloseable {
    /** Agents per block: each block has its own random stream per day. */
    static final int BLOCK = 8192;

    private final FleeInputs inputs;
    private final long seed;
    private final FleeNetwork net;
    private final FleeAgents agents;
    private final Today today;
    private final RouteTable table;
    private final DayMover mover;
    private final Spawner spawner;
    private final ForkJoinPool pool;
    private final int[] occupancy;
    private final int[] onLink;
    private final List<FleeDay> days = new ArrayList<>();
    private final long initialAgents;
    private int day;

    /**
     * Sets up day 0: camps receive their observed day-0 populations when the spawn rules say
     * so, and then, when spawning follows observations, each camp's capacity is lowered by that
     * population, as FLEE lowers it.
     *
     * @param inputs the inputs
     * @param seed the run's seed
     * @param threads threads to move agents on (1: the calling thread only); results do not depend on it
     */
    public FleeSimulation(FleeInputs inputs, long seed, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        this.inputs = inputs;
        this.seed = seed;
        this.net = new FleeNetwork(inputs.locations(), inputs.routes());
        this.today = new Today(inputs, net);
        this.table = new RouteTable(net, inputs.rules());
        // the longest route on the whole graph bounds every day's routes, since closures only remove links
        table.build(today);
        int slots = table.longest() - 1;
        if (slots > Byte.MAX_VALUE) {
            throw new IllegalArgumentException("a route can pass " + slots + " locations after its first; at most "
                    + Byte.MAX_VALUE + " are kept (lower awareness_level or chain fewer markers)");
        }
        this.agents = new FleeAgents(1024, Math.max(0, slots));
        this.mover = new DayMover(net, agents, today, table, inputs.rules());
        this.spawner = new Spawner(inputs, net, new RandomStreams(seed).stream("flee:spawn"));
        this.pool = threads > 1 ? new ForkJoinPool(threads) : null;
        this.occupancy = new int[net.size];
        this.onLink = new int[net.links];
        long initial = 0;
        if (inputs.spawn().insertDay0() && inputs.observations().isPresent()) {
            Observations obs = inputs.observations().get();
            // FLEE lowers each limited camp's capacity by its day-0 population when spawning from
            // observations (spawning.spawn_daily_displaced, day 0); a capacity lowered below 1
            // means no limit, as any capacity below 1 does
            boolean lower = inputs.spawn().mode() == SpawnRules.Mode.OBSERVATIONS;
            for (int c : net.camps) {
                int n = Math.toIntExact(obs.campOn(net.names[c], 0));
                agents.add(c, n);
                occupancy[c] += n;
                initial += n;
                if (lower && net.capacity[c] > 0) {
                    net.capacity[c] -= n;
                }
            }
        }
        this.initialAgents = initial;
    }

    /** @return whether every day of the period has been simulated */
    public boolean finished() {
        return day >= inputs.period().lengthDays();
    }

    /** @return days simulated so far */
    public int day() {
        return day;
    }

    /**
     * Simulates the next day.
     *
     * @return the state at its end
     * @throws IllegalStateException when the period is over
     */
    public FleeDay step() {
        if (finished()) {
            throw new IllegalStateException("all " + day + " days are simulated");
        }
        today.conflicts(day);
        long spawned = spawner.spawn(day, today.intensity, agents, occupancy);
        today.closures(day);
        today.refresh(occupancy);
        table.build(today);
        move();
        FleeDay record = record(spawned);
        days.add(record);
        day++;
        return record;
    }

    /**
     * Simulates the remaining days.
     *
     * @return the whole run
     */
    public FleeResult run() {
        while (!finished()) {
            step();
        }
        return result();
    }

    /** @return the days simulated so far */
    public FleeResult result() {
        List<String> camps = new ArrayList<>();
        for (int c : net.camps) {
            camps.add(net.names[c]);
        }
        return new FleeResult(camps, days, seed, initialAgents);
    }

    private void move() {
        int n = agents.size;
        int blocks = (n + BLOCK - 1) / BLOCK;
        int[][] counts = new int[blocks][];
        int d = day;
        if (pool == null || blocks < 2) {
            for (int b = 0; b < blocks; b++) {
                counts[b] = moveBlock(d, b, n);
            }
        } else {
            pool.submit(() -> IntStream.range(0, blocks).parallel().forEach(b -> counts[b] = moveBlock(d, b, n)))
                    .join();
        }
        Arrays.fill(occupancy, 0);
        Arrays.fill(onLink, 0);
        for (int[] c : counts) {
            for (int i = 0; i < net.size; i++) {
                occupancy[i] += c[i];
            }
            for (int l = 0; l < net.links; l++) {
                onLink[l] += c[net.size + l];
            }
        }
    }

    private int[] moveBlock(int d, int b, int n) {
        int[] counts = new int[net.size + net.links];
        MersenneTwisterFast rng = new MersenneTwisterFast(RandomStreams.derive(seed, "flee:move:" + d + ":" + b));
        mover.move(b * BLOCK, Math.min(n, (b + 1) * BLOCK), rng, counts);
        return counts;
    }

    private FleeDay record(long spawned) {
        long[] sim = new long[net.camps.length];
        long[] obs = inputs.observations().isPresent() ? new long[net.camps.length] : null;
        long inCamps = 0;
        for (int k = 0; k < net.camps.length; k++) {
            sim[k] = occupancy[net.camps[k]];
            inCamps += sim[k];
            if (obs != null) {
                obs[k] = inputs.observations().get().campOn(net.names[net.camps[k]], day);
            }
        }
        return new FleeDay(day, inputs.period().date(day), sim, obs, agents.size, inCamps, spawner.raw(),
                spawner.debt(), spawned);
    }

    /** @return agents in the simulation */
    public int agentCount() {
        return agents.size;
    }

    /**
     * @param location a location name
     * @return agents at it (not those on their way to or from it)
     */
    public int occupancy(String location) {
        return occupancy[index(location)];
    }

    /**
     * @param from a location name
     * @param to another, joined to it by a route
     * @return agents on their way from one to the other, summed over parallel routes
     */
    public int enRoute(String from, String to) {
        int a = index(from);
        int b = index(to);
        int n = 0;
        for (int l = 0; l < net.links; l++) {
            if (net.from[l] == a && net.to[l] == b) {
                n += onLink[l];
            }
        }
        return n;
    }

    /** @return agents on links, in total */
    public int enRoute() {
        return Arrays.stream(onLink).sum();
    }

    /**
     * Places new agents at a location, as spawning does (for experiments and benchmarks
     * that set their own populations).
     *
     * @param location a location name
     * @param count how many
     */
    public void addAgents(String location, int count) {
        if (count < 0) {
            throw new IllegalArgumentException("negative count " + count);
        }
        int i = index(location);
        agents.add(i, count);
        occupancy[i] += count;
    }

    /**
     * The probability of each route an agent at a location chose among on the last simulated
     * day: for reports and tests.
     *
     * @param location a location name
     * @return the probabilities, in the order of the location's links in routes.csv (and, looking
     *     further ahead, depth-first along them)
     * @throws IllegalStateException before the first day
     */
    public double[] routeProbabilities(String location) {
        if (day == 0) {
            throw new IllegalStateException("no day simulated yet");
        }
        return table.probabilities(index(location));
    }

    private int index(String name) {
        int i = net.index(name);
        if (i < 0) {
            throw new IllegalArgumentException("no location named " + name);
        }
        return i;
    }

    /** Stops the worker threads, if any. */
    @Override
    public void close() {
        if (pool != null) {
            pool.shutdown();
        }
    }
}
