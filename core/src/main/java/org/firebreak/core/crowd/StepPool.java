package org.firebreak.core.crowd;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs a task over [0, n) in contiguous, equal ranges, one per thread (the calling thread takes
 * the first), and waits for all. Tasks must write only their own range, so the result does not
 * depend on the number of threads.
 */
final class StepPool implements AutoCloseable {
    /** Work on one range. */
    interface RangeTask {
        /**
         * @param from first index
         * @param to end index (exclusive)
         */
        void run(int from, int to);
    }

    private final int threads;
    private final ExecutorService pool;

    StepPool(int threads) {
        this.threads = threads;
        AtomicInteger n = new AtomicInteger();
        this.pool = threads == 1 ? null : Executors.newFixedThreadPool(threads - 1, r -> {
            Thread t = new Thread(r, "firebreak-crowd-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** @return how many ranges {@link #run} splits n people into */
    int parts(int n) {
        return threads == 1 || n < 2 * threads ? 1 : threads;
    }

    /**
     * @param n people
     * @param part a range, below {@link #parts(int)}
     * @return the first index of that range in {@link #run}
     */
    int from(int n, int part) {
        return (int) ((long) n * part / parts(n));
    }

    void run(int n, RangeTask task) {
        if (parts(n) == 1) {
            task.run(0, n);
            return;
        }
        List<Future<?>> running = new ArrayList<>(threads - 1);
        for (int part = 1; part < threads; part++) {
            int from = (int) ((long) n * part / threads);
            int to = (int) ((long) n * (part + 1) / threads);
            running.add(pool.submit(() -> task.run(from, to)));
        }
        Throwable failure = null;
        try {
            task.run(0, (int) ((long) n / threads));
        } catch (RuntimeException | Error e) {
            failure = e;
        }
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
            throw new IllegalStateException("the crowd step failed", failure);
        }
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}
