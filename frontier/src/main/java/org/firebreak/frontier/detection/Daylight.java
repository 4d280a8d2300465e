package org.firebreak.frontier.detection;

/**
 * Light by the sun's elevation, with the thresholds of the almanacs (NOAA Solar Calculator;
 * U.S. Naval Observatory): the sun rises or sets when its centre is 0.833° below the horizon
 * (34′ of refraction plus 16′ of semi-diameter), and civil twilight lasts until it is 6° below.
 */
public enum Daylight {
    /** The sun is up: elevation above {@link #SUNRISE_ELEVATION_DEG}. */
    DAY,
    /** Civil twilight: elevation in ({@link #CIVIL_TWILIGHT_END_DEG}, {@link #SUNRISE_ELEVATION_DEG}]. */
    CIVIL_TWILIGHT,
    /** Night for unaided eyes: elevation at or below {@link #CIVIL_TWILIGHT_END_DEG}. */
    NIGHT;

    /** Elevation of the sun's centre at sunrise and sunset, degrees. */
    public static final double SUNRISE_ELEVATION_DEG = -0.833;
    /** Elevation of the sun's centre at the end of civil twilight, degrees. */
    public static final double CIVIL_TWILIGHT_END_DEG = -6.0;

    /**
     * @param sunElevationDeg the sun's elevation, degrees
     * @return the light
     */
    public static Daylight of(double sunElevationDeg) {
        if (Double.isNaN(sunElevationDeg)) {
            throw new IllegalArgumentException("sun elevation is NaN");
        }
        if (sunElevationDeg > SUNRISE_ELEVATION_DEG) {
            return DAY;
        }
        return sunElevationDeg > CIVIL_TWILIGHT_END_DEG ? CIVIL_TWILIGHT : NIGHT;
    }

    /**
     * How far into the night the light is: 0 by day, 1 by night, and through civil twilight
     * linear in the sun's elevation (an assumption: simple, continuous, and at its ends exact).
     *
     * @param sunElevationDeg the sun's elevation, degrees
     * @return the weight of night, in [0, 1]
     */
    public static double nightWeight(double sunElevationDeg) {
        if (sunElevationDeg >= SUNRISE_ELEVATION_DEG) {
            return 0;
        }
        if (sunElevationDeg <= CIVIL_TWILIGHT_END_DEG) {
            return 1;
        }
        if (Double.isNaN(sunElevationDeg)) {
            throw new IllegalArgumentException("sun elevation is NaN");
        }
        return (SUNRISE_ELEVATION_DEG - sunElevationDeg) / (SUNRISE_ELEVATION_DEG - CIVIL_TWILIGHT_END_DEG);
    }
}
