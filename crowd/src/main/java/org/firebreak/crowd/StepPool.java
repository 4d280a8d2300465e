package org.firebreak.crowd;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

/**
 * Runs a task over [0, n) in contiguous, equal ranges, one per thread (the calling thread takes
 * the first), and waits for all. Tasks must write only their own range, so the result does not
 * depend on the number of threads.
 *
 * <p>A crowd step runs four such phases of a few milliseconds each. Handing them to an executor
 * cost more than the second thread gained (measured: a 250 µs loop took 400 µs on two threads),
 * since a thread that has gone to sleep takes long to wake, most of all on a virtual machine
 * whose idle core halts. So the workers here wait for the next phase by spinning for up to
 * {@link #SPIN_NANOS}, and only then park; the caller waits for them the same way. Between
 * phases that follow each other closely no thread sleeps; a pool left idle costs nothing after
 * that half millisecond. One caller at a time.
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

    /** How long a waiting thread spins before it parks, ns. */
    static final long SPIN_NANOS = 500_000;

    private final int threads;
    private final Worker[] workers;
    /** Bumped for every task handed out; the workers wait for it to change. */
    private volatile int generation;
    private volatile RangeTask task;
    private volatile int size;
    private volatile boolean closed;
    /** Workers still running the present task. */
    private final AtomicInteger pending = new AtomicInteger();
    /** The caller while it is parked, waiting for the workers. */
    private volatile Thread waiting;
    private final AtomicReference<Throwable> failure = new AtomicReference<>();

    StepPool(int threads) {
        this.threads = threads;
        workers = new Worker[threads - 1];
        for (int w = 0; w < workers.length; w++) {
            workers[w] = new Worker(w + 1);
        }
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

    void run(int n, RangeTask t) {
        if (parts(n) == 1) {
            t.run(0, n);
            return;
        }
        if (closed) {
            throw new IllegalStateException("the crowd's thread pool is closed");
        }
        task = t;
        size = n;
        pending.set(workers.length);
        generation++;
        for (Worker w : workers) {
            if (w.parked) {
                LockSupport.unpark(w.thread);
            }
        }
        Throwable mine = null;
        try {
            t.run(0, from(n, 1));
        } catch (RuntimeException | Error e) {
            mine = e;
        }
        awaitWorkers();
        task = null;
        Throwable theirs = failure.getAndSet(null);
        Throwable first = mine != null ? mine : theirs;
        if (first instanceof RuntimeException r) {
            throw r;
        } else if (first instanceof Error e) {
            throw e;
        } else if (first != null) {
            throw new IllegalStateException("the crowd step failed", first);
        }
    }

    private void awaitWorkers() {
        long start = System.nanoTime();
        for (int spins = 0; pending.get() != 0; spins++) {
            if ((spins & 63) != 0 || System.nanoTime() - start < SPIN_NANOS) {
                Thread.onSpinWait();
                continue;
            }
            waiting = Thread.currentThread();
            if (pending.get() != 0) {
                LockSupport.parkNanos(this, 1_000_000);
            }
            waiting = null;
        }
    }

    @Override
    public void close() {
        closed = true;
        for (Worker w : workers) {
            LockSupport.unpark(w.thread);
        }
    }

    /** One worker thread, taking range {@code part} of every task. */
    private final class Worker implements Runnable {
        final int part;
        final Thread thread;
        volatile boolean parked;

        Worker(int part) {
            this.part = part;
            thread = new Thread(this, "firebreak-crowd-" + part);
            thread.setDaemon(true);
            thread.start();
        }

        @Override
        public void run() {
            int seen = 0;
            while (true) {
                long start = System.nanoTime();
                for (int spins = 0; generation == seen && !closed; spins++) {
                    if ((spins & 63) != 0 || System.nanoTime() - start < SPIN_NANOS) {
                        Thread.onSpinWait();
                        continue;
                    }
                    parked = true;
                    if (generation == seen && !closed) {
                        LockSupport.park(this);
                    }
                    parked = false;
                }
                if (closed) {
                    return;
                }
                seen = generation;
                int n = size;
                try {
                    task.run(from(n, part), from(n, part + 1));
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                }
                if (pending.decrementAndGet() == 0) {
                    Thread c = waiting;
                    if (c != null) {
                        LockSupport.unpark(c);
                    }
                }
            }
        }
    }
}
