package org.firebreak.examples.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.firebreak.core.run.ProgressListener;

/**
 * Progress on stderr: one line redrawn in place on a terminal, or a plain line every tenth
 * of the run when stderr is a file or a pipe. Silent when quiet.
 */
final class Progress implements ProgressListener {
    private static final long REDRAW_NANOS = 200_000_000L;

    private final PrintWriter err;
    private final boolean terminal;
    private final boolean quiet;
    private final long startNanos = System.nanoTime();
    private long lastDraw;
    private long nextTenth = 1;
    private boolean drawn;
    private final boolean seconds;

    Progress(PrintWriter err, boolean terminal, boolean quiet) {
        this(err, terminal, quiet, false);
    }

    /** @param seconds whether to show simulated time in seconds (crowd runs) rather than hours */
    Progress(PrintWriter err, boolean terminal, boolean quiet, boolean seconds) {
        this.err = err;
        this.terminal = terminal;
        this.quiet = quiet;
        this.seconds = seconds;
    }

    @Override
    public void progress(long step, long totalSteps, double simulatedSeconds) {
        if (quiet) {
            return;
        }
        long now = System.nanoTime();
        boolean last = step == totalSteps;
        if (terminal) {
            if (now - lastDraw >= REDRAW_NANOS || last) {
                lastDraw = now;
                err.print("\r" + line(step, totalSteps, simulatedSeconds, now) + (last ? "\n" : ""));
                err.flush();
                drawn = !last;
            }
        } else if (step * 10 >= nextTenth * totalSteps) {
            while (step * 10 >= nextTenth * totalSteps) {
                nextTenth++;
            }
            err.println(line(step, totalSteps, simulatedSeconds, now));
            err.flush();
        }
    }

    /** Ends a line left open on a terminal, so the next output starts on its own line. */
    void finish() {
        if (drawn) {
            err.println();
            err.flush();
            drawn = false;
        }
    }

    private String line(long step, long totalSteps, double simulatedSeconds, long now) {
        double wall = Math.max((now - startNanos) / 1e9, 1e-9);
        double total = totalSteps == 0 ? 0 : simulatedSeconds * totalSteps / Math.max(step, 1);
        double unit = seconds ? 1 : 3600;
        return String.format(Locale.ROOT, "simulated %6.1f / %.1f %s  step %d/%d  %.0f steps/s  %.0fx real time",
                simulatedSeconds / unit, total / unit, seconds ? "s" : "h", step, totalSteps, step / wall,
                simulatedSeconds / wall);
    }
}
