package org.firebreak.crowd.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;

class ObservationInputTest {
    private static CrowdMeasurement measurement() {
        return new CrowdMeasurement(CrowdMeasureConfig.defaults(new Envelope(0, 10, 0, 10))
                .withAreas(List.of(new MeasurementArea("m", Crowds.box(2, 2, 8, 8))))
                .withLines(List.of(new MeasurementLine("l", 0, 5, 10, 5))));
    }

    @Test
    void nanPositionIsRejectedNamingThePersonAndTheField() {
        CrowdMeasurement m = measurement();
        assertThatThrownBy(() -> m.observe(1.5, 2, new int[] {3, 7}, new double[] {1, Double.NaN},
                new double[] {1, 1}, new double[2], new double[2]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("person 7")
                .hasMessageContaining("x = NaN")
                .hasMessageContaining("time_s = 1.5");
    }

    @Test
    void infiniteVelocityIsRejected() {
        CrowdMeasurement m = measurement();
        assertThatThrownBy(() -> m.observe(0, 1, new int[] {1}, new double[] {1}, new double[] {1},
                new double[] {0}, new double[] {Double.POSITIVE_INFINITY}))
                .hasMessageContaining("vy = Infinity");
    }

    @Test
    void timeMustNotGoBackNorBeNaN() {
        CrowdMeasurement m = measurement();
        m.observe(2, 0, new int[0], new double[0], new double[0], new double[0], new double[0]);
        assertThatThrownBy(() -> m.observe(1, 0, new int[0], new double[0], new double[0], new double[0],
                new double[0])).hasMessageContaining("before the previous observation");
        assertThatThrownBy(() -> m.observe(Double.NaN, 0, new int[0], new double[0], new double[0],
                new double[0], new double[0])).hasMessageContaining("time_s = NaN");
    }

    @Test
    void countBeyondTheArraysIsRejected() {
        assertThatThrownBy(() -> measurement().observe(0, 3, new int[2], new double[2], new double[2],
                new double[2], new double[2])).hasMessageContaining("count = 3");
    }

    @Test
    void aRepeatedIdIsRejected() {
        assertThatThrownBy(() -> measurement().observe(0, 2, new int[] {4, 4}, new double[] {1, 2},
                new double[] {1, 2}, new double[2], new double[2])).hasMessageContaining("person id 4 appears twice");
    }

    @Test
    void arraysLongerThanCountAreReadOnlyUpToCount() {
        CrowdMeasurement m = measurement();
        // the tail holds garbage the observer must not read
        m.observe(0, 1, new int[] {1, 1}, new double[] {5, Double.NaN}, new double[] {5, Double.NaN},
                new double[2], new double[2]);
        assertThat(m.exposure().persons()).isEqualTo(1);
    }

    @Test
    void anEmptyCrowdMeasuresZeroDensity() {
        CrowdMeasurement m = measurement();
        m.observe(0, 0, new int[0], new double[0], new double[0], new double[0], new double[0]);
        assertThat(m.voronoi().density(0)).isZero();
        assertThat(m.voronoi().speed(0)).isNaN();
        assertThat(m.summary().maxGridDensity()).isZero();
    }

    @Test
    void configurationValuesAreRangeChecked() {
        Envelope box = new Envelope(0, 10, 0, 10);
        assertThatThrownBy(() -> CrowdMeasureConfig.defaults(box).withCellSize(Double.NaN))
                .hasMessageContaining("cell_size = NaN").hasMessageContaining("m");
        assertThatThrownBy(() -> CrowdMeasureConfig.defaults(box).withVoronoi(0.5, 0, false))
                .hasMessageContaining("voronoi_max_radius");
        assertThatThrownBy(() -> CrowdMeasureConfig.defaults(box).withExposureThresholds(6, 4))
                .hasMessageContaining("strictly increasing");
        assertThatThrownBy(() -> CrowdMeasureConfig.defaults(new Envelope(0, 0, 0, 10)))
                .hasMessageContaining("grid_bounds");
        assertThatThrownBy(() -> new MeasurementLine("l", 1, 1, 1, 1)).hasMessageContaining("coincide");
        assertThatThrownBy(() -> CrowdMeasureConfig.defaults(box)
                .withLines(List.of(new MeasurementLine("l", 0, 0, 1, 0), new MeasurementLine("l", 0, 1, 1, 1))))
                .hasMessageContaining("used twice");
    }
}
