package org.firebreak.geo.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.firebreak.geo.io.Fixtures.catchGis;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;

class InvalidGeometryTest {

    // System.Logger goes to java.util.logging unless the application routes it elsewhere.
    private final Logger julLogger = Logger.getLogger(LayerAssembler.class.getName());
    private final List<LogRecord> logged = new ArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logged.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void listen() {
        julLogger.addHandler(capture);
    }

    @AfterEach
    void stopListening() {
        julLogger.removeHandler(capture);
    }

    @Test
    void aBowTieIsRepairedWithAWarningNamingFileAndFeatureAndTheRepairIsRecorded() throws Exception {
        Path file = Fixtures.path("geojson/bowtie.geojson");
        VectorLayer layer = VectorLayers.read(file);

        assertThat(layer.size()).isEqualTo(2);
        Geometry repaired = (Geometry) layer.features().get(1).getDefaultGeometry();
        assertThat(repaired).isInstanceOf(MultiPolygon.class);
        assertThat(repaired.isValid()).isTrue();
        assertThat(repaired.getNumGeometries()).isEqualTo(2);
        assertThat(layer.repairs()).singleElement().asString()
                .isEqualTo(file + ": features[1] at line 11 (id 'bowtie'): invalid Polygon (Self-intersection at "
                        + "45.5 33.5) repaired into a MultiPolygon");
        assertThat(logged).singleElement().satisfies(r -> {
            assertThat(r.getLevel()).isEqualTo(Level.WARNING);
            assertThat(r.getMessage()).isEqualTo(layer.repairs().get(0));
        });
    }

    @Test
    void aBowTieFromAShapefileIsRepairedToo() throws Exception {
        VectorLayer layer = VectorLayers.read(Fixtures.path("shp/bowtie.shp"));

        assertThat(layer.repairs()).singleElement().asString()
                .contains("bowtie.shp: record 2 (id 'bowtie'): invalid MultiPolygon (Self-intersection at 45.5 33.5)");
        assertThat(((Geometry) layer.features().get(1).getDefaultGeometry()).isValid()).isTrue();
    }

    @Test
    void aBowTieCanBeRejectedInstead() {
        Path file = Fixtures.path("geojson/bowtie.geojson");
        GisInputException e = catchGis(() -> VectorLayers.read(file,
                VectorReadOptions.defaults().invalidGeometry(VectorReadOptions.InvalidGeometry.REJECT)));

        assertThat(e.getMessage()).startsWith(file + ": features[1] at line 11 (id 'bowtie'): invalid Polygon "
                + "(Self-intersection at 45.5 33.5); expected a valid geometry");
    }

    @Test
    void aGeometryThatRepairsToNothingIsRejectedByName() {
        // A ring whose four corners are one point: valid JSON, closed, but no area at all.
        String degenerate = "{\"type\": \"FeatureCollection\", \"features\": [{\"type\": \"Feature\", \"id\": \"dot\", "
                + "\"properties\": {}, \"geometry\": {\"type\": \"Polygon\", \"coordinates\": "
                + "[[[44, 33], [44, 33], [44, 33], [44, 33]]]}}]}";
        GisInputException e = catchGis(() -> VectorLayers.read("dot.geojson",
                new ByteArrayInputStream(degenerate.getBytes(StandardCharsets.UTF_8))));

        assertThat(e.getMessage()).startsWith("dot.geojson: features[0] at line 1 (id 'dot'): invalid Polygon (")
                .contains("cannot be repaired: nothing of it is left");
    }
}
