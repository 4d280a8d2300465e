package org.firebreak.core.terrain;

/**
 * Where a terrain's projected metres lie on the Earth: longitude and latitude of a position,
 * for what depends on the sun (daylight, night). The geo module gives map terrains the exact
 * inverse of their projection; terrains built in code use a local tangent plane.
 */
public interface GeoReference {
    /** Mean Earth radius (IUGG), metres: accurate to a few tenths of a percent for a local plane. */
    double EARTH_RADIUS_M = 6_371_008.8;

    /**
     * @param x easting, metres
     * @param y northing, metres
     * @return {longitude, latitude} in degrees
     */
    double[] lonLat(double x, double y);

    /**
     * @param lon longitude, degrees
     * @param lat latitude, degrees
     * @return {easting, northing} in the terrain's metres
     */
    double[] metres(double lon, double lat);

    /**
     * @param toLonLat metres to {longitude, latitude}
     * @param toMetres longitude and latitude to metres
     * @return the reference
     */
    static GeoReference of(java.util.function.BiFunction<Double, Double, double[]> toLonLat,
                           java.util.function.BiFunction<Double, Double, double[]> toMetres) {
        return new GeoReference() {
            @Override
            public double[] lonLat(double x, double y) {
                return toLonLat.apply(x, y);
            }

            @Override
            public double[] metres(double lon, double lat) {
                return toMetres.apply(lon, lat);
            }
        };
    }

    /**
     * A local tangent plane: metres east and north of a point where the plane touches the
     * Earth, with an equirectangular approximation. Over a few hundred kilometres its
     * longitudes and latitudes are good to a small fraction of a degree, far finer than
     * daylight needs.
     *
     * @param lon0 longitude of the origin, degrees
     * @param lat0 latitude of the origin, degrees
     * @param x0 easting of the origin, metres
     * @param y0 northing of the origin, metres
     * @return the reference
     */
    static GeoReference localTangent(double lon0, double lat0, double x0, double y0) {
        double metresPerDegreeLat = Math.PI * EARTH_RADIUS_M / 180;
        double metresPerDegreeLon = metresPerDegreeLat * Math.cos(Math.toRadians(lat0));
        return of((x, y) -> new double[] {lon0 + (x - x0) / metresPerDegreeLon, lat0 + (y - y0) / metresPerDegreeLat},
                (lon, lat) -> new double[] {x0 + (lon - lon0) * metresPerDegreeLon, y0 + (lat - lat0) * metresPerDegreeLat});
    }
}
