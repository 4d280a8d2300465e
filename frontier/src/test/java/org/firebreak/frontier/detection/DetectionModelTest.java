package org.firebreak.frontier.detection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.lang.management.ManagementFactory;
import java.util.Map;
import org.firebreak.core.param.Parameters;
import org.firebreak.core.terrain.Terrain;
import org.firebreak.core.testing.PlainTerrain;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The model's modifiers, each against its formula worked by hand. */
class DetectionModelTest {
    private static final double DAY = 90;
    private static final double NIGHT = -10;
    private static final Terrain FLAT = PlainTerrain.of(50_000, 50_000, (x, y) -> 100);

    /** A terrain whose elevation must not be read. */
    private static final Terrain UNREADABLE = PlainTerrain.of(50_000, 50_000, (x, y) -> {
        throw new AssertionError("the terrain was read");
    });

    private static DetectionModifiers modifiers(double nightRange, double nightRate, double relief, double groupExponent,
                                                boolean lineOfSight) {
        return new DetectionModifiers(nightRange, nightRate, relief, groupExponent, lineOfSight, 1.6, 1.7, 50);
    }

    private static DetectionModel exponential(double range, double rate, double decay, DetectionModifiers m) {
        return DetectionModel.of(DetectionLaws.EXPONENTIAL, Parameters.of(ExponentialLaw.SPECS, Map.of("range_m", range,
                "rate_per_hour", rate, "decay_per_km", decay)), m);
    }

    private static DetectionModel cookieCutter(double range, DetectionModifiers m) {
        return DetectionModel.of(DetectionLaws.COOKIE_CUTTER, Parameters.of(CookieCutterLaw.SPECS,
                Map.of("range_m", range)), m);
    }

    @Test
    void defaultsAreTheLawOfFormatOne() {
        DetectionModel m = DetectionModel.defaults();
        assertThat(m).isEqualTo(DetectionModel.exponential(2_000, 6));
        assertThat(m.lawId()).isEqualTo("detection.exponential");
        assertThat(m.maxRangeM()).isEqualTo(2_000);
        // 6/h over 60 s within 2 km, whatever the light, the ground or the hour: 1 - e^-0.1
        for (double sun : new double[] {DAY, 0, -3, NIGHT}) {
            assertThat(m.probability(0, 0, 1_500, 0, 1, sun, 60, UNREADABLE)).isEqualTo(1 - Math.exp(-0.1));
            assertThat(m.probability(0, 0, 0, 2_001, 1, sun, 60, UNREADABLE)).isZero();
        }
    }

    @Test
    void beyondRangeIsZeroBeforeTheTerrainIsRead() {
        DetectionModel m = exponential(2_000, 30, 0, modifiers(1, 1, 5, 1, true));
        assertThat(m.probability(0, 0, 1_500, 1_500, 3, DAY, 60, UNREADABLE)).isZero(); // 2121 m away
        assertThat(m.probability(0, 0, 500, 0, 3, DAY, 60, FLAT)).isPositive();
    }

    @Test
    void cookieCutterIsCertainWithinRangeForAGroupOfAnySize() {
        DetectionModel m = cookieCutter(1_000, modifiers(1, 1, 0, 1, false));
        for (int n : new int[] {1, 2, 40}) {
            assertThat(m.probability(10, 10, 10, 1_010, n, DAY, 60, FLAT)).isEqualTo(1.0);
            assertThat(m.probability(10, 10, 10, 1_010.5, n, DAY, 60, FLAT)).isZero();
        }
    }

    @Test
    void aGroupOfNIsDetectedAtNTimesTheRate() {
        DetectionModel m = exponential(3_000, 30, 0, DetectionModifiers.defaults());
        // lambda dt = 30/h * 60 s = 0.5 per person; four people: 1 - e^-2 = 0.8646647167633873
        assertThat(m.probability(0, 0, 1_000, 0, 4, DAY, 60, FLAT)).isCloseTo(0.8646647167633873, within(1e-12));
        // one person: 1 - e^-0.5; the group's chance is that of anyone of four independent people being seen
        double one = m.probability(0, 0, 1_000, 0, 1, DAY, 60, FLAT);
        assertThat(one).isCloseTo(1 - Math.exp(-0.5), within(1e-15));
        assertThat(1 - Math.pow(1 - one, 4)).isCloseTo(0.8646647167633873, within(1e-12));
    }

    @Test
    void aGroupExponentBelowOneMakesGroupsLessConspicuous() {
        // n^0.5 = 2 for four people: 1 - e^-(2 * 0.5) = 1 - e^-1 = 0.6321205588285577
        DetectionModel m = exponential(3_000, 30, 0, modifiers(1, 1, 0, 0.5, false));
        assertThat(m.probability(0, 0, 1_000, 0, 4, DAY, 60, FLAT)).isCloseTo(0.6321205588285577, within(1e-12));
        // exponent 0: a crowd is as visible as one person
        DetectionModel flat = exponential(3_000, 30, 0, modifiers(1, 1, 0, 0, false));
        assertThat(flat.probability(0, 0, 1_000, 0, 50, DAY, 60, FLAT)).isCloseTo(1 - Math.exp(-0.5), within(1e-12));
    }

    @Test
    void nightShortensTheRangeAndSlowsTheRate() {
        // by night: distances count double (factor 0.5), the rate a quarter
        DetectionModel m = exponential(2_000, 30, 0.5, modifiers(0.5, 0.25, 0, 1, false));
        assertThat(m.rangeM(DAY)).isEqualTo(2_000);
        assertThat(m.rangeM(NIGHT)).isEqualTo(1_000);
        assertThat(m.probability(0, 0, 1_200, 0, 1, NIGHT, 60, FLAT)).isZero();
        assertThat(m.probability(0, 0, 1_200, 0, 1, DAY, 60, FLAT)).isPositive();
        // 800 m by night is 1600 m by day: lambda = 30 e^(-0.5 * 1.6) * 0.25 per hour
        double night = 1 - Math.exp(-30 * Math.exp(-0.8) * 0.25 * 60 / 3600);
        assertThat(m.probability(0, 0, 800, 0, 1, NIGHT, 60, FLAT)).isCloseTo(night, within(1e-12));
        double day = 1 - Math.exp(-30 * Math.exp(-0.4) * 60 / 3600);
        assertThat(m.probability(0, 0, 800, 0, 1, DAY, 60, FLAT)).isCloseTo(day, within(1e-12));
    }

    @Test
    void civilTwilightIsHalfWayAtItsMiddle() {
        // the sun at -3.4165 deg is half-way from -0.833 to -6: visibility 0.75, rate factor 0.625
        DetectionModel m = exponential(2_000, 30, 0.5, modifiers(0.5, 0.25, 0, 1, false));
        double sun = (-0.833 - 6) / 2;
        assertThat(m.rangeM(sun)).isCloseTo(1_500, within(1e-9));
        double expected = 1 - Math.exp(-30 * Math.exp(-0.5 * 0.9 / 0.75) * 0.625 * 60 / 3600);
        assertThat(m.probability(0, 0, 0, 900, 1, sun, 60, FLAT)).isCloseTo(expected, within(1e-12));
        // at sunrise and before it, the day's values
        assertThat(m.rangeM(-0.833)).isEqualTo(2_000);
        assertThat(m.rangeM(-6)).isEqualTo(1_000);
    }

    @Test
    void aRidgeBetweenGuardAndGroupHidesIt() {
        // a wall 50 m high for 900 <= x <= 1100, level ground elsewhere
        Terrain ridge = PlainTerrain.of(10_000, 10_000, (x, y) -> x >= 900 && x <= 1_100 ? 150 : 100);
        DetectionModel withSight = exponential(3_000, 30, 0, modifiers(1, 1, 0, 1, true));
        DetectionModel without = exponential(3_000, 30, 0, modifiers(1, 1, 0, 1, false));
        assertThat(withSight.probability(0, 500, 2_000, 500, 1, DAY, 60, ridge)).isZero();
        assertThat(without.probability(0, 500, 2_000, 500, 1, DAY, 60, ridge)).isCloseTo(1 - Math.exp(-0.5),
                within(1e-15));
        // along the ridge, on the same side, nothing is in the way
        assertThat(withSight.probability(0, 500, 0, 2_500, 1, DAY, 60, ridge)).isCloseTo(1 - Math.exp(-0.5),
                within(1e-15));
        // from a tower, eyes 120 m up: the sight line falls from 220 m to 101.7 m over 2 km and passes the
        // wall's far edge (x = 1100) at 220 - 118.3 * 0.55 = 154.9 m, above its 150 m
        DetectionModel tower = exponential(3_000, 30, 0, new DetectionModifiers(1, 1, 0, 1, true, 120, 1.7, 50));
        assertThat(tower.probability(0, 500, 2_000, 500, 1, DAY, 60, ridge)).isPositive();
    }

    @Test
    void steepGroundAtTheTargetGivesCover() {
        // a plane rising 10% eastward: slope 0.1 everywhere; relief_cover 10 leaves e^-1 of the rate
        Terrain tilted = PlainTerrain.of(10_000, 10_000, (x, y) -> 0.1 * x);
        DetectionModel m = exponential(3_000, 30, 0, modifiers(1, 1, 10, 1, false));
        double expected = 1 - Math.exp(-Math.exp(-1) * 0.5);
        assertThat(m.probability(1_000, 1_000, 2_000, 1_000, 1, DAY, 60, tilted)).isCloseTo(expected, within(1e-12));
        assertThat(m.probability(1_000, 1_000, 2_000, 1_000, 1, DAY, 60, FLAT)).isCloseTo(1 - Math.exp(-0.5),
                within(1e-15));
    }

    @Test
    void aFalseArgumentIsRefused() {
        DetectionModel m = DetectionModel.defaults();
        assertThatThrownBy(() -> m.probability(0, 0, 1, 1, 0, DAY, 60, FLAT)).isInstanceOf(
                IllegalArgumentException.class);
        assertThatThrownBy(() -> m.probability(0, 0, 1, 1, 1, DAY, Double.NaN, FLAT)).isInstanceOf(
                IllegalArgumentException.class);
        assertThatThrownBy(() -> m.probability(0, 0, 1, 1, 1, Double.NaN, 60, FLAT)).isInstanceOf(
                IllegalArgumentException.class);
    }

    @Test
    void daylightFollowsTheAlmanacsThresholds() {
        assertThat(Daylight.of(30)).isEqualTo(Daylight.DAY);
        assertThat(Daylight.of(-0.5)).isEqualTo(Daylight.DAY);
        assertThat(Daylight.of(-0.833)).isEqualTo(Daylight.CIVIL_TWILIGHT);
        assertThat(Daylight.of(-5.9)).isEqualTo(Daylight.CIVIL_TWILIGHT);
        assertThat(Daylight.of(-6)).isEqualTo(Daylight.NIGHT);
        assertThat(Daylight.of(-40)).isEqualTo(Daylight.NIGHT);
        assertThat(Daylight.nightWeight(10)).isZero();
        assertThat(Daylight.nightWeight(-7)).isEqualTo(1.0);
    }

    @Test
    void aCallAllocatesNothing() {
        java.lang.management.ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        Assumptions.assumeTrue(bean instanceof com.sun.management.ThreadMXBean);
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) bean;
        Assumptions.assumeTrue(threads.isThreadAllocatedMemorySupported() && threads.isThreadAllocatedMemoryEnabled());
        DetectionModel m = exponential(3_000, 30, 0.5, modifiers(0.5, 0.5, 5, 0.7, true));
        Terrain tilted = PlainTerrain.of(10_000, 10_000, (x, y) -> 0.01 * x);
        double sum = 0;
        for (int i = 0; i < 20_000; i++) { // warm up
            sum += m.probability(100, 100, 100 + i % 2_000, 900, 1 + i % 7, -3, 60, tilted);
        }
        long thread = Thread.currentThread().getId();
        long before = threads.getThreadAllocatedBytes(thread);
        for (int i = 0; i < 100_000; i++) {
            sum += m.probability(100, 100, 100 + i % 2_000, 900, 1 + i % 7, -3, 60, tilted);
        }
        long allocated = threads.getThreadAllocatedBytes(thread) - before;
        assertThat(sum).isPositive();
        // 16 bytes a call would be 1.6 MB; what is left is the measurement's own
        assertThat(allocated).isLessThan(10_000);
    }
}
