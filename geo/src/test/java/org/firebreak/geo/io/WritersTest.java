package org.firebreak.geo.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.geotools.api.feature.simple.SimpleFeature;
import org.geotools.api.feature.simple.SimpleFeatureType;
import org.geotools.data.collection.ListFeatureCollection;
import org.geotools.data.simple.SimpleFeatureCollection;
import org.geotools.feature.simple.SimpleFeatureBuilder;
import org.geotools.feature.simple.SimpleFeatureTypeBuilder;
import org.geotools.referencing.CRS;
import org.geotools.referencing.crs.DefaultGeographicCRS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

class WritersTest {

    private static final SimulationCrs SIM = SimulationCrs.frontier();
    private static final GeometryFactory GF = new GeometryFactory();

    /** Two agents' tracks in simulation metres, as the engine will hand them over. */
    private static SimpleFeatureCollection tracks() {
        SimpleFeatureTypeBuilder tb = new SimpleFeatureTypeBuilder();
        tb.setName("tracks");
        tb.setCRS(SIM.crs());
        tb.add("geometry", LineString.class);
        tb.add("agent_id", Long.class);
        tb.add("agent_type", String.class);
        tb.add("speed_m_s", Double.class);
        tb.add("detected", Boolean.class);
        tb.add("day", LocalDate.class);
        SimpleFeatureType type = tb.buildFeatureType();
        SimpleFeatureBuilder fb = new SimpleFeatureBuilder(type);
        fb.addAll(List.of(line(44.366, 33.315, 44.5, 33.4), 1L, "refugee", 1.25, false, LocalDate.of(2024, 3, 1)));
        SimpleFeature first = fb.buildFeature("track.1");
        fb.add(line(45.0, 34.0, 45.1, 34.05));
        fb.add(2L);
        fb.add("fighter");
        fb.add(null);
        fb.add(true);
        fb.add(null);
        SimpleFeature second = fb.buildFeature("track.2");
        return new ListFeatureCollection(type, List.of(first, second));
    }

    private static LineString line(double lon1, double lat1, double lon2, double lat2) {
        double[] a = SIM.toMetres(lon1, lat1);
        double[] b = SIM.toMetres(lon2, lat2);
        return GF.createLineString(new Coordinate[] {new Coordinate(a[0], a[1]), new Coordinate(b[0], b[1])});
    }

    @Test
    void geoJsonIsDeterministicWgs84WithSevenDecimals() {
        String json = GeoJsonWriter.toJson(tracks());

        assertThat(json).isEqualTo(GeoJsonWriter.toJson(tracks()));
        assertThat(json).startsWith("{\"type\":\"FeatureCollection\",\"name\":\"tracks\",\"features\":[\n"
                + "{\"type\":\"Feature\",\"id\":\"track.1\",\"geometry\":{\"type\":\"LineString\",\"coordinates\":"
                + "[[44.366,33.315],[44.5,33.4]]},\"properties\":{\"agent_id\":1,\"agent_type\":\"refugee\","
                + "\"speed_m_s\":1.25,\"detected\":false,\"day\":\"2024-03-01\"}},\n");
        assertThat(json).contains("\"speed_m_s\":null,\"detected\":true,\"day\":null}}\n]}\n");
        assertThat(GeoJsonWriter.degrees(44.123456789)).isEqualTo("44.1234568");
        assertThat(GeoJsonWriter.degrees(-0.00000001)).isEqualTo("0");
        assertThat(GeoJsonWriter.degrees(1e-7)).isEqualTo("0.0000001");
    }

    @Test
    void geoJsonRoundTripsThroughOurReader(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("tracks.geojson");
        GeoJsonWriter.write(file, tracks());

        assertThat(dir.toFile().list()).containsExactly("tracks.geojson"); // no temporary left
        VectorLayer back = VectorLayers.read(file);
        assertThat(back.name()).isEqualTo("tracks");
        assertThat(back.features()).extracting(SimpleFeature::getID).containsExactly("track.1", "track.2");
        assertThat(back.features().get(0).getAttribute("agent_id")).isEqualTo(1L);
        assertThat(back.features().get(0).getAttribute("speed_m_s")).isEqualTo(1.25);
        assertThat(back.features().get(1).getAttribute("detected")).isEqualTo(true);
        Geometry original = (Geometry) tracks().features().next().getDefaultGeometry();
        Geometry read = (Geometry) back.features().get(0).getDefaultGeometry();
        for (int i = 0; i < 2; i++) {
            assertThat(read.getCoordinates()[i].distance(original.getCoordinates()[i])).isLessThan(0.05);
        }
    }

    @Test
    void aLayerReadFromAShapefileIsWrittenWithRfcRingOrientationAndReadBack(@TempDir Path dir) throws Exception {
        VectorLayer areas = VectorLayers.read(Fixtures.path("shp/areas.shp"));
        Path file = dir.resolve("areas.geojson");
        GeoJsonWriter.write(file, areas.collection());

        VectorLayer lonLat = VectorLayers.read(file, VectorReadOptions.defaults().reproject(false));
        Polygon marsh = (Polygon) ((Geometry) lonLat.features().get(0).getDefaultGeometry()).getGeometryN(0);
        assertThat(Orientation.isCCW(marsh.getExteriorRing().getCoordinates())).isTrue();
        assertThat(Orientation.isCCW(marsh.getInteriorRingN(0).getCoordinates())).isFalse();
        assertThat(marsh.getExteriorRing().getCoordinates()).contains(new Coordinate(47.0, 32.0));
        assertThat(lonLat.features().get(1).getAttribute("kind")).isEqualTo("two plateaus");
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).contains("\"area_id\":2");
    }

    @Test
    void geoPackageRoundTripsThroughOurReader(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("run.gpkg");
        Map<String, SimpleFeatureCollection> tables = new LinkedHashMap<>();
        tables.put("tracks", tracks());
        tables.put("places", VectorLayers.read(Fixtures.path("geojson/places.geojson")).collection());
        GeoPackageWriter.write(file, tables);

        assertThat(dir.toFile().list()).containsExactly("run.gpkg");
        assertThat(VectorLayers.geoPackageLayers(file)).containsExactlyInAnyOrder("tracks", "places");
        VectorLayer back = VectorLayers.read(file, VectorReadOptions.defaults().layerName("tracks").reproject(false));
        assertThat(CRS.lookupEpsgCode(back.sourceCrs(), true)).isEqualTo(4326);
        assertThat(back.features()).extracting(f -> f.getAttribute("agent_type")).containsExactly("refugee", "fighter");
        assertThat(back.features()).extracting(f -> f.getAttribute("speed_m_s")).containsExactly(1.25, null);
        assertThat(back.features()).extracting(f -> f.getAttribute("detected")).containsExactly(false, true);
        assertThat(back.features()).extracting(f -> f.getAttribute("day"))
                .containsExactly(LocalDate.of(2024, 3, 1), null);
        LineString first = (LineString) back.features().get(0).getDefaultGeometry();
        assertThat(first.getCoordinateN(0).x).isCloseTo(44.366, within(1e-9));
        assertThat(first.getCoordinateN(0).y).isCloseTo(33.315, within(1e-9));

        VectorLayer places = VectorLayers.read(file, VectorReadOptions.defaults().layerName("places"));
        assertThat(places.features().get(0).getAttribute("name_local")).isEqualTo("بغداد");
        assertThat(places.features().get(0).getAttribute("population")).isEqualTo(7_682_136L);
        double[] baghdad = SIM.toMetres(44.366, 33.315);
        Point point = (Point) places.features().get(0).getDefaultGeometry();
        assertThat(point.getX()).isCloseTo(baghdad[0], within(1.0));
        assertThat(point.getY()).isCloseTo(baghdad[1], within(1.0));
    }

    @Test
    void aGeoPackageIsReplacedWholeAndNothingTemporaryIsLeft(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("out.gpkg");
        GeoPackageWriter.write(file, "tracks", tracks());
        GeoPackageWriter.write(file, "again", tracks());

        assertThat(VectorLayers.geoPackageLayers(file)).containsExactly("again");
        assertThat(dir.toFile().list()).containsExactly("out.gpkg");
    }

    @Test
    void writersRefuseWhatTheyCannotWrite(@TempDir Path dir) {
        SimpleFeatureTypeBuilder tb = new SimpleFeatureTypeBuilder();
        tb.setName("nowhere");
        tb.add("geometry", Point.class);
        SimpleFeatureType noCrs = tb.buildFeatureType();
        ListFeatureCollection features = new ListFeatureCollection(noCrs,
                List.of(SimpleFeatureBuilder.build(noCrs, new Object[] {GF.createPoint(new Coordinate(1, 2))}, "a")));
        assertThatThrownBy(() -> GeoJsonWriter.toJson(features)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("feature type 'nowhere' has no CRS");
        assertThatThrownBy(() -> GeoPackageWriter.write(dir.resolve("x.gpkg"), "bad name", tracks()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("table name 'bad name'");
        assertThatThrownBy(() -> GeoPackageWriter.write(dir.resolve("x.sqlite"), "t", tracks()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must end with .gpkg");

        SimpleFeatureTypeBuilder nan = new SimpleFeatureTypeBuilder();
        nan.setName("nan");
        nan.setCRS(DefaultGeographicCRS.WGS84);
        nan.add("geometry", Point.class);
        nan.add("v", Double.class);
        SimpleFeatureType nanType = nan.buildFeatureType();
        ListFeatureCollection nanFeatures = new ListFeatureCollection(nanType, List.of(SimpleFeatureBuilder.build(
                nanType, new Object[] {GF.createPoint(new Coordinate(44, 33)), Double.NaN}, "n.1")));
        assertThatThrownBy(() -> GeoJsonWriter.toJson(nanFeatures)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("feature 'n.1': property 'v' is NaN, which JSON cannot hold; expected a finite number or null");
        assertThat(dir.toFile().list()).isEmpty();
    }
}
