package org.firebreak.core.terrain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LineOfSightTest {
    private final Terrain ridge = new SyntheticTerrain(); // ridge crest 1,500 m at x = 115 km

    @Test
    void theRidgeHidesOneSideFromTheOther() {
        // 60 km west and 170 km east of origin: both low (about 50 and 200 m), the crest between them
        assertThat(LineOfSight.clear(ridge, 60_000, 50_000, 2, 170_000, 50_000, 2, 500)).isFalse();
    }

    @Test
    void pointsOnTheSameSlopeSeeEachOther() {
        // along the ridge (constant x) the ground is level: always visible
        assertThat(LineOfSight.clear(ridge, 100_000, 10_000, 2, 100_000, 110_000, 2, 500)).isTrue();
        // from the crest down the flank: the rounded crest hides the lower flank; a tall mast sees over it
        assertThat(LineOfSight.clear(ridge, 115_000, 50_000, 2, 150_000, 50_000, 2, 500)).isFalse();
        assertThat(LineOfSight.clear(ridge, 115_000, 50_000, 2000, 150_000, 50_000, 2, 500)).isTrue();
    }

    @Test
    void slopeMatchesTheRidgesAnalyticGradient() {
        // z = 50 + 1450 exp(-u^2), u = (x - 115 km) / 30 km: |dz/dx| = 1450 * 2|u| / 30 km * exp(-u^2)
        for (double x : new double[] {60_000, 95_000, 115_000, 140_000}) {
            double u = (x - 115_000) / 30_000;
            double expected = 1450 * 2 * Math.abs(u) / 30_000 * Math.exp(-u * u);
            assertThat(ridge.slope(x, 40_000, 10)).isCloseTo(expected, org.assertj.core.api.Assertions.within(1e-6));
        }
    }

    @Test
    void visibilityIsSymmetric() {
        for (double x2 : new double[] {70_000, 95_000, 130_000, 160_000}) {
            assertThat(LineOfSight.clear(ridge, 80_000, 20_000, 2, x2, 90_000, 2, 250))
                    .isEqualTo(LineOfSight.clear(ridge, x2, 90_000, 2, 80_000, 20_000, 2, 250));
        }
    }
}
