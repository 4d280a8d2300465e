package org.firebreak.geo.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.firebreak.geo.io.Fixtures.catchGis;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.geotools.api.feature.simple.SimpleFeature;
import org.geotools.api.feature.type.AttributeDescriptor;
import org.geotools.referencing.CRS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

class ShapefileLayerTest {

    private static final SimulationCrs SIM = SimulationCrs.frontier();

    private static VectorLayer read(String fixture) throws GisInputException {
        return VectorLayers.read(Fixtures.path("shp/" + fixture));
    }

    @Test
    void readsPointsWithTypedAttributesFromTheDbf() throws Exception {
        VectorLayer layer = read("places.shp");

        assertThat(layer.name()).isEqualTo("places");
        assertThat(CRS.lookupEpsgCode(layer.sourceCrs(), true)).isEqualTo(4326);
        assertThat(layer.featureType().getGeometryDescriptor().getType().getBinding()).isEqualTo(Point.class);
        assertThat(layer.featureType().getAttributeDescriptors()).extracting(AttributeDescriptor::getLocalName)
                .containsExactly("geometry", "id", "name", "name_local", "population", "elevation_", "capital",
                        "founded");
        assertThat(layer.featureType().getAttributeDescriptors()).extracting(d -> (Object) d.getType().getBinding())
                .containsExactly(Point.class, String.class, String.class, String.class, Long.class, Double.class,
                        Long.class, LocalDate.class);

        SimpleFeature baghdad = layer.features().get(0);
        assertThat(baghdad.getAttribute("id")).isEqualTo("baghdad");
        assertThat(baghdad.getAttribute("name_local")).isEqualTo("بغداد"); // .cpg says UTF-8
        assertThat(baghdad.getAttribute("population")).isEqualTo(7_682_136L);
        assertThat(baghdad.getAttribute("elevation_")).isEqualTo(34.5);
        assertThat(baghdad.getAttribute("founded")).isEqualTo(LocalDate.of(762, 7, 30));
        assertAt((Geometry) baghdad.getDefaultGeometry(), 44.366, 33.315);

        SimpleFeature erbil = layer.features().get(2);
        assertThat(erbil.getAttribute("population")).isNull();
        assertThat(erbil.getAttribute("founded")).isNull();
        assertThat(erbil.getAttribute("elevation_")).isEqualTo(420.25);
    }

    @Test
    void readsIso88591TextWhenNeitherCpgNorLanguageDriverSaysOtherwise() throws Exception {
        assertThat(read("erbil_latin1.shp").features().get(0).getAttribute("name_local")).isEqualTo("Hewlêr");
    }

    @Test
    void aUtm38nLayerLandsOnTheSameMetresAsTheWgs84One() throws Exception {
        VectorLayer utm = read("places_utm38n.shp");
        VectorLayer wgs84 = read("places.shp");

        assertThat(CRS.lookupEpsgCode(utm.sourceCrs(), true)).isEqualTo(32638);
        for (int i = 0; i < 3; i++) {
            Coordinate a = ((Geometry) utm.features().get(i).getDefaultGeometry()).getCoordinate();
            Coordinate b = ((Geometry) wgs84.features().get(i).getDefaultGeometry()).getCoordinate();
            assertThat(a.distance(b)).isLessThan(1.0);
        }
        VectorLayer utmAreas = read("areas_utm38n.shp");
        VectorLayer areas = read("areas.shp");
        Coordinate[] a = ((Geometry) utmAreas.features().get(0).getDefaultGeometry()).getCoordinates();
        Coordinate[] b = ((Geometry) areas.features().get(0).getDefaultGeometry()).getCoordinates();
        assertThat(a).hasSameSizeAs(b);
        for (int i = 0; i < a.length; i++) {
            assertThat(a[i].distance(b[i])).isLessThan(1.0);
        }
    }

    @Test
    void polygonsKeepTheirHolesAndPartsAsMultiPolygons() throws Exception {
        VectorLayer layer = read("areas.shp");

        assertThat(layer.featureType().getGeometryDescriptor().getType().getBinding()).isEqualTo(MultiPolygon.class);
        MultiPolygon marsh = (MultiPolygon) layer.features().get(0).getDefaultGeometry();
        assertThat(marsh.getNumGeometries()).isEqualTo(1);
        Polygon withHole = (Polygon) marsh.getGeometryN(0);
        assertThat(withHole.getNumInteriorRing()).isEqualTo(1);
        Polygon fromGeoJson = (Polygon) VectorLayers.read(Fixtures.path("geojson/areas.geojson")).features().get(0)
                .getDefaultGeometry();
        assertThat(withHole.getInteriorRingN(0).getEnvelopeInternal().getWidth())
                .isCloseTo(fromGeoJson.getInteriorRingN(0).getEnvelopeInternal().getWidth(), within(1.0));
        assertThat(withHole.getArea()).isCloseTo(fromGeoJson.getArea(), within(fromGeoJson.getArea() * 1e-9));
        assertThat(withHole.isValid()).isTrue();
        MultiPolygon plateaus = (MultiPolygon) layer.features().get(1).getDefaultGeometry();
        assertThat(plateaus.getNumGeometries()).isEqualTo(2);
        assertThat(layer.features()).extracting(f -> f.getAttribute("area_id")).containsExactly(1L, 2L);
        assertThat(layer.repairs()).isEmpty();
    }

    @Test
    void polylinesAreMultiLineStrings() throws Exception {
        VectorLayer layer = read("roads.shp");

        MultiLineString highway = (MultiLineString) layer.features().get(0).getDefaultGeometry();
        assertThat(highway.getNumGeometries()).isEqualTo(1);
        assertAt(highway.getGeometryN(0).getCoordinates()[2], 47.78, 30.51);
        assertThat(((Geometry) layer.features().get(1).getDefaultGeometry()).getNumGeometries()).isEqualTo(2);
        assertThat(layer.features().get(1).getAttribute("ref")).isEqualTo("Route 2");
    }

    @Test
    void zVariantsAreReadForXAndY() throws Exception {
        VectorLayer layer = VectorLayers.read(Fixtures.path("shp/tracks3d.shp"),
                VectorReadOptions.defaults().reproject(false));

        Geometry climb = (Geometry) layer.features().get(0).getDefaultGeometry();
        assertThat(climb.getCoordinates()).extracting(c -> List.of(c.x, c.y))
                .containsExactly(List.of(45.0, 34.0), List.of(45.5, 34.5), List.of(46.0, 35.0));
    }

    @Test
    void aShapefileWithoutPrjIsAnErrorUnlessTheCrsIsDeclared() throws Exception {
        Path noPrj = Fixtures.path("shp/noprj.shp");
        assertThat(catchGis(() -> VectorLayers.read(noPrj)).getMessage()).isEqualTo(noPrj
                + ": has no coordinate reference system (no .prj file beside it); add one to the file or declare "
                + "the layer's CRS in the scenario");

        VectorLayer declared = VectorLayers.read(noPrj, Optional.of(CRS.decode("EPSG:4326", true)));
        assertAt((Geometry) declared.features().get(0).getDefaultGeometry(), 44.366, 33.315);
    }

    @Test
    void aTruncatedShpNamesTheRecordThatIsCutShort() {
        Path truncated = Fixtures.path("shp/truncated.shp");
        assertThat(catchGis(() -> VectorLayers.read(truncated)).getMessage()).isEqualTo(truncated
                + ": truncated or corrupt .shp file: the header gives a length of 184 bytes but the file has 170; "
                + "expected a complete ESRI Shapefile");
    }

    @Test
    void aShpWhoseHeaderAgreesWithItsCutLengthStillNamesTheCutRecord(@TempDir Path dir) throws Exception {
        byte[] shp = Files.readAllBytes(Fixtures.path("shp/places.shp"));
        byte[] cut = java.util.Arrays.copyOf(shp, 170);
        cut[24] = 0; cut[25] = 0; cut[26] = 0; cut[27] = 85; // 170 bytes in 16-bit words
        Path file = dir.resolve("cut.shp");
        Files.write(file, cut);
        assertThat(catchGis(() -> VectorLayers.read(file)).getMessage())
                .contains("cut.shp: truncated or corrupt .shp file: record 3 at byte 156 declares 20 bytes of content "
                        + "but the file ends at byte 170");
    }

    @Test
    void anUnknownEpsgCodeInThePrjIsNamed() {
        Path file = Fixtures.path("shp/unknown_epsg.shp");
        assertThat(catchGis(() -> VectorLayers.read(file)).getMessage())
                .startsWith(Fixtures.path("shp/unknown_epsg.prj") + ": the .prj file names an unknown EPSG code 999999");
    }

    @Test
    void aShxThatDisagreesWithTheShpIsRefused(@TempDir Path dir) throws Exception {
        for (String ext : new String[] {"shp", "dbf", "prj", "cpg"}) {
            Files.copy(Fixtures.path("shp/places." + ext), dir.resolve("places." + ext));
        }
        Files.copy(Fixtures.path("shp/roads.shx"), dir.resolve("places.shx"));
        assertThat(catchGis(() -> VectorLayers.read(dir.resolve("places.shp"))).getMessage())
                .contains("places.shx: indexes 2 records but places.shp holds 3");
    }

    @Test
    void aMissingDbfIsNamed(@TempDir Path dir) throws Exception {
        Files.copy(Fixtures.path("shp/places.shp"), dir.resolve("lonely.shp"));
        assertThat(catchGis(() -> VectorLayers.read(dir.resolve("lonely.shp"))).getMessage())
                .endsWith("lonely.shp: has no .dbf file beside it; a Shapefile needs its .shp, .shx and .dbf");
    }

    @Test
    void notAShapefileAtAll(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("fake.shp");
        Files.write(file, new byte[200]);
        assertThat(catchGis(() -> VectorLayers.read(file)).getMessage())
                .isEqualTo(file + ": not an ESRI Shapefile: file code 0, expected 9994");
    }

    private static void assertAt(Geometry geometry, double lon, double lat) {
        assertAt(geometry.getCoordinate(), lon, lat);
    }

    private static void assertAt(Coordinate c, double lon, double lat) {
        double[] expected = SIM.toMetres(lon, lat);
        assertThat(c.x).isCloseTo(expected[0], within(1.0));
        assertThat(c.y).isCloseTo(expected[1], within(1.0));
    }
}
