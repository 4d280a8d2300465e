package org.firebreak.crowd.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClassicDensityTest {
    @Test
    void countsThePersonsInsideOverTheAreaAndAveragesTheirSpeed() {
        // a 0.5 m lattice: the box [1, 3] × [1, 3] holds the 4 × 4 persons at 1.25 .. 2.75
        Crowds.State s = Crowds.square(10, 0.5);
        double[] vx = new double[s.count()];
        for (int i = 0; i < s.count(); i++) {
            vx[i] = s.x()[i] < 2 ? 1.0 : 1.4; // half the persons inside walk at each speed
        }
        ClassicDensity c = new ClassicDensity(List.of(new MeasurementArea("m", Crowds.box(1, 1, 3, 3))), 1);
        c.observe(0, s.count(), s.ids(), s.x(), s.y(), vx, new double[s.count()]);
        assertThat(c.densityBins(0).mean(0)).isCloseTo(16 / 4.0, within(1e-12));
        assertThat(c.speedBins(0).mean(0)).isCloseTo(1.2, within(1e-12));
        assertThat(c.maxDensity(0)).isCloseTo(4.0, within(1e-12));
    }

    @Test
    void averagesOverTheObservationsOfABin() {
        ClassicDensity c = new ClassicDensity(List.of(new MeasurementArea("m", Crowds.box(0, 0, 2, 1))), 1);
        Crowds.State four = Crowds.State.of(List.of(new double[] {0.5, 0.5}, new double[] {1.5, 0.5},
                new double[] {0.2, 0.2}, new double[] {1.2, 0.2}));
        Crowds.State none = Crowds.State.of(List.of(new double[] {5, 5}));
        c.observe(0.0, four.count(), four.ids(), four.x(), four.y(), four.vx(), four.vy());
        c.observe(0.5, none.count(), none.ids(), none.x(), none.y(), none.vx(), none.vy());
        // 2 per m², then 0: a mean of 1 per m²; the speed only from the observation with someone inside
        assertThat(c.densityBins(0).mean(0)).isCloseTo(1.0, within(1e-12));
        assertThat(c.speedBins(0).mean(0)).isZero();
        assertThat(c.speedBins(0).samples(0)).isEqualTo(1);
    }
}
