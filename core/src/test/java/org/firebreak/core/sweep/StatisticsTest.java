package org.firebreak.core.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class StatisticsTest {
    @Test
    void tQuantilesMatchThePublishedTable() {
        // two-sided 95 % critical values of Student's t (NIST/SEMATECH e-Handbook, table 1.3.6.7.2)
        assertThat(Statistics.t975(1)).isEqualTo(12.706);
        assertThat(Statistics.t975(9)).isEqualTo(2.262);
        assertThat(Statistics.t975(29)).isEqualTo(2.045);
        assertThat(Statistics.t975(40)).isCloseTo(2.021, within(1e-9));
        assertThat(Statistics.t975(100)).isCloseTo(1.984, within(0.001)); // tabulated 1.984
        assertThat(Statistics.t975(1_000_000)).isCloseTo(1.960, within(0.001));
    }

    @Test
    void tenValuesGiveTheTextbookMeanDeviationAndInterval() {
        Statistics s = Statistics.of(new double[] {7, 1, 10, 2, 9, 3, 8, 4, 6, 5});
        // 1..10: mean 5.5, s = sqrt(110/12) = 3.02765, half-width t(0.975, 9) s / sqrt(10)
        assertThat(s.n()).isEqualTo(10);
        assertThat(s.mean()).isEqualTo(5.5);
        assertThat(s.sd()).isCloseTo(Math.sqrt(110.0 / 12), within(1e-12));
        assertThat(s.ciHigh() - s.mean()).isCloseTo(2.262 * 3.0276503540974917 / Math.sqrt(10), within(1e-9));
        assertThat(s.ciLow()).isCloseTo(11 - s.ciHigh(), within(1e-12));
        // R: quantile(1:10, c(.05, .25, .5, .75, .95)) = 1.45 3.25 5.50 7.75 9.55
        assertThat(new double[] {s.q05(), s.q25(), s.median(), s.q75(), s.q95()})
                .containsExactly(new double[] {1.45, 3.25, 5.5, 7.75, 9.55}, within(1e-12));
        assertThat(s.min()).isEqualTo(1);
        assertThat(s.max()).isEqualTo(10);
    }

    @Test
    void oneReplicateHasNoSpreadOrInterval() {
        Statistics s = Statistics.of(new double[] {42});
        assertThat(s.mean()).isEqualTo(42);
        assertThat(s.median()).isEqualTo(42);
        assertThat(s.sd()).isNaN();
        assertThat(s.ciLow()).isNaN();
    }
}
