package org.firebreak.geo.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.firebreak.geo.io.Fixtures.catchGis;

import java.io.InputStream;
import java.nio.file.Path;
import org.geotools.referencing.CRS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.locationtech.jts.geom.Envelope;

class RasterLayerTest {

    @ParameterizedTest
    @ValueSource(strings = {"elevation.asc", "elevation.tif"})
    void readsGridGeometryAndCellValues(String fixture) throws Exception {
        RasterLayer raster = RasterLayers.read(Fixtures.path("raster/" + fixture));

        assertThat(raster.name()).isEqualTo("elevation");
        assertThat(CRS.lookupEpsgCode(raster.crs(), true)).isEqualTo(4326);
        assertThat(raster.cols()).isEqualTo(4);
        assertThat(raster.rows()).isEqualTo(3);
        assertThat(raster.cellWidth()).isCloseTo(0.25, within(1e-12));
        assertThat(raster.cellHeight()).isCloseTo(0.25, within(1e-12));
        assertThat(raster.envelope()).isEqualTo(new Envelope(44.0, 45.0, 33.0, 33.75));
        assertThat(raster.nodataValue()).hasValue(-9999);
        assertThat(raster.nodataCount()).isZero();
        assertThat(raster.values()).containsExactly(10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110, 120.5f);
        assertThat(raster.value(1, 1)).isEqualTo(60);
        // Cell (col 1, row 1) spans 44.25..44.5 E, 33.25..33.5 N.
        assertThat(raster.valueAt(44.375, 33.375)).isEqualTo(60);
        assertThat(raster.valueAtLonLat(44.9, 33.01)).isEqualTo(120.5);
        assertThat(raster.valueAtLonLat(45.0, 33.0)).isEqualTo(120.5); // the south-east corner
        assertThat(raster.valueAtLonLat(44.0, 33.75)).isEqualTo(10);
        double[] metres = SimulationCrs.frontier().toMetres(44.6, 33.6);
        assertThat(raster.valueAtMetres(metres[0], metres[1])).isEqualTo(30);
        assertThatThrownBy(() -> raster.valueAtLonLat(45.1, 33.5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("lies outside raster 'elevation'");
    }

    @Test
    void aUtmGeoTiffIsSampledFromLonLatAndSimulationMetres() throws Exception {
        RasterLayer raster = RasterLayers.read(Fixtures.path("raster/elevation_utm38n.tif"));

        assertThat(CRS.lookupEpsgCode(raster.crs(), true)).isEqualTo(32638);
        assertThat(raster.cellWidth()).isEqualTo(10_000);
        // Baghdad is at E 440 985, N 3 686 388 in UTM 38N: column 4, row 0.
        assertThat(raster.valueAtLonLat(44.366, 33.315)).isEqualTo(5);
        double[] baghdad = SimulationCrs.frontier().toMetres(44.366, 33.315);
        assertThat(raster.valueAtMetres(baghdad[0], baghdad[1])).isEqualTo(5);
        assertThat(raster.valueAt(405_000, 3_655_000)).isEqualTo(16);
    }

    @ParameterizedTest
    @ValueSource(strings = {"holes.asc", "holes.tif"})
    void nodataHolesAreAnErrorByDefault(String fixture) {
        Path file = Fixtures.path("raster/" + fixture);
        assertThat(catchGis(() -> RasterLayers.read(file)).getMessage()).isEqualTo(file
                + ": 2 of 12 cells (16.7%) are nodata (-9999.0), more than the 0.0% allowed; first hole at column 1, "
                + "row 1 (x 44.375, y 33.375); fill the holes or allow a nodata share when reading");
    }

    @Test
    void nodataHolesWithinTheAllowedShareReadAsNaN() throws Exception {
        RasterLayer raster = RasterLayers.read(Fixtures.path("raster/holes.asc"),
                RasterReadOptions.defaults().maxNodataShare(0.2));

        assertThat(raster.nodataCount()).isEqualTo(2);
        assertThat(raster.nodataShare()).isCloseTo(2 / 12.0, within(1e-12));
        assertThat(raster.isNodata(1, 1)).isTrue();
        assertThat(raster.isNodata(2, 2)).isTrue();
        assertThat(raster.valueAtLonLat(44.375, 33.375)).isNaN();
        assertThat(raster.value(0, 0)).isEqualTo(10);
    }

    @Test
    void anAsciiGridWithoutPrjIsAnErrorUnlessTheCrsIsDeclared() throws Exception {
        Path file = Fixtures.path("raster/noprj.asc");
        assertThat(catchGis(() -> RasterLayers.read(file)).getMessage()).isEqualTo(file
                + ": has no coordinate reference system (no .prj file beside it); add one to the file or declare the "
                + "layer's CRS in the scenario");

        RasterLayer declared = RasterLayers.read(file, RasterReadOptions.defaults().declaredCrs(
                CRS.decode("EPSG:4326", true)));
        assertThat(declared.valueAtLonLat(44.375, 33.375)).isEqualTo(60);
    }

    @Test
    void aGeoTiffWithoutGeoKeysIsAnErrorUnlessTheCrsIsDeclared() throws Exception {
        Path file = Fixtures.path("raster/nocrs.tif");
        assertThat(catchGis(() -> RasterLayers.read(file)).getMessage()).isEqualTo(file
                + ": has no coordinate reference system (no geo keys naming one); add one to the file or declare the "
                + "layer's CRS in the scenario");

        RasterLayer declared = RasterLayers.read(file, RasterReadOptions.defaults().declaredCrs(
                CRS.decode("EPSG:4326", true)));
        assertThat(declared.valueAtLonLat(44.875, 33.125)).isEqualTo(120.5);
    }

    @Test
    void aRasterOutsideTheSimulationAreaIsRefused() {
        Path file = Fixtures.path("raster/elevation.asc");
        Envelope farAway = new Envelope(1_000_000, 1_100_000, 1_000_000, 1_100_000);
        assertThat(catchGis(() -> RasterLayers.read(file, RasterReadOptions.defaults().area(farAway))).getMessage())
                .startsWith(file + ": raster 'elevation' lies wholly outside the simulation area: raster extent x ")
                .contains("area x 1000000..1100000 m");
    }

    @Test
    void readsAnAsciiGridResourceWithItsPrj() throws Exception {
        RasterLayer raster = RasterLayers.readResource(RasterLayerTest.class, "/fixtures/raster/elevation.asc",
                RasterReadOptions.defaults());

        assertThat(raster.source()).isEqualTo("/fixtures/raster/elevation.asc");
        assertThat(CRS.lookupEpsgCode(raster.crs(), true)).isEqualTo(4326);
        assertThat(raster.value(3, 2)).isEqualTo(120.5f);
    }

    @Test
    void readsStreamsAndLeavesThemOpen() throws Exception {
        try (InputStream tif = RasterLayerTest.class.getResourceAsStream("/fixtures/raster/elevation_utm38n.tif");
                InputStream asc = RasterLayerTest.class.getResourceAsStream("/fixtures/raster/elevation.asc")) {
            assertThat(RasterLayers.read("data:elevation_utm38n.tif", tif).value(0, 3)).isEqualTo(16);
            assertThat(catchGis(() -> RasterLayers.read("data:elevation.asc", asc)).getMessage())
                    .startsWith("data:elevation.asc: has no coordinate reference system");
            assertThatCode(tif::available).doesNotThrowAnyException(); // still open
        }
    }

    @Test
    void aFileThatIsNotARasterIsNamed() {
        Path file = Fixtures.path("geojson/places.geojson");
        assertThat(catchGis(() -> RasterLayers.read(file)).getMessage())
                .isEqualTo(file + ": unsupported raster format; expected a .tif, .tiff or .asc file");
        assertThat(catchGis(() -> RasterLayers.read("places.tif", RasterLayerTest.class.getResourceAsStream(
                "/fixtures/shp/places.dbf"), RasterReadOptions.defaults())).getMessage())
                .startsWith("places.tif: cannot read as a raster: ");
    }
}
