package org.firebreak.frontier.detection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The sun's position against first principles and independent almanacs. Where a number comes
 * from outside this library its source is named.
 */
class SolarPositionTest {
    private static final double BAGHDAD_LAT = 33.31;
    private static final double BAGHDAD_LON = 44.36;

    private static double epoch(String utc) {
        return Instant.parse(utc).getEpochSecond();
    }

    /** @return the highest (or lowest) elevation over the 24 hours from the start, minute by minute */
    private static double extreme(String dayStartUtc, double lon, double lat, boolean highest) {
        double start = epoch(dayStartUtc);
        double best = highest ? -91 : 91;
        for (int minute = 0; minute < 24 * 60; minute++) {
            double e = SolarPosition.elevationDeg(start + 60.0 * minute, lon, lat);
            best = highest ? Math.max(best, e) : Math.min(best, e);
        }
        return best;
    }

    /** @return the instant, epoch seconds, at which the sun rises through the elevation, by bisection */
    private static double rising(double from, double to, double lon, double lat, double elevation) {
        double a = from;
        double b = to;
        assertThat(SolarPosition.elevationDeg(a, lon, lat)).isLessThan(elevation);
        assertThat(SolarPosition.elevationDeg(b, lon, lat)).isGreaterThan(elevation);
        while (b - a > 0.5) {
            double m = (a + b) / 2;
            if (SolarPosition.elevationDeg(m, lon, lat) < elevation) {
                a = m;
            } else {
                b = m;
            }
        }
        return (a + b) / 2;
    }

    @Test
    void atTheMarchEquinoxTheNoonSunStandsAtNinetyMinusTheLatitude() {
        // the March equinox of 2024 fell at 03:06 UT on 20 March (USNO); the declination is then 0,
        // and moves 0.4 degrees a day, so the noon elevation is 90 - latitude to within 0.6 degrees
        for (double lat : new double[] {0, BAGHDAD_LAT, 51.5, -33.9}) {
            assertThat(extreme("2024-03-20T00:00:00Z", BAGHDAD_LON, lat, true)).as("latitude %s", lat)
                    .isCloseTo(90 - Math.abs(lat), within(0.6));
        }
    }

    @Test
    void atTheJuneSolsticeTheNoonSunStandsHigherByTheObliquity() {
        // June solstice 2024: 20 June 20:51 UT (USNO); declination = obliquity = 23.44 degrees
        assertThat(extreme("2024-06-20T00:00:00Z", BAGHDAD_LON, BAGHDAD_LAT, true))
                .isCloseTo(90 - BAGHDAD_LAT + 23.44, within(0.6));
        // and at lower culmination (local midnight) it is latitude + declination - 90 below the horizon
        assertThat(extreme("2024-06-20T12:00:00Z", BAGHDAD_LON, BAGHDAD_LAT, false))
                .isCloseTo(BAGHDAD_LAT + 23.44 - 90, within(0.6));
    }

    @Test
    void atLocalMidnightTheSunIsDown() {
        // local mean midnight at 44.36 E is 24:00 - 44.36 / 15 h = 21:02 UT; the equation of time
        // moves true midnight by at most 17 minutes
        for (String midnight : new String[] {"2024-03-19T21:02:00Z", "2024-06-20T21:02:00Z",
            "2024-09-22T21:02:00Z", "2024-12-21T21:02:00Z"}) {
            assertThat(SolarPosition.elevationDeg(epoch(midnight), BAGHDAD_LON, BAGHDAD_LAT)).as(midnight)
                    .isLessThan(Daylight.SUNRISE_ELEVATION_DEG);
        }
    }

    @Test
    void theMidnightSunOfTheArcticIsUp() {
        // Longyearbyen, 78.22 N 15.65 E, at the June solstice: lowest elevation 78.22 + 23.44 - 90 = 11.66
        assertThat(extreme("2024-06-20T12:00:00Z", 15.65, 78.22, false)).isCloseTo(11.66, within(0.6));
    }

    @Test
    void declinationAndEquationOfTimeMatchTheNavalObservatorysAlmanac() {
        // USNO MICA for 2016-10-26 21:00 UT: declination -12.807 degrees, equation of time +16.123 min
        SolarPosition sun = SolarPosition.at(epoch("2016-10-26T21:00:00Z"));
        assertThat(sun.declinationDeg()).isCloseTo(-12.807, within(0.02));
        assertThat(sun.equationOfTimeMinutes()).isCloseTo(16.123, within(0.1));
    }

    @Test
    void sunriseInBaghdadAtTheEquinoxIsWhereTheFormulasPutIt() {
        // Worked by hand. At the equinox (2024-03-20 03:06 UT, USNO) the declination is 0. The equation
        // of time is then minus the equation of the centre in time: with the mean anomaly M = 74.8 deg,
        // C = 1.9146 sin M + 0.0200 sin 2M = 1.858 deg, so E = -4 min * 1.858 = -7.43 min.
        // Sunrise hour angle, sun's centre at -0.833 deg: cos H0 = sin(-0.833) / cos(33.31)
        //   = -0.014538 / 0.835751 = -0.017395, H0 = 90.997 deg.
        // Sunrise = 12:00 - (44.36 + 90.997) * 4 min - E = 720 - 541.43 + 7.43 = 186.0 min = 03:06:00 UT
        // (06:06 in Baghdad, UTC+3). An independent ephemeris (PyEphem 4.1, VSOP87) gives 03:06:00 UT.
        double expected = epoch("2024-03-20T03:06:00Z");
        double rise = rising(epoch("2024-03-20T01:00:00Z"), epoch("2024-03-20T05:00:00Z"), BAGHDAD_LON,
                BAGHDAD_LAT, Daylight.SUNRISE_ELEVATION_DEG);
        assertThat(rise).isCloseTo(expected, within(120.0));
    }

    @Test
    void sunriseInBaghdadAtTheWinterSolsticeMatchesAnIndependentEphemeris() {
        // PyEphem 4.1 (VSOP87), sun's centre at -0.833 deg, no atmosphere model: 2024-12-21 04:02:23 UT.
        // By hand: declination -23.44 (solstice 09:20 UT), cos H0 = (sin(-0.833) + sin 33.31 sin 23.44) /
        // (cos 33.31 cos 23.44) = 0.26590, H0 = 74.58 deg; with E = +1.6 min (it crosses 0 about
        // 25 December): 720 - 4 (44.36 + 74.58) - 1.6 = 242.6 min = 04:02:40 UT.
        double expected = epoch("2024-12-21T04:02:23Z");
        double rise = rising(epoch("2024-12-21T02:00:00Z"), epoch("2024-12-21T06:00:00Z"), BAGHDAD_LON,
                BAGHDAD_LAT, Daylight.SUNRISE_ELEVATION_DEG);
        assertThat(rise).isCloseTo(expected, within(120.0));
    }

    @Test
    void badPlacesAreRefused() {
        assertThatThrownBy(() -> SolarPosition.elevationDeg(0, 44, 91)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SolarPosition.elevationDeg(Double.NaN, 44, 33))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
