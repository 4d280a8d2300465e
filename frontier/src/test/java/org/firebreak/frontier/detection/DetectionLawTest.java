package org.firebreak.frontier.detection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.firebreak.core.param.ParameterSpec;
import org.junit.jupiter.api.Test;

/** The two laws of search theory, against their formulas worked by hand. */
class DetectionLawTest {
    @Test
    void cookieCutterIsCertainWithinRangeAndImpossibleBeyond() {
        CookieCutterLaw law = new CookieCutterLaw(2_000);
        for (double dt : new double[] {0, 1, 60, 3_600}) {
            for (double d : new double[] {0, 1, 1_999.999, 2_000}) {
                assertThat(law.probability(d, dt)).as("d = %s, dt = %s", d, dt).isEqualTo(1.0);
            }
            for (double d : new double[] {2_000.001, 2_500, 1e6}) {
                assertThat(law.probability(d, dt)).as("d = %s, dt = %s", d, dt).isEqualTo(0.0);
            }
        }
        assertThat(law.maxRangeM()).isEqualTo(2_000);
    }

    @Test
    void cookieCutterOfRangeZeroDetectsNobody() {
        assertThat(new CookieCutterLaw(0).probability(0, 60)).isZero();
        assertThat(new CookieCutterLaw(0).maxRangeM()).isZero();
    }

    @Test
    void exponentialWithoutDecayIsOneMinusExpOfRateTimesStep() {
        // 30 per hour for 60 s: lambda dt = 0.5, 1 - e^-0.5 = 0.3934693402873666
        ExponentialLaw law = new ExponentialLaw(3_000, 30, 0);
        assertThat(law.probability(0, 60)).isCloseTo(0.3934693402873666, within(1e-15));
        assertThat(law.probability(2_999, 60)).isCloseTo(0.3934693402873666, within(1e-15));
        assertThat(law.probability(3_000.5, 60)).isZero();
        // 6 per hour for a minute: 1 - e^-0.1 = 0.09516258196404048, the "10% per minute" of the default
        assertThat(new ExponentialLaw(2_000, 6, 0).probability(100, 60)).isCloseTo(0.09516258196404048, within(1e-15));
    }

    @Test
    void exponentialRateFallsWithDistance() {
        // lambda(d) = 30/h * exp(-0.5/km * 0.8 km) = 30 e^-0.4 = 20.10960138 per hour;
        // over 60 s: lambda dt = 0.3351600230, p = 1 - e^-0.33516 = 0.2847764
        ExponentialLaw law = new ExponentialLaw(3_000, 30, 0.5);
        assertThat(law.ratePerHour(800)).isCloseTo(20.10960138, within(1e-8));
        assertThat(law.probability(800, 60)).isCloseTo(1 - Math.exp(-30 * Math.exp(-0.4) * 60 / 3600), within(1e-15))
                .isCloseTo(0.2847764, within(1e-7));
        // 1/km halves the rate every ln 2 km = 693.1 m
        ExponentialLaw halving = new ExponentialLaw(5_000, 10, 1);
        assertThat(halving.ratePerHour(Math.log(2) * 1000)).isCloseTo(5, within(1e-12));
    }

    @Test
    void stepsComposeToTheirSum() {
        // (1 - p(dt))^n = exp(-lambda n dt) = 1 - p(n dt): the law does not depend on the step length
        ExponentialLaw law = new ExponentialLaw(3_000, 12, 0.3);
        for (double d : new double[] {0, 500, 2_500}) {
            double missAllShort = Math.pow(1 - law.probability(d, 10), 60);
            assertThat(1 - missAllShort).isCloseTo(law.probability(d, 600), within(1e-12));
        }
    }

    @Test
    void exponentialWithoutRateHasNoRange() {
        assertThat(new ExponentialLaw(2_000, 0, 0).maxRangeM()).isZero();
        assertThat(new ExponentialLaw(2_000, 0, 0).probability(10, 60)).isZero();
    }

    @Test
    void parametersAreRangeChecked() {
        assertThatThrownBy(() -> new ExponentialLaw(2_000, Double.NaN, 0)).hasMessage(
                "rate_per_hour = NaN is out of range; expected a number in [0, 3600] 1/h");
        assertThatThrownBy(() -> new CookieCutterLaw(-1)).hasMessage(
                "range_m = -1 is out of range; expected a number in [0, 50000] m");
    }

    @Test
    void aNewLawIsOneClassAndOneLine() {
        DetectionLaws laws = new DetectionLaws();
        ParameterSpec reach = new ParameterSpec("reach_m", "m", 0, 100, 10, "test reach");
        laws.register(new DetectionLawDefinition("detection.test-half", "half a chance within reach",
                List.of(reach), p -> new HalfLaw(p.get(reach))));
        assertThat(laws.ids()).containsExactly("detection.exponential", "detection.cookie-cutter",
                "detection.test-half");
        assertThatThrownBy(() -> laws.register(DetectionLaws.EXPONENTIAL))
                .hasMessageContaining("already registered");
        ParameterSpec clash = new ParameterSpec("night_rate_factor", "", 0, 1, 1, "clashes with a modifier");
        assertThatThrownBy(() -> laws.register(new DetectionLawDefinition("detection.clash", "x", List.of(clash),
                p -> new HalfLaw(1)))).hasMessageContaining("parameter key 'night_rate_factor' is taken");
        assertThatThrownBy(() -> new DetectionLawDefinition("Detection.Bad", "x", List.of(), p -> new HalfLaw(1)))
                .hasMessageContaining("expected lower-case words");
    }

    /** A law for the registry test: one chance in two within reach. */
    private record HalfLaw(double reach) implements DetectionLaw {
        @Override
        public double maxRangeM() {
            return reach;
        }

        @Override
        public double probability(double distanceM, double dtSeconds) {
            return distanceM <= reach ? 0.5 : 0;
        }
    }
}
