package org.firebreak.geo.io;

import java.util.Objects;
import org.geotools.api.referencing.FactoryException;
import org.geotools.api.referencing.crs.CoordinateReferenceSystem;
import org.geotools.api.referencing.operation.MathTransform;
import org.geotools.api.referencing.operation.TransformException;
import org.geotools.geometry.jts.JTS;
import org.geotools.referencing.CRS;
import org.geotools.referencing.crs.DefaultGeographicCRS;
import org.locationtech.jts.geom.CoordinateFilter;
import org.locationtech.jts.geom.Geometry;

/**
 * The one metric coordinate reference system the whole regional model runs in: x is easting and
 * y is northing, both in metres, so that a straight line in the plane stands for ground distance.
 *
 * <p><b>Projection.</b> Lambert Conformal Conic with two standard parallels on the WGS 84
 * ellipsoid, for the bundled region, longitude 38–50 E and latitude 28–38 N:
 * <ul>
 *   <li>standard parallels 29°40′ N and 36°20′ N (one sixth of the 10° span in from each edge),
 *       where the scale is exact;</li>
 *   <li>central meridian 44 E and latitude of origin 33 N, the centre of the region, with no false
 *       easting or northing: (0, 0) is 44 E 33 N and coordinates are metres from there, negative
 *       to the west and south.</li>
 * </ul>
 * Across the region the point scale runs from 0.99832 (at 33 N) to 1.00215 (at 38 N).
 *
 * <p><b>Why this one.</b> Measured against WGS 84 geodesic distances for every pair among the
 * region's four corners, four edge midpoints and centre, five cities, and a 1° grid over the
 * region:
 * <table>
 *   <caption>Projected straight-line distance relative to geodesic distance</caption>
 *   <tr><th>projection</th><th>range of error</th><th>worst case</th></tr>
 *   <tr><td>UTM 38N (EPSG:32638)</td><td>−0.04 % … +0.54 %</td><td>0.54 %, fails</td></tr>
 *   <tr><td>Transverse Mercator, 44 E, k₀ 0.998</td><td>−0.200 % … +0.226 %</td>
 *       <td>0.226 %</td></tr>
 *   <tr><td>this Lambert Conformal Conic</td><td>−0.168 % … +0.231 %</td><td>0.231 %</td></tr>
 * </table>
 * Both tuned projections keep within the 0.5 % budget with room to spare. The conic is chosen
 * because its scale depends on latitude only: the error budget is the same at the western (Syrian)
 * and eastern (Iranian) edges, and widening the region east or west along the parallels costs
 * nothing, whereas the Transverse Mercator's error grows with distance from its meridian. The worst
 * pair is the northern edge, 38 E to 50 E along 38 N, which comes out 0.231 % long.
 *
 * <p><b>Axis order.</b> Geographic input and output is always longitude first, then latitude,
 * in degrees on WGS 84 ({@link DefaultGeographicCRS#WGS84}), whatever GeoTools' axis-order hints
 * say. A layer in {@code EPSG:4326} as decoded by code is latitude first; {@link #fromCrs} honours
 * each source CRS's own axis order.
 *
 * <p>Instances are immutable and safe to share between threads: GeoTools' math transforms hold
 * no mutable state.
 */
public final class SimulationCrs {

    private static final String FRONTIER_NAME = "WGS 84 / Firebreak frontier Lambert Conformal Conic";

    // Parallels written out to full double precision so that 29 2/3 and 36 1/3 are exact in effect.
    private static final String FRONTIER_WKT = "PROJCS[\"" + FRONTIER_NAME + "\","
            + "GEOGCS[\"WGS 84\","
            + "DATUM[\"WGS_1984\",SPHEROID[\"WGS 84\",6378137,298.257223563,AUTHORITY[\"EPSG\",\"7030\"]],"
            + "AUTHORITY[\"EPSG\",\"6326\"]],"
            + "PRIMEM[\"Greenwich\",0,AUTHORITY[\"EPSG\",\"8901\"]],"
            + "UNIT[\"degree\",0.0174532925199433,AUTHORITY[\"EPSG\",\"9122\"]],"
            + "AXIS[\"Longitude\",EAST],AXIS[\"Latitude\",NORTH],"
            + "AUTHORITY[\"EPSG\",\"4326\"]],"
            + "PROJECTION[\"Lambert_Conformal_Conic_2SP\"],"
            + "PARAMETER[\"standard_parallel_1\",29.666666666666668],"
            + "PARAMETER[\"standard_parallel_2\",36.333333333333336],"
            + "PARAMETER[\"latitude_of_origin\",33],"
            + "PARAMETER[\"central_meridian\",44],"
            + "PARAMETER[\"false_easting\",0],"
            + "PARAMETER[\"false_northing\",0],"
            + "UNIT[\"metre\",1,AUTHORITY[\"EPSG\",\"9001\"]],"
            + "AXIS[\"Easting\",EAST],AXIS[\"Northing\",NORTH]]";

    private static final CoordinateFilter LON_LAT_CHECK = c -> checkLonLat(c.x, c.y);
    private static final CoordinateFilter METRES_CHECK = c -> checkMetres(c.x, c.y);

    private final String name;
    private final String wkt;
    private final CoordinateReferenceSystem crs;
    private final MathTransform lonLatToMetres;
    private final MathTransform metresToLonLat;

    private SimulationCrs(String name, String wkt) {
        this.name = name;
        this.wkt = wkt;
        try {
            this.crs = CRS.parseWKT(wkt);
            this.lonLatToMetres = CRS.findMathTransform(DefaultGeographicCRS.WGS84, crs, false);
            this.metresToLonLat = lonLatToMetres.inverse();
        } catch (FactoryException | TransformException e) {
            // The definition is a constant of this class, so failing here is a bug or a broken
            // GeoTools installation, not a caller's mistake.
            throw new IllegalStateException("cannot build the simulation CRS '" + name + "' with GeoTools: "
                    + e.getMessage(), e);
        }
    }

    /** Built on first use: parsing WKT starts GeoTools' referencing factories, which is slow. */
    private static final class Frontier {
        static final SimulationCrs INSTANCE = new SimulationCrs(FRONTIER_NAME, FRONTIER_WKT);
    }

    /**
     * @return the CRS of the bundled Iran–Iraq and Iraq–Syria region (one shared instance)
     */
    public static SimulationCrs frontier() {
        return Frontier.INSTANCE;
    }

    /** @return the GeoTools coordinate reference system */
    public CoordinateReferenceSystem crs() {
        return crs;
    }

    /** @return the CRS as single-line OGC WKT 1, as it was defined (suitable for a {@code .prj} file) */
    public String wkt() {
        return wkt;
    }

    /** @return the CRS's name */
    public String name() {
        return name;
    }

    /**
     * Projects one geographic position.
     *
     * @param lon longitude, degrees east on WGS 84, in [-180, 180]
     * @param lat latitude, degrees north on WGS 84, in [-90, 90]
     * @return {@code {x, y}}: easting and northing in metres
     * @throws IllegalArgumentException if a value is not finite or out of range, or the position
     *     cannot be projected (the conic cannot show the south pole)
     */
    public double[] toMetres(double lon, double lat) {
        checkLonLat(lon, lat);
        double[] out = new double[2];
        try {
            lonLatToMetres.transform(new double[] {lon, lat}, 0, out, 0, 1);
        } catch (TransformException e) {
            throw new IllegalArgumentException("cannot project lon " + lon + ", lat " + lat + " into "
                    + name + ": " + e.getMessage(), e);
        }
        return checkFinite(out, "lon " + lon + ", lat " + lat);
    }

    /**
     * Unprojects one position of the simulation plane.
     *
     * @param x easting, metres
     * @param y northing, metres
     * @return {@code {lon, lat}}: degrees east and north on WGS 84
     * @throws IllegalArgumentException if a value is not finite or the point lies beyond where the
     *     projection can be inverted
     */
    public double[] toLonLat(double x, double y) {
        checkMetres(x, y);
        double[] out = new double[2];
        try {
            metresToLonLat.transform(new double[] {x, y}, 0, out, 0, 1);
        } catch (TransformException e) {
            throw new IllegalArgumentException("cannot unproject x " + x + " m, y " + y + " m from "
                    + name + ": " + e.getMessage(), e);
        }
        return checkFinite(out, "x " + x + " m, y " + y + " m");
    }

    /**
     * Projects a geometry whose coordinates are longitude, latitude (in that order).
     *
     * @param lonLat a geometry in degrees on WGS 84, x = longitude, y = latitude
     * @return a new geometry in the simulation CRS, metres; {@code lonLat} is left unchanged
     * @throws IllegalArgumentException if a coordinate is not finite, out of range, or cannot be
     *     projected
     */
    public Geometry toMetres(Geometry lonLat) {
        Objects.requireNonNull(lonLat, "lonLat");
        lonLat.apply(LON_LAT_CHECK);
        return transform(lonLat, lonLatToMetres, "project a lon/lat geometry into");
    }

    /**
     * Unprojects a geometry of the simulation plane.
     *
     * @param metres a geometry in the simulation CRS, metres
     * @return a new geometry in degrees on WGS 84, x = longitude, y = latitude; {@code metres} is
     *     left unchanged
     * @throws IllegalArgumentException if a coordinate is not finite or cannot be unprojected
     */
    public Geometry toLonLat(Geometry metres) {
        Objects.requireNonNull(metres, "metres");
        metres.apply(METRES_CHECK);
        return transform(metres, metresToLonLat, "unproject a geometry from");
    }

    /**
     * The transform from another CRS (a layer's {@code .prj}, an EPSG code) into this one, for
     * loaders. It honours the source's own axis order. No datum shift is guessed: a source on
     * another datum needs its shift to WGS 84 declared (EPSG codes carry it, {@code TOWGS84} in
     * WKT), otherwise this fails rather than silently misplace the layer by up to hundreds of
     * metres.
     *
     * @param source the CRS the data is in
     * @return the transform from {@code source} into this CRS (the identity for this CRS itself)
     * @throws IllegalArgumentException if GeoTools finds no transform
     */
    public MathTransform fromCrs(CoordinateReferenceSystem source) {
        Objects.requireNonNull(source, "source");
        try {
            return CRS.findMathTransform(source, crs, false);
        } catch (FactoryException e) {
            throw new IllegalArgumentException("no transform from CRS '" + source.getName() + "' into "
                    + name + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return "SimulationCrs[" + name + "]";
    }

    private Geometry transform(Geometry geometry, MathTransform transform, String what) {
        try {
            return JTS.transform(geometry, transform);
        } catch (TransformException e) {
            throw new IllegalArgumentException("cannot " + what + " " + name + ": " + e.getMessage(), e);
        }
    }

    private static void checkLonLat(double lon, double lat) {
        if (!(lon >= -180 && lon <= 180)) { // also rejects NaN
            throw new IllegalArgumentException(
                    "longitude " + lon + " is not a finite number in the allowed range [-180, 180] degrees");
        }
        if (!(lat >= -90 && lat <= 90)) {
            throw new IllegalArgumentException(
                    "latitude " + lat + " is not a finite number in the allowed range [-90, 90] degrees");
        }
    }

    private static void checkMetres(double x, double y) {
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            throw new IllegalArgumentException(
                    "coordinates must be finite numbers of metres, got x " + x + ", y " + y);
        }
    }

    private double[] checkFinite(double[] result, String input) {
        if (!Double.isFinite(result[0]) || !Double.isFinite(result[1])) {
            throw new IllegalArgumentException("transforming " + input + " with " + name
                    + " gives a non-finite result (" + result[0] + ", " + result[1] + ")");
        }
        return result;
    }
}
