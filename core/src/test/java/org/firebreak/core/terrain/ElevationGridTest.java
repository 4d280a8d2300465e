package org.firebreak.core.terrain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ElevationGridTest {
    // 3 x 2 cells of 100 m from (1000, 2000); values by row from the south: 0 10 20 / 100 110 120
    private final ElevationGrid grid = new ElevationGrid(new GridGeometry(1000, 2000, 100, 3, 2),
            new float[] {0, 10, 20, 100, 110, 120});

    @Test
    void cellCentresGiveTheirValuesAndPointsBetweenThemInterpolateBilinearly() {
        assertThat(grid.elevation(1050, 2050)).isEqualTo(0);
        assertThat(grid.elevation(1250, 2150)).isEqualTo(120);
        // halfway between the four south-western centres: the mean of 0, 10, 100, 110
        assertThat(grid.elevation(1100, 2100)).isCloseTo(55, within(1e-9));
        // a quarter of the way east and three quarters north from (1050, 2050)
        assertThat(grid.elevation(1075, 2125)).isCloseTo(0.25 * 10 + 0.75 * 100, within(1e-9));
    }

    @Test
    void edgeCellsExtendToTheGridsEdgeAndNothingBeyond() {
        assertThat(grid.elevation(1000, 2000)).isEqualTo(0);
        assertThat(grid.elevation(1300, 2200)).isEqualTo(120);
        assertThat(grid.elevation(999, 2050)).isNaN();
        assertThat(grid.elevation(1050, 2201)).isNaN();
        assertThat(grid.elevation(Double.NaN, 2050)).isNaN();
        assertThat(grid.min()).isEqualTo(0);
        assertThat(grid.max()).isEqualTo(120);
    }

    @Test
    void aHoleIsNeverMistakenForSeaLevel() {
        ElevationGrid holed = new ElevationGrid(new GridGeometry(0, 0, 100, 2, 1), new float[] {Float.NaN, 50});
        assertThat(holed.elevation(100, 50)).isNaN();
        assertThat(holed.elevation(150, 50)).isEqualTo(50);
        assertThat(holed.min()).isEqualTo(50);
    }
}
