package org.firebreak.core.sweep;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Runs a sweep's runs on a fixed pool of threads in this process: the fastest choice on one
 * machine. A run that throws is reported as failed and the others go on.
 */
public final class LocalBackend implements SweepBackend {
    private final int workers;

    /** @param workers threads running runs at once, at least 1 */
    public LocalBackend(int workers) {
        if (workers < 1) {
            throw new IllegalArgumentException("--workers: expected at least 1, got " + workers);
        }
        this.workers = workers;
    }

    @Override
    public void execute(List<SweepRun> runs, SweepTask task, Path runsDirectory, Consumer<SweepOutcome> results)
            throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "sweep-worker");
            t.setDaemon(true);
            return t;
        });
        try {
            Object lock = new Object();
            List<Future<?>> pending = runs.stream().<Future<?>>map(run -> pool.submit(() -> {
                SweepOutcome o;
                try {
                    o = new SweepOutcome(run, task.run(run, runsDirectory), null);
                } catch (Exception | LinkageError | AssertionError e) {
                    o = SweepOutcome.failed(run, e);
                }
                synchronized (lock) {
                    results.accept(o);
                }
            })).toList();
            for (Future<?> f : pending) {
                try {
                    f.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    throw new IllegalStateException("a sweep worker failed outside its run", e.getCause());
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Override
    public String describe() {
        return "local(" + workers + ")";
    }
}
