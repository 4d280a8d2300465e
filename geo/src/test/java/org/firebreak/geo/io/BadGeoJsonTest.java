package org.firebreak.geo.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.firebreak.geo.io.Fixtures.catchGis;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.geotools.referencing.CRS;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

class BadGeoJsonTest {

    /** Roughly the bundled region, 38–50 E and 28–38 N, in simulation metres. */
    static final Envelope REGION = new Envelope(-600_000, 560_000, -540_000, 570_000);

    private static GisInputException failure(String fixture) {
        Path file = Fixtures.path("geojson/" + fixture);
        return catchGis(() -> VectorLayers.read(file));
    }

    @Test
    void malformedJsonGivesLineAndColumn() {
        GisInputException e = failure("malformed.geojson");

        assertThat(e.getMessage()).startsWith(Fixtures.path("geojson/malformed.geojson").toString() + ": ")
                .contains("malformed JSON at line 7, column 7").contains("expecting comma");
        assertThat(e.source()).endsWith("malformed.geojson");
    }

    @Test
    void aRingThatIsNotClosedNamesTheFeatureItsLineAndThePath() {
        GisInputException e = failure("bad-ring.geojson");

        assertThat(e.getMessage()).contains("bad-ring.geojson: features[1] at line 10 (id 'open-ring'): "
                + "geometry.coordinates[0] is not closed");
        assertThat(e.feature()).contains("features[1] at line 10 (id 'open-ring')");
    }

    @Test
    void positionsOutOfLonLatRangeAreRefusedAsProbablySwapped() {
        assertThat(failure("lat-lon-swapped.geojson").getMessage())
                .contains("features[0] at line 4 (id 'basra'): geometry.coordinates is (30.51, 147.78), outside WGS 84")
                .contains("[longitude, latitude]");
    }

    @Test
    void aFeatureWithoutGeometryIsAnErrorNotASilentGap() {
        assertThat(failure("no-geometry.geojson").getMessage())
                .contains("no-geometry.geojson: features[0] at line 4 (id '7'): has no geometry");
    }

    @Test
    void anEmptyCollectionIsAnErrorNotAnEmptyLayer() {
        assertThat(failure("empty.geojson").getMessage()).contains("empty.geojson: layer 'empty' holds no features");
    }

    @Test
    void aBareGeometryIsNotAFeatureCollection() {
        assertThat(failure("not-a-collection.geojson").getMessage())
                .contains("GeoJSON \"type\" is \"Point\"; expected \"FeatureCollection\"");
    }

    @Test
    void mixedPropertyTypesBecomeTextAndWholeWithRealNumbersBecomeDouble() throws Exception {
        VectorLayer layer = VectorLayers.read(Fixtures.path("geojson/mixed-types.geojson"));

        assertThat(layer.featureType().getDescriptor("code").getType().getBinding()).isEqualTo(String.class);
        assertThat(layer.features()).extracting(f -> f.getAttribute("code")).containsExactly("12", "12a");
        assertThat(layer.featureType().getDescriptor("width").getType().getBinding()).isEqualTo(Double.class);
        assertThat(layer.features().get(0).getAttribute("width")).isEqualTo(3.0);
        assertThat(layer.features().get(0).getAttribute("tags")).isEqualTo("[\"a\",\"b\"]");
    }

    @Test
    void aLegacyCrsMemberNamingAnEpsgCodeIsHonoured() throws Exception {
        VectorLayer layer = VectorLayers.read(Fixtures.path("geojson/legacy-crs-utm38n.geojson"));

        assertThat(CRS.lookupEpsgCode(layer.sourceCrs(), false)).isEqualTo(32638);
        Coordinate baghdad = ((Geometry) layer.features().get(0).getDefaultGeometry()).getCoordinate();
        double[] expected = SimulationCrs.frontier().toMetres(44.366, 33.315);
        assertThat(baghdad.x).isCloseTo(expected[0], within(1.0));
        assertThat(baghdad.y).isCloseTo(expected[1], within(1.0));
    }

    @Test
    void aLegacyCrsMemberWithAnUnknownCodeIsRefused() {
        assertThat(failure("legacy-crs-unknown.geojson").getMessage())
                .contains("legacy-crs-unknown.geojson: the \"crs\" member names an unknown EPSG code 999999");
    }

    @Test
    void aLayerOutsideTheSimulationAreaIsRefusedWithItsExtent() {
        Path file = Fixtures.path("geojson/outside.geojson");
        GisInputException e = catchGis(() -> VectorLayers.read(file, VectorReadOptions.defaults().area(REGION)));

        assertThat(e.getMessage()).contains("outside.geojson: layer 'lisbon' lies wholly outside the simulation area")
                .contains("layer extent x ").contains("area x -600000..560000 m, y -540000..570000 m");
    }

    @Test
    void aLayerTouchingTheAreaIsAccepted() throws Exception {
        assertThat(VectorLayers.read(Fixtures.path("geojson/places.geojson"), VectorReadOptions.defaults().area(REGION))
                .size()).isEqualTo(3);
    }

    @Test
    void duplicateKeysAndTrailingContentAreMalformed() {
        String duplicate = "{\"type\": \"FeatureCollection\", \"type\": \"Feature\", \"features\": []}";
        assertThat(catchGis(() -> VectorLayers.read("dup.geojson", stream(duplicate))).getMessage())
                .startsWith("dup.geojson: malformed JSON at line 1").contains("Duplicate field 'type'");
        String trailing = "{\"type\": \"FeatureCollection\", \"features\": []} {}";
        assertThat(catchGis(() -> VectorLayers.read("trailing.geojson", stream(trailing))).getMessage())
                .contains("content after the end of the GeoJSON object");
    }

    @Test
    void anEmptyStreamIsNamed() {
        assertThat(catchGis(() -> VectorLayers.read("nothing.geojson", stream(""))).getMessage())
                .isEqualTo("nothing.geojson: expected a GeoJSON object (a FeatureCollection) at line 1, "
                        + "found an empty file");
    }

    @Test
    void aMissingFileIsNamed() {
        Path missing = Path.of("no-such-dir", "roads.geojson");
        assertThat(catchGis(() -> VectorLayers.read(missing)).getMessage()).isEqualTo(missing + ": no such file");
    }

    @Test
    void anUnknownExtensionIsRefused() {
        assertThat(catchGis(() -> VectorLayers.read(Path.of("roads.kml"))).getMessage())
                .isEqualTo("roads.kml: unsupported vector format; expected a .geojson, .json, .shp or .gpkg file");
    }

    private static ByteArrayInputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
