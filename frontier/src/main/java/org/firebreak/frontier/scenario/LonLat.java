package org.firebreak.frontier.scenario;

import org.firebreak.core.param.ParameterSpec;

/**
 * A position given in a scenario in geographic degrees (WGS 84), for terrains with a
 * geographic reference.
 *
 * @param lon longitude, degrees east
 * @param lat latitude, degrees north
 */
public record LonLat(double lon, double lat) implements java.io.Serializable {
    /** Longitude. */
    public static final ParameterSpec LON = new ParameterSpec("lon", "degrees", -180, 180, 0,
            "first element of a vertex: longitude, degrees east (WGS 84)");
    /** Latitude. */
    public static final ParameterSpec LAT = new ParameterSpec("lat", "degrees", -90, 90, 0,
            "second element of a vertex: latitude, degrees north (WGS 84)");

    /** Range-checks both. */
    public LonLat {
        LON.check(lon);
        LAT.check(lat);
    }
}
