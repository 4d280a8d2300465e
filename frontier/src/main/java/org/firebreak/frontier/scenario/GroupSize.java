package org.firebreak.frontier.scenario;

import java.util.List;
import org.firebreak.core.param.ParameterSpec;

/**
 * Distribution of group sizes: 1 + Poisson(mean − 1), redrawn until it lies in [min, max].
 *
 * @param min smallest group
 * @param max largest group
 * @param mean mean of the untruncated distribution
 */
public record GroupSize(int min, int max, double mean) implements java.io.Serializable {
    /** Smallest group. */
    public static final ParameterSpec MIN = new ParameterSpec("min", "persons", 1, 1000, 1, "smallest group");
    /** Largest group. */
    public static final ParameterSpec MAX = new ParameterSpec("max", "persons", 1, 1000, 1, "largest group");
    /** Mean of the untruncated distribution. */
    public static final ParameterSpec MEAN = new ParameterSpec("mean", "persons", 1, 1000, 1,
            "mean of 1 + Poisson(mean - 1) before truncation to [min, max]");
    /** All, in file order. */
    public static final List<ParameterSpec> SPECS = List.of(MIN, MAX, MEAN);

    /** Range-checks and orders the values. */
    public GroupSize {
        MIN.check(min);
        MAX.check(max);
        MEAN.check(mean);
        if (min > max) {
            throw new IllegalArgumentException("min = " + min + " is larger than max = " + max);
        }
        if (mean < min || mean > max) {
            throw new IllegalArgumentException("mean = " + ParameterSpec.format(mean) + " lies outside [min, max] = ["
                    + min + ", " + max + "]");
        }
    }

    /**
     * @param size a fixed size
     * @return a distribution that always gives that size
     */
    public static GroupSize fixed(int size) {
        return new GroupSize(size, size, size);
    }
}
