package org.firebreak.geo.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.InputStream;
import java.util.List;
import org.geotools.api.feature.simple.SimpleFeature;
import org.geotools.api.feature.type.AttributeDescriptor;
import org.geotools.referencing.CRS;
import org.geotools.referencing.crs.DefaultGeographicCRS;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

class GeoJsonLayerTest {

    private static final SimulationCrs SIM = SimulationCrs.frontier();

    static void assertAt(Geometry point, double lon, double lat) {
        double[] expected = SIM.toMetres(lon, lat);
        Coordinate c = point.getCoordinate();
        assertThat(c.x).isCloseTo(expected[0], within(1.0));
        assertThat(c.y).isCloseTo(expected[1], within(1.0));
    }

    @Test
    void readsPointsWithTheirPropertiesAndTypesIntoSimulationMetres() throws Exception {
        VectorLayer layer = VectorLayers.read(Fixtures.path("geojson/places.geojson"));

        assertThat(layer.name()).isEqualTo("places");
        assertThat(layer.size()).isEqualTo(3);
        assertThat(CRS.equalsIgnoreMetadata(layer.crs(), SIM.crs())).isTrue();
        assertThat(layer.sourceCrs()).isEqualTo(DefaultGeographicCRS.WGS84);
        assertThat(layer.featureType().getGeometryDescriptor().getType().getBinding()).isEqualTo(Point.class);
        assertThat(layer.featureType().getAttributeDescriptors()).extracting(AttributeDescriptor::getLocalName)
                .containsExactly("geometry", "name", "name_local", "population", "elevation_m", "capital", "founded");
        assertThat(layer.featureType().getDescriptor("population").getType().getBinding()).isEqualTo(Long.class);
        assertThat(layer.featureType().getDescriptor("elevation_m").getType().getBinding()).isEqualTo(Double.class);
        assertThat(layer.featureType().getDescriptor("capital").getType().getBinding()).isEqualTo(Boolean.class);
        assertThat(layer.featureType().getDescriptor("founded").getType().getBinding()).isEqualTo(String.class);

        SimpleFeature baghdad = layer.features().get(0);
        assertThat(baghdad.getID()).isEqualTo("baghdad");
        assertThat(baghdad.getAttribute("name_local")).isEqualTo("بغداد");
        assertThat(baghdad.getAttribute("population")).isEqualTo(7_682_136L);
        assertThat(baghdad.getAttribute("elevation_m")).isEqualTo(34.5);
        assertThat(baghdad.getAttribute("capital")).isEqualTo(true);
        assertAt((Geometry) baghdad.getDefaultGeometry(), 44.366, 33.315);
        assertAt((Geometry) layer.features().get(1).getDefaultGeometry(), 47.78, 30.51);

        SimpleFeature erbil = layer.features().get(2);
        assertThat(erbil.getAttribute("population")).isNull();
        assertThat(erbil.getAttribute("name_local")).isEqualTo("Hewlêr");
        assertThat(layer.repairs()).isEmpty();
    }

    @Test
    void keepsHolesAndMultiPolygons() throws Exception {
        VectorLayer layer = VectorLayers.read(Fixtures.path("geojson/areas.geojson"));

        Polygon marsh = (Polygon) layer.features().get(0).getDefaultGeometry();
        assertThat(marsh.getNumInteriorRing()).isEqualTo(1);
        assertAt(marsh.getInteriorRingN(0).getStartPoint(), 46.25, 31.25);
        assertThat(layer.features().get(0).getAttribute("area_id")).isEqualTo(1L);
        MultiPolygon plateaus = (MultiPolygon) layer.features().get(1).getDefaultGeometry();
        assertThat(plateaus.getNumGeometries()).isEqualTo(2);
        assertAt(plateaus.getGeometryN(1).getCoordinates()[0], 43.0, 34.0);
    }

    @Test
    void keepsLonLatWhenNotReprojected() throws Exception {
        VectorLayer layer = VectorLayers.read(Fixtures.path("geojson/roads.geojson"),
                VectorReadOptions.defaults().reproject(false));

        assertThat(layer.crs()).isEqualTo(DefaultGeographicCRS.WGS84);
        LineString highway = (LineString) layer.features().get(0).getDefaultGeometry();
        assertThat(highway.getCoordinateN(2)).isEqualTo(new Coordinate(47.78, 30.51));
        assertThat(layer.features().get(1).getAttribute("lanes")).isEqualTo(2L);
    }

    @Test
    void readsAResourceStreamWithoutClosingIt() throws Exception {
        try (InputStream in = GeoJsonLayerTest.class.getResourceAsStream("/fixtures/geojson/roads.geojson")) {
            VectorLayer layer = VectorLayers.read("firebreak-data:geojson/roads.geojson", in);
            assertThat(layer.source()).isEqualTo("firebreak-data:geojson/roads.geojson");
            assertThat(layer.size()).isEqualTo(2);
            assertThat(in.read()).isEqualTo(-1);
        }
    }

    private static void assertAt(Point point, double lon, double lat) {
        assertAt((Geometry) point, lon, lat);
    }

    private static void assertAt(Coordinate c, double lon, double lat) {
        double[] expected = SIM.toMetres(lon, lat);
        assertThat(List.of(c.x, c.y)).satisfiesExactly(
                x -> assertThat(x).isCloseTo(expected[0], within(1.0)),
                y -> assertThat(y).isCloseTo(expected[1], within(1.0)));
    }
}
