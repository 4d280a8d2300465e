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

    @Test
    void onACurvedEarthTwoEyesSeeEachOtherToTheSumOfTheirHorizons() {
        // over a smooth sea each 2 m eye sees to sqrt(2 R' h), R' = 6371 km / (1 - 0.13) = 7323.0 km:
        // sqrt(2 * 7,322,989 m * 2 m) = 5412.2 m, so the two see each other up to 10,824 m apart
        Terrain sea = org.firebreak.core.testing.PlainTerrain.of(100_000, 100_000, (x, y) -> 0);
        assertThat(LineOfSight.clearOverCurvedEarth(sea, 1_000, 5_000, 2, 1_000 + 10_500, 5_000, 2, 50)).isTrue();
        assertThat(LineOfSight.clearOverCurvedEarth(sea, 1_000, 5_000, 2, 1_000 + 11_200, 5_000, 2, 50)).isFalse();
        // a flat earth sees on for ever
        assertThat(LineOfSight.clear(sea, 1_000, 5_000, 2, 1_000 + 11_200, 5_000, 2, 50)).isTrue();
        // a 10 m mast raises the limit to 5412 + sqrt(2 R' 10) = 5412 + 12,102 = 17,514 m
        assertThat(LineOfSight.clearOverCurvedEarth(sea, 1_000, 5_000, 10, 1_000 + 17_200, 5_000, 2, 50)).isTrue();
        assertThat(LineOfSight.clearOverCurvedEarth(sea, 1_000, 5_000, 10, 1_000 + 17_900, 5_000, 2, 50)).isFalse();
    }

    @Test
    void curvatureChangesNothingOverAShortSightLine() {
        // over 2 km the bulge is at most 2000^2 / (8 R') = 0.07 m: the same answers as on a flat earth
        for (double x1 : new double[] {95_000, 105_000, 113_000, 117_000, 125_000}) {
            assertThat(LineOfSight.clearOverCurvedEarth(ridge, x1, 50_000, 2, x1 + 2_000, 50_000, 2, 100))
                    .isEqualTo(LineOfSight.clear(ridge, x1, 50_000, 2, x1 + 2_000, 50_000, 2, 100));
        }
    }
}
