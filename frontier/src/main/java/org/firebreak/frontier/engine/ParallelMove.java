package org.firebreak.frontier.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.firebreak.frontier.agent.Agent;
import org.firebreak.frontier.agent.Group;
import org.firebreak.frontier.agent.OperationalBehaviour;
import org.firebreak.frontier.agent.kind.AgentState;

/**
 * The move phase, on one thread or several, with the results of one.
 *
 * <p>Agents are split into contiguous runs of ids, one per thread. Each thread takes the steps
 * that record no event ({@link Agent#stepWithoutEvents}): such a step reads the agent, its
 * group's route and pace and the terrain, and changes the agent alone. The agents whose step
 * would record an event or queue (a few per step: arrivals at crossings and destinations,
 * informal crossings) are left as they were and then stepped on the calling thread in id
 * order, exactly as a single thread would have, so events come in the same order with the
 * same positions whatever the number of threads.
 *
 * <p>Operational behaviours must therefore be free of side effects beyond the agent they
 * move (the library's are).
 *
 * <p>Members of a group stand together and move at the group's pace, so where the group's
 * operational behaviour is {@linkplain OperationalBehaviour#sameForGroup the same for every
 * member}, a member found at the same position, waypoint and state as the member stepped just
 * before it takes that member's step ({@link Agent#repeatStepOf}) without computing it again.
 */
final class ParallelMove implements AutoCloseable {
    private final int threads;
    private final ExecutorService pool;
    private final int[][] deferred;
    private final int[] deferredCount;

    /** @param threads threads to move agents on, the calling one included */
    ParallelMove(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("agents need at least 1 thread to move on, was " + threads);
        }
        this.threads = threads;
        AtomicInteger n = new AtomicInteger();
        this.pool = threads == 1 ? null : Executors.newFixedThreadPool(threads - 1, r -> {
            Thread t = new Thread(r, "firebreak-move-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.deferred = new int[threads][64];
        this.deferredCount = new int[threads];
    }

    /** @return threads used, the calling one included */
    int threads() {
        return threads;
    }

    /**
     * Steps every agent.
     *
     * @param agents every agent, in id order
     * @param model the run
     */
    void run(List<Agent> agents, FrontierModel model) {
        int n = agents.size();
        List<Future<?>> running = new ArrayList<>(threads - 1);
        for (int part = 1; part < threads; part++) {
            int p = part;
            running.add(pool.submit(() -> moveQuietly(agents, model, p, from(p, n), from(p + 1, n))));
        }
        Throwable failure = null;
        try {
            moveQuietly(agents, model, 0, 0, from(1, n));
        } catch (RuntimeException | Error e) {
            failure = e;
        }
        // wait for every part before anything else happens to the agents
        for (Future<?> f : running) {
            try {
                f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failure = failure != null ? failure : e;
            } catch (ExecutionException e) {
                failure = failure != null ? failure : e.getCause();
            }
        }
        if (failure instanceof RuntimeException r) {
            throw r;
        } else if (failure instanceof Error e) {
            throw e;
        } else if (failure != null) {
            throw new IllegalStateException("agents could not move", failure);
        }
        // parts are runs of ids in order, and each part's list is in id order
        for (int part = 0; part < threads; part++) {
            int[] d = deferred[part];
            for (int i = 0; i < deferredCount[part]; i++) {
                agents.get(d[i]).step(model);
            }
        }
    }

    private int from(int part, int n) {
        return (int) ((long) n * part / threads);
    }

    private void moveQuietly(List<Agent> agents, FrontierModel model, int part, int from, int to) {
        int count = 0;
        int[] d = deferred[part];
        // the agent whose step was last computed, and where it stood before
        Agent stepped = null;
        long x0 = 0;
        long y0 = 0;
        int leg0 = 0;
        AgentState state0 = null;
        boolean taken = false;
        for (int i = from; i < to; i++) {
            Agent a = agents.get(i);
            if (!a.moving()) {
                continue;
            }
            long x = Double.doubleToRawLongBits(a.x());
            long y = Double.doubleToRawLongBits(a.y());
            Group g = a.group();
            boolean twin = stepped != null && stepped.group() == g && x == x0 && y == y0 && a.leg() == leg0
                    && a.state() == state0 && g.operational().sameForGroup();
            if (twin) {
                if (taken) {
                    a.repeatStepOf(stepped, model);
                    continue;
                }
            } else {
                stepped = a;
                x0 = x;
                y0 = y;
                leg0 = a.leg();
                state0 = a.state();
                taken = a.stepWithoutEvents(model);
                if (taken) {
                    continue;
                }
            }
            if (count == d.length) {
                d = Arrays.copyOf(d, 2 * count);
                deferred[part] = d;
            }
            d[count++] = i;
        }
        deferredCount[part] = count;
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}
