package org.firebreak.frontier.detection;

/**
 * The sun's declination, equation of time and elevation at an instant, by the low-precision
 * algorithm of the NOAA Solar Calculator, which follows Jean Meeus, Astronomical Algorithms
 * (2nd ed., 1998), ch. 25 (solar coordinates) and ch. 28 (equation of time). Between 1800 and
 * 2100 it is good to about 0.01° in declination and a few seconds in the equation of time,
 * which places sunrise within a minute at the latitudes of the region.
 *
 * <p>Universal time stands in for the dynamical time of the formulas: the difference (about a
 * minute) moves the sun by 0.0007° along its path. The elevation returned is geometric, without
 * refraction: compare it with {@link Daylight}'s thresholds, which include refraction.
 *
 * <p>The position depends on the instant only through the declination and the equation of
 * time, so an engine can make one {@code SolarPosition} per step and ask it for the elevation
 * at many places without further trigonometry of the orbit.
 */
public final class SolarPosition {
    private static final double SECONDS_PER_DAY = 86_400;
    /** Julian date of the Unix epoch, 1970-01-01T00:00Z. */
    private static final double JULIAN_DATE_OF_EPOCH = 2_440_587.5;
    /** Julian date of the epoch J2000.0, 2000-01-01T12:00. */
    private static final double JULIAN_DATE_J2000 = 2_451_545.0;

    private final double epochSeconds;
    private final double declinationRad;
    private final double equationOfTimeMinutes;

    private SolarPosition(double epochSeconds, double declinationRad, double equationOfTimeMinutes) {
        this.epochSeconds = epochSeconds;
        this.declinationRad = declinationRad;
        this.equationOfTimeMinutes = equationOfTimeMinutes;
    }

    /**
     * @param epochSeconds a UTC instant, seconds since 1970-01-01T00:00Z
     * @return the sun's position then
     */
    public static SolarPosition at(double epochSeconds) {
        if (!Double.isFinite(epochSeconds)) {
            throw new IllegalArgumentException("instant must be finite, was " + epochSeconds);
        }
        double t = (epochSeconds / SECONDS_PER_DAY + JULIAN_DATE_OF_EPOCH - JULIAN_DATE_J2000) / 36_525.0;
        // mean longitude and mean anomaly of the sun, eccentricity of the earth's orbit (Meeus 25.2-25.4)
        double meanLongitude = Math.toRadians(Math.IEEEremainder(280.46646 + t * (36_000.76983 + t * 0.0003032), 360));
        double meanAnomaly = Math.toRadians(357.52911 + t * (35_999.05029 - 0.0001537 * t));
        double e = 0.016708634 - t * (0.000042037 + 0.0000001267 * t);
        // equation of the centre, then the apparent longitude with nutation and aberration (Meeus 25.5, 25.8)
        double centre = Math.sin(meanAnomaly) * (1.914602 - t * (0.004817 + 0.000014 * t))
                + Math.sin(2 * meanAnomaly) * (0.019993 - 0.000101 * t)
                + Math.sin(3 * meanAnomaly) * 0.000289;
        double omega = Math.toRadians(125.04 - 1934.136 * t);
        double apparentLongitude = Math.toRadians(Math.toDegrees(meanLongitude) + centre - 0.00569
                - 0.00478 * Math.sin(omega));
        // obliquity of the ecliptic, corrected for nutation (Meeus 22.2, 25.8)
        double meanObliquity = 23 + (26 + (21.448 - t * (46.815 + t * (0.00059 - t * 0.001813))) / 60) / 60;
        double obliquity = Math.toRadians(meanObliquity + 0.00256 * Math.cos(omega));
        double declination = Math.asin(Math.sin(obliquity) * Math.sin(apparentLongitude));
        // equation of time from the mean longitude and the orbit (Meeus 28.3, Smart's series)
        double y = Math.tan(obliquity / 2) * Math.tan(obliquity / 2);
        double eot = y * Math.sin(2 * meanLongitude) - 2 * e * Math.sin(meanAnomaly)
                + 4 * e * y * Math.sin(meanAnomaly) * Math.cos(2 * meanLongitude)
                - 0.5 * y * y * Math.sin(4 * meanLongitude) - 1.25 * e * e * Math.sin(2 * meanAnomaly);
        return new SolarPosition(epochSeconds, declination, 4 * Math.toDegrees(eot));
    }

    /**
     * @param epochSeconds a UTC instant, seconds since 1970-01-01T00:00Z
     * @param longitudeDeg longitude, degrees east
     * @param latitudeDeg latitude, degrees north
     * @return the sun's geometric elevation above the horizon there and then, degrees
     */
    public static double elevationDeg(double epochSeconds, double longitudeDeg, double latitudeDeg) {
        return at(epochSeconds).elevationDeg(longitudeDeg, latitudeDeg);
    }

    /** @return the sun's declination, degrees */
    public double declinationDeg() {
        return Math.toDegrees(declinationRad);
    }

    /** @return apparent minus mean solar time, minutes */
    public double equationOfTimeMinutes() {
        return equationOfTimeMinutes;
    }

    /**
     * @param longitudeDeg longitude, degrees east
     * @param latitudeDeg latitude, degrees north, in [-90, 90]
     * @return the sun's geometric elevation above the horizon, degrees, in [-90, 90]
     */
    public double elevationDeg(double longitudeDeg, double latitudeDeg) {
        if (!Double.isFinite(longitudeDeg) || !(latitudeDeg >= -90 && latitudeDeg <= 90)) {
            throw new IllegalArgumentException("expected a finite longitude and a latitude in [-90, 90], got "
                    + longitudeDeg + ", " + latitudeDeg);
        }
        // true solar time: UTC of the day, shifted 4 minutes per degree east and by the equation of time
        double utcMinutes = Math.floorMod((long) Math.floor(epochSeconds), (long) SECONDS_PER_DAY) / 60.0
                + (epochSeconds - Math.floor(epochSeconds)) / 60.0;
        double solarMinutes = utcMinutes + equationOfTimeMinutes + 4 * longitudeDeg;
        double hourAngle = Math.toRadians(solarMinutes / 4 - 180);
        double lat = Math.toRadians(latitudeDeg);
        double sinElevation = Math.sin(lat) * Math.sin(declinationRad)
                + Math.cos(lat) * Math.cos(declinationRad) * Math.cos(hourAngle);
        return Math.toDegrees(Math.asin(Math.max(-1, Math.min(1, sinElevation))));
    }

    /** @return the instant, seconds since 1970-01-01T00:00Z */
    public double epochSeconds() {
        return epochSeconds;
    }
}
