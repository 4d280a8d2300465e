package org.firebreak.crowd;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The model's exponential agrees with StrictMath.exp to far better than the forces need. */
class FastExpTest {
    @Test
    void agreesWithStrictMath() {
        SplittableRandom r = new SplittableRandom(1);
        for (int i = 0; i < 100_000; i++) {
            double x = -700 + 1400 * r.nextDouble();
            double e = StrictMath.exp(x);
            assertThat(Math.abs(FastExp.exp(x) - e)).isLessThanOrEqualTo(1e-11 * e);
        }
        assertThat(FastExp.exp(0)).isEqualTo(1.0);
        assertThat(FastExp.exp(-800)).isZero();
    }
}
