package org.firebreak.geo;

import org.firebreak.geo.io.SimulationCrs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.geotools.api.referencing.crs.CoordinateReferenceSystem;
import org.geotools.api.referencing.operation.MathTransform;
import org.geotools.referencing.CRS;
import org.geotools.referencing.GeodeticCalculator;
import org.geotools.referencing.crs.DefaultEngineeringCRS;
import org.geotools.referencing.crs.DefaultGeographicCRS;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.densify.Densifier;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

class SimulationCrsTest {

    private static final SimulationCrs SIM = SimulationCrs.frontier();
    private static final GeometryFactory GF = new GeometryFactory();

    /** lon, lat */
    private static final double[] BAGHDAD = {44.366, 33.315};
    private static final double[] BASRA = {47.78, 30.51};
    private static final double[] MOSUL = {43.13, 36.34};
    private static final double[] KERMANSHAH = {47.065, 34.314};
    private static final double[] DEIR_EZ_ZOR = {40.14, 35.336};

    // Worked out apart from GeoTools, from the ellipsoidal Lambert Conformal Conic formulas in
    // Snyder, "Map Projections: A Working Manual" (USGS Professional Paper 1395), eqs. 15-1 to 15-9,
    // with the parameters the class documents.
    private static final double[] BAGHDAD_METRES = {34_024.795, 34_936.315};
    private static final double[] BASRA_METRES = {362_492.967, -269_203.768};
    private static final double[] SOUTH_WEST_CORNER_METRES = {-591_073.452, -537_202.020};
    private static final double[] NORTH_EAST_CORNER_METRES = {527_843.533, 569_583.538};
    // Baghdad in UTM 38N, worked out from Krüger's series (Karney 2011) to order n^4.
    private static final double[] BAGHDAD_UTM_38N = {440_985.231, 3_686_388.095};

    /** The four corners, four edge midpoints and centre of the region 38–50 E, 28–38 N. */
    private static List<double[]> regionPoints() {
        List<double[]> points = new ArrayList<>();
        for (double lon : new double[] {38, 44, 50}) {
            for (double lat : new double[] {28, 33, 38}) {
                points.add(new double[] {lon, lat});
            }
        }
        return points;
    }

    private static double geodesic(double[] a, double[] b) {
        GeodeticCalculator calculator = new GeodeticCalculator(DefaultGeographicCRS.WGS84);
        calculator.setStartingGeographicPoint(a[0], a[1]);
        calculator.setDestinationGeographicPoint(b[0], b[1]);
        return calculator.getOrthodromicDistance();
    }

    private static double projected(double[] a, double[] b) {
        double[] p = SIM.toMetres(a[0], a[1]);
        double[] q = SIM.toMetres(b[0], b[1]);
        return Math.hypot(p[0] - q[0], p[1] - q[1]);
    }

    @Test
    void projectsToTheFiguresOfTheIndependentlyComputedConic() {
        assertThat(SIM.toMetres(44, 33)).containsExactly(new double[] {0, 0}, within(1e-6));
        assertThat(SIM.toMetres(BAGHDAD[0], BAGHDAD[1])).containsExactly(BAGHDAD_METRES, within(0.01));
        assertThat(SIM.toMetres(BASRA[0], BASRA[1])).containsExactly(BASRA_METRES, within(0.01));
        assertThat(SIM.toMetres(38, 28)).containsExactly(SOUTH_WEST_CORNER_METRES, within(0.01));
        assertThat(SIM.toMetres(50, 38)).containsExactly(NORTH_EAST_CORNER_METRES, within(0.01));
    }

    @Test
    void roundTripsLonLatThroughMetresAtEveryRegionPoint() {
        for (double[] p : regionPoints()) {
            double[] metres = SIM.toMetres(p[0], p[1]);
            assertThat(SIM.toLonLat(metres[0], metres[1])).as("lon %s lat %s", p[0], p[1])
                    .containsExactly(p, within(1e-7));
        }
    }

    @Test
    void projectedDistancesStayWithinHalfAPercentOfGeodesicOnes() {
        List<double[]> points = regionPoints();
        points.addAll(List.of(BAGHDAD, BASRA, MOSUL, KERMANSHAH, DEIR_EZ_ZOR));
        double worst = 0;
        int pairs = 0;
        for (int i = 0; i < points.size(); i++) {
            for (int j = i + 1; j < points.size(); j++) {
                double[] a = points.get(i);
                double[] b = points.get(j);
                double error = projected(a, b) / geodesic(a, b) - 1;
                assertThat(Math.abs(error)).as("(%s, %s) to (%s, %s)", a[0], a[1], b[0], b[1])
                        .isLessThan(0.005);
                worst = Math.max(worst, Math.abs(error));
                pairs++;
            }
        }
        assertThat(pairs).isEqualTo(91);
        // The figure the class Javadoc gives; if the projection changes, so must the Javadoc.
        assertThat(worst).isCloseTo(0.00231, within(0.00001));
    }

    @Test
    void theNorthernEdgeIsTheWorstPairAndComesOutLong() {
        double error = projected(new double[] {38, 38}, new double[] {50, 38})
                / geodesic(new double[] {38, 38}, new double[] {50, 38}) - 1;
        assertThat(error).isCloseTo(0.00231, within(0.00001));
    }

    @Test
    void plainUtm38NWouldBreakTheBudgetAtTheWesternEdge() throws Exception {
        MathTransform utm = CRS.findMathTransform(DefaultGeographicCRS.WGS84, CRS.decode("EPSG:32638"), false);
        double[] south = new double[2];
        double[] north = new double[2];
        utm.transform(new double[] {38, 28}, 0, south, 0, 1);
        utm.transform(new double[] {38, 33}, 0, north, 0, 1);
        double error = Math.hypot(north[0] - south[0], north[1] - south[1])
                / geodesic(new double[] {38, 28}, new double[] {38, 33}) - 1;
        assertThat(error).isGreaterThan(0.005);
    }

    @Test
    void baghdadToBasraMatchesThePublishedDistance() {
        assertThat(projected(BAGHDAD, BASRA)).isCloseTo(448_000, within(4_480.0));
    }

    @Test
    void axesAreEastingThenNorthing() {
        double[] baghdad = SIM.toMetres(BAGHDAD[0], BAGHDAD[1]);
        double[] basra = SIM.toMetres(BASRA[0], BASRA[1]);
        double[] kermanshah = SIM.toMetres(KERMANSHAH[0], KERMANSHAH[1]);
        assertThat(baghdad[1]).as("Baghdad lies north of Basra").isGreaterThan(basra[1] + 250_000);
        assertThat(baghdad[0]).as("Baghdad lies west of Kermanshah").isLessThan(kermanshah[0] - 200_000);
        assertThat(SIM.toLonLat(baghdad[0], baghdad[1])[0]).as("longitude comes first")
                .isCloseTo(BAGHDAD[0], within(1e-9));
    }

    @Test
    void fromCrsHonoursTheLatitudeFirstAxisOrderOfEpsg4326DecodedByCode() throws Exception {
        CoordinateReferenceSystem latLon = CRS.decode("EPSG:4326");
        assertThat(CRS.getAxisOrder(latLon)).isEqualTo(CRS.AxisOrder.NORTH_EAST);
        double[] out = new double[2];
        SIM.fromCrs(latLon).transform(new double[] {BAGHDAD[1], BAGHDAD[0]}, 0, out, 0, 1);
        assertThat(out).containsExactly(BAGHDAD_METRES, within(0.01));

        SIM.fromCrs(CRS.decode("EPSG:4326", true)).transform(BAGHDAD, 0, out, 0, 1);
        assertThat(out).containsExactly(BAGHDAD_METRES, within(0.01));
    }

    @Test
    void fromCrsBringsUtmCoordinatesIntoThePlane() throws Exception {
        double[] out = new double[2];
        SIM.fromCrs(CRS.decode("EPSG:32638")).transform(BAGHDAD_UTM_38N, 0, out, 0, 1);
        assertThat(out).containsExactly(BAGHDAD_METRES, within(0.01));
    }

    @Test
    void fromCrsReadsAnEsriStylePrj() throws Exception {
        String prj = "GEOGCS[\"GCS_WGS_1984\",DATUM[\"D_WGS_1984\",SPHEROID[\"WGS_1984\",6378137.0,"
                + "298.257223563]],PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]]";
        double[] out = new double[2];
        SIM.fromCrs(CRS.parseWKT(prj)).transform(BAGHDAD, 0, out, 0, 1);
        assertThat(out).containsExactly(BAGHDAD_METRES, within(0.01));
    }

    @Test
    void fromItselfIsTheIdentity() {
        assertThat(SIM.fromCrs(SIM.crs()).isIdentity()).isTrue();
    }

    @Test
    void fromCrsWithoutAPathToTheEarthIsRejected() {
        assertThatThrownBy(() -> SIM.fromCrs(DefaultEngineeringCRS.CARTESIAN_2D))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no transform from CRS")
                .hasMessageContaining(SIM.name());
        assertThatThrownBy(() -> SIM.fromCrs(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void wktParsesBackToTheSameCrs() throws Exception {
        assertThat(CRS.equalsIgnoreMetadata(CRS.parseWKT(SIM.wkt()), SIM.crs())).isTrue();
        assertThat(SIM.wkt()).contains("Lambert_Conformal_Conic_2SP").doesNotContain("\n");
        assertThat(SIM.name()).isEqualTo(SIM.crs().getName().getCode()).contains("Lambert");
        assertThat(SimulationCrs.frontier()).isSameAs(SIM);
    }

    @Test
    void geometriesTravelBothWays() {
        LineString lonLat = GF.createLineString(new Coordinate[] {
            new Coordinate(BAGHDAD[0], BAGHDAD[1]), new Coordinate(BASRA[0], BASRA[1])});
        Geometry metres = SIM.toMetres(lonLat);
        assertThat(metres.getCoordinates()[0].x).isCloseTo(BAGHDAD_METRES[0], within(0.01));
        assertThat(metres.getCoordinates()[0].y).isCloseTo(BAGHDAD_METRES[1], within(0.01));
        assertThat(metres.getLength()).isCloseTo(projected(BAGHDAD, BASRA), within(1e-6));
        assertThat(lonLat.getCoordinates()[0].x).as("input untouched").isEqualTo(BAGHDAD[0]);

        Geometry back = SIM.toLonLat(metres);
        Coordinate[] coordinates = back.getCoordinates();
        assertThat(coordinates[1].x).isCloseTo(BASRA[0], within(1e-7));
        assertThat(coordinates[1].y).isCloseTo(BASRA[1], within(1e-7));
    }

    @Test
    void theRegionCoversRoughlyItsEllipsoidalArea() {
        Polygon region = GF.createPolygon(new Coordinate[] {
            new Coordinate(38, 28), new Coordinate(50, 28), new Coordinate(50, 38),
            new Coordinate(38, 38), new Coordinate(38, 28)});
        // Densified so that the parallels, arcs in the conic, are followed rather than cut.
        Geometry dense = Densifier.densify(region, 0.1);
        // Ellipsoidal area of the quadrangle in closed form, b²·Δλ·[q(φ)/2] from 28 to 38 N with
        // q(φ) = sinφ/(1 − e²sin²φ) + ln((1 + e sinφ)/(1 − e sinφ))/(2e): 1,242,140 km².
        // A conformal map scales area by k², here between 0.9966 and 1.0043.
        assertThat(SIM.toMetres(dense).getArea() / 1e6).isCloseTo(1_242_140, within(1_242_140 * 0.005));
    }

    @Test
    void badLonLatIsRejectedWithTheValueAndTheRange() {
        assertThatThrownBy(() -> SIM.toMetres(181, 33))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("longitude 181.0").hasMessageContaining("[-180, 180]");
        assertThatThrownBy(() -> SIM.toMetres(44, -90.5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("latitude -90.5").hasMessageContaining("[-90, 90]");
        assertThatThrownBy(() -> SIM.toMetres(Double.NaN, 33))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("longitude NaN");
        assertThatThrownBy(() -> SIM.toMetres(44, Double.POSITIVE_INFINITY))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("latitude Infinity");
        assertThatThrownBy(() -> SIM.toMetres(GF.createPoint(new Coordinate(44, 95))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("latitude 95.0");
    }

    @Test
    void aPositionTheConicCannotShowIsRejected() {
        assertThatThrownBy(() -> SIM.toMetres(44, -90))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cannot project lon 44.0, lat -90.0");
    }

    @Test
    void badMetresAreRejected() {
        assertThatThrownBy(() -> SIM.toLonLat(Double.NaN, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("x NaN");
        assertThatThrownBy(() -> SIM.toLonLat(GF.createPoint(new Coordinate(0, Double.NEGATIVE_INFINITY))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("y -Infinity");
        assertThatThrownBy(() -> SIM.toMetres((Geometry) null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void concurrentUseGivesTheSameAnswersAsSequentialUse() {
        double[][] sequential = IntStream.range(0, 2_000)
                .mapToObj(i -> SIM.toMetres(38 + (i % 97) * 0.12, 28 + (i % 89) * 0.11))
                .toArray(double[][]::new);
        double[][] parallel = IntStream.range(0, 2_000).parallel()
                .mapToObj(i -> SIM.toMetres(38 + (i % 97) * 0.12, 28 + (i % 89) * 0.11))
                .toArray(double[][]::new);
        assertThat(parallel).isDeepEqualTo(sequential);
    }
}
