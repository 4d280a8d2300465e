package org.firebreak.crowd;

import ec.util.MersenneTwisterFast;

/**
 * How long one service (a screening at a gate lane, a stay in a waiting area) takes.
 *
 * @param kind the distribution
 * @param mean mean duration, s
 */
public record ServiceTime(Kind kind, double mean) {
    /** The distribution of durations. */
    public enum Kind {
        /** Every service takes exactly the mean. */
        DETERMINISTIC,
        /** Exponentially distributed durations (an M/M/c service), the memoryless default of queueing theory. */
        EXPONENTIAL
    }

    /** Rejects a missing kind and a mean that is not a positive finite number of seconds. */
    public ServiceTime {
        if (kind == null) {
            throw new IllegalArgumentException("service time needs a kind (DETERMINISTIC or EXPONENTIAL)");
        }
        if (!(mean > 0) || !Double.isFinite(mean)) {
            throw new IllegalArgumentException("service time mean must be a positive number of seconds, was " + mean);
        }
    }

    /**
     * @param mean mean, s
     * @return exponential service times of that mean
     */
    public static ServiceTime exponential(double mean) {
        return new ServiceTime(Kind.EXPONENTIAL, mean);
    }

    /**
     * @param duration every service's duration, s
     * @return deterministic service times
     */
    public static ServiceTime deterministic(double duration) {
        return new ServiceTime(Kind.DETERMINISTIC, duration);
    }

    /**
     * @param random the stream to draw from
     * @return one duration, s
     */
    public double draw(MersenneTwisterFast random) {
        if (kind == Kind.DETERMINISTIC) {
            return mean;
        }
        // 1 - u is in (0, 1], so the log is finite
        return -mean * Math.log(1 - random.nextDouble());
    }
}
