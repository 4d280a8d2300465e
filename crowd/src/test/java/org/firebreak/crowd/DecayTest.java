package org.firebreak.crowd;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The table exponential agrees with StrictMath.exp to its stated relative error, 3e-10. */
class DecayTest {
    @Test
    void matchesTheExponentialOverTheWholeRange() {
        for (double b : new double[] {0.01, 0.08, 0.3, 2}) {
            double max = 5.5;
            Decay decay = new Decay(b, max);
            double worst = 0;
            for (int k = 0; k <= 200_000; k++) {
                double d = max * k / 200_000;
                double exact = StrictMath.exp(-d / b);
                if (exact > 0) {
                    worst = Math.max(worst, Math.abs(decay.at(d) / exact - 1));
                }
            }
            assertThat(worst).as("B = %s", b).isLessThan(3e-10);
            assertThat(decay.at(0)).isEqualTo(1.0);
        }
    }
}
