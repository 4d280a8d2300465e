package org.firebreak.frontier.engine;

import ec.util.MersenneTwisterFast;
import org.firebreak.frontier.scenario.GroupSize;
import org.firebreak.frontier.scenario.SourceSpec;

/**
 * Turns a source's constant outflow into whole groups: by the end of each step, as many
 * people have appeared as the elapsed share of [start, end] calls for (rounded down), in
 * groups drawn from the source's group-size distribution; the last group is cut to make the
 * total exact.
 */
final class SourceEmitter implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    private static final int MAX_REDRAWS = 1000;

    private final SourceSpec spec;
    private final MersenneTwisterFast random;
    private int emitted;
    private int nextSize;

    SourceEmitter(SourceSpec spec, MersenneTwisterFast random) {
        this.spec = spec;
        this.random = random;
    }

    SourceSpec spec() {
        return spec;
    }

    MersenneTwisterFast random() {
        return random;
    }

    /**
     * @param timeSeconds simulated seconds at the end of the step
     * @return the size of the next group due by then, or 0 when none is due
     */
    int nextGroupDue(double timeSeconds) {
        if (emitted >= spec.people()) {
            return 0;
        }
        int target = target(timeSeconds);
        if (nextSize == 0) {
            nextSize = Math.min(drawGroupSize(), spec.people() - emitted);
        }
        if (emitted + nextSize > target) {
            return 0;
        }
        int size = nextSize;
        emitted += size;
        nextSize = 0;
        return size;
    }

    private int target(double timeSeconds) {
        double start = spec.startHours() * 3600;
        double end = spec.endHours() * 3600;
        if (timeSeconds < start) {
            return 0;
        }
        if (timeSeconds >= end) {
            return spec.people();
        }
        if (!spec.outflow().isEmpty()) {
            return (int) Math.min(spec.people(), Math.floor(SourceSpec.integral(spec.outflow(), timeSeconds / 3600.0)));
        }
        return (int) Math.floor(spec.people() * (timeSeconds - start) / (end - start));
    }

    /** 1 + Poisson(mean − 1), redrawn until it lies in [min, max]. */
    private int drawGroupSize() {
        GroupSize g = spec.groupSize();
        if (g.min() == g.max()) {
            return g.min();
        }
        for (int i = 0; i < MAX_REDRAWS; i++) {
            int size = 1 + poisson(g.mean() - 1);
            if (size >= g.min() && size <= g.max()) {
                return size;
            }
        }
        return (int) Math.round(g.mean());
    }

    /** Knuth's multiplication method below 30, a rounded normal approximation above. */
    private int poisson(double lambda) {
        if (lambda <= 0) {
            return 0;
        }
        if (lambda >= 30) {
            return Math.max(0, (int) Math.round(lambda + Math.sqrt(lambda) * random.nextGaussian()));
        }
        double limit = Math.exp(-lambda);
        double p = random.nextDouble();
        int k = 0;
        while (p > limit) {
            p *= random.nextDouble();
            k++;
        }
        return k;
    }

    /**
     * @param mean mean
     * @param sd standard deviation
     * @param min smallest value
     * @param max largest value
     * @return a normal draw, redrawn until it lies in [min, max]
     */
    static double truncatedNormal(MersenneTwisterFast random, double mean, double sd, double min, double max) {
        if (sd == 0) {
            return Math.max(min, Math.min(max, mean));
        }
        for (int i = 0; i < MAX_REDRAWS; i++) {
            double v = mean + sd * random.nextGaussian();
            if (v >= min && v <= max) {
                return v;
            }
        }
        return Math.max(min, Math.min(max, mean));
    }
}
