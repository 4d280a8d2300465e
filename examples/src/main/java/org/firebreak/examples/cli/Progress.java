package org.firebreak.examples.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.firebreak.core.run.ProgressListener;

/**
 * Progress on stderr: a bar with simulated time, rate and estimated time left, redrawn in place
 * on a terminal, or a plain line every tenth of the run when stderr is a file or a pipe. Runs
 * shorter than a second show nothing; quiet runs show nothing.
 */
final class Progress implements ProgressListener {
    private static final long REDRAW_NANOS = 200_000_000L;
    /** Runs that end sooner print no progress at all. */
    private static final long SILENT_NANOS = 1_000_000_000L;
    private static final int BAR = 24;

    private final PrintWriter err;
    private final boolean terminal;
    private final boolean quiet;
    private final long startNanos = System.nanoTime();
    /** Steps done before this process began: those of the checkpoint a resumed run started from. */
    private long before = -1;
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
        if (before < 0) {
            before = step - 1;
        }
        long now = System.nanoTime();
        boolean last = step == totalSteps;
        if (now - startNanos < SILENT_NANOS && !drawn) {
            return;
        }
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
        return line(step, totalSteps, simulatedSeconds, (now - startNanos) / 1e9);
    }

    /** @return the progress line after {@code wallSeconds} of running */
    String line(long step, long totalSteps, double simulatedSeconds, double wallSeconds) {
        double wall = Math.max(wallSeconds, 1e-9);
        double done = totalSteps == 0 ? 1 : Math.min(1, (double) step / totalSteps);
        // rates over the steps of this process only (a resumed run starts at its checkpoint's step)
        long here = step - Math.max(before, 0);
        double simulatedHere = step == 0 ? 0 : simulatedSeconds * here / step;
        double total = totalSteps == 0 ? 0 : simulatedSeconds * totalSteps / Math.max(step, 1);
        double unit = seconds ? 1 : 3600;
        StringBuilder b = new StringBuilder();
        if (terminal) {
            int full = (int) Math.round(done * BAR);
            b.append('[').append("#".repeat(full)).append(".".repeat(BAR - full)).append("] ");
        }
        b.append(String.format(Locale.ROOT, "%3.0f%%  simulated %.1f / %.1f %s  %.0f steps/s  %.0fx real time  ",
                100 * done, simulatedSeconds / unit, total / unit, seconds ? "s" : "h", here / wall,
                simulatedHere / wall));
        b.append(step >= totalSteps ? "done in " + clock(wall) : "ETA " + clock(here <= 0 ? Double.NaN
                : wall * (totalSteps - step) / here));
        return b.toString();
    }

    /** @return h:mm:ss or m:ss, or "--:--" when unknown */
    static String clock(double seconds) {
        if (!(seconds >= 0) || seconds > 1e7) {
            return "--:--";
        }
        long t = Math.round(seconds);
        return t >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", t / 3600, t / 60 % 60, t % 60)
                : String.format(Locale.ROOT, "%d:%02d", t / 60, t % 60);
    }
}
