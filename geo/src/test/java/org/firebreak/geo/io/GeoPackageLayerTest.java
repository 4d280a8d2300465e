package org.firebreak.geo.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.firebreak.geo.io.Fixtures.catchGis;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.geotools.api.feature.simple.SimpleFeature;
import org.geotools.api.feature.type.AttributeDescriptor;
import org.geotools.referencing.CRS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

class GeoPackageLayerTest {

    private static final SimulationCrs SIM = SimulationCrs.frontier();

    @Test
    void readsTheOnlyFeatureTableWithTypedColumns() throws Exception {
        VectorLayer layer = VectorLayers.read(Fixtures.path("gpkg/places.gpkg"));

        assertThat(layer.name()).isEqualTo("places");
        assertThat(layer.size()).isEqualTo(3);
        assertThat(CRS.lookupEpsgCode(layer.sourceCrs(), true)).isEqualTo(4326);
        assertThat(layer.featureType().getGeometryDescriptor().getType().getBinding()).isEqualTo(Point.class);
        assertThat(layer.featureType().getAttributeDescriptors()).extracting(AttributeDescriptor::getLocalName)
                .containsExactly("geometry", "id", "name", "name_local", "population", "elevation_m", "capital",
                        "founded");
        assertThat(layer.featureType().getAttributeDescriptors()).extracting(d -> (Object) d.getType().getBinding())
                .containsExactly(Point.class, String.class, String.class, String.class, Long.class, Double.class,
                        Boolean.class, LocalDate.class);

        SimpleFeature baghdad = layer.features().get(0);
        assertThat(baghdad.getID()).isEqualTo("places.1");
        assertThat(baghdad.getAttribute("name_local")).isEqualTo("بغداد");
        assertThat(baghdad.getAttribute("population")).isEqualTo(7_682_136L);
        assertThat(baghdad.getAttribute("capital")).isEqualTo(true);
        assertThat(baghdad.getAttribute("founded")).isEqualTo(LocalDate.of(762, 7, 30));
        assertAt((Geometry) baghdad.getDefaultGeometry(), 44.366, 33.315);
        assertThat(layer.features().get(2).getAttribute("population")).isNull();
        assertThat(layer.features().get(2).getAttribute("capital")).isEqualTo(false);
    }

    @Test
    void aUtm38nGeoPackageLandsOnTheSameMetres() throws Exception {
        VectorLayer utm = VectorLayers.read(Fixtures.path("gpkg/places_utm38n.gpkg"));
        VectorLayer wgs84 = VectorLayers.read(Fixtures.path("gpkg/places.gpkg"));

        assertThat(CRS.lookupEpsgCode(utm.sourceCrs(), true)).isEqualTo(32638);
        for (int i = 0; i < 3; i++) {
            Coordinate a = ((Geometry) utm.features().get(i).getDefaultGeometry()).getCoordinate();
            Coordinate b = ((Geometry) wgs84.features().get(i).getDefaultGeometry()).getCoordinate();
            assertThat(a.distance(b)).isLessThan(1.0);
        }
    }

    @Test
    void listsTablesAndReadsTheNamedOne() throws Exception {
        Path file = Fixtures.path("gpkg/two_layers.gpkg");
        assertThat(VectorLayers.geoPackageLayers(file)).containsExactlyInAnyOrder("places", "areas");

        VectorLayer areas = VectorLayers.read(file, VectorReadOptions.defaults().layerName("areas"));
        assertThat(areas.size()).isEqualTo(2);
        Geometry marsh = (Geometry) areas.features().get(0).getDefaultGeometry();
        assertThat(((Polygon) marsh.getGeometryN(0)).getNumInteriorRing()).isEqualTo(1);
        assertThat(areas.features().get(1).getAttribute("kind")).isEqualTo("two plateaus");
    }

    @Test
    void severalTablesWithoutANameIsAnErrorListingThem() {
        Path file = Fixtures.path("gpkg/two_layers.gpkg");
        assertThat(catchGis(() -> VectorLayers.read(file)).getMessage())
                .startsWith(file + ": holds 2 feature tables [").endsWith("]; name the one to read");
        assertThat(catchGis(() -> VectorLayers.read(file, VectorReadOptions.defaults().layerName("roads")))
                .getMessage()).startsWith(file + ": has no feature table 'roads'; it has [");
    }

    @Test
    void anUnknownEpsgCodeInTheSrsTableIsNamed() {
        Path file = Fixtures.path("gpkg/unknown_srs.gpkg");
        assertThat(catchGis(() -> VectorLayers.read(file)).getMessage()).startsWith(file
                + " (layer 'places'): gpkg_spatial_ref_sys (srs_id 999999) names an unknown EPSG code 999999");
    }

    @Test
    void aFileThatIsNotAGeoPackageIsNamed(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("fake.gpkg");
        Files.writeString(file, "not a database");
        assertThat(catchGis(() -> VectorLayers.read(file)).getMessage()).startsWith(file + ": cannot ");
    }

    private static void assertAt(Geometry geometry, double lon, double lat) {
        double[] expected = SIM.toMetres(lon, lat);
        assertThat(geometry.getCoordinate().x).isCloseTo(expected[0], within(1.0));
        assertThat(geometry.getCoordinate().y).isCloseTo(expected[1], within(1.0));
    }
}
