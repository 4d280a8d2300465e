package org.firebreak.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.firebreak.geo.io.VectorLayer;
import org.firebreak.geo.io.VectorLayers;
import org.firebreak.geo.io.VectorReadOptions;
import org.geotools.api.feature.simple.SimpleFeature;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Point;

class GisOutputsTest {
    @TempDir
    Path tmp;

    private static int run(String... args) {
        return FirebreakCli.execute(new PrintWriter(new StringWriter(), true), new PrintWriter(new StringWriter(), true),
                args);
    }

    @Test
    void eventsAndTracksAreWrittenInWgs84AndReadBackAsTheCsvSays() throws Exception {
        Path out = tmp.resolve("gis");
        assertThat(run("run", "--quiet", "--scenario", "frontier-outflow-demo", "--hours", "3", "--gis", "--out",
                out.toString())).isZero();
        List<String> csv = Files.readAllLines(out.resolve("events.csv"));
        VectorLayer events = VectorLayers.read(out.resolve("events.geojson"),
                VectorReadOptions.defaults().reproject(false));
        assertThat(events.size()).isEqualTo(csv.size() - 1);
        // the first refugee appears within 5 km of Kermanshah (47.065 E, 34.314 N): about 0.06 degrees
        SimpleFeature firstRefugee = events.features().stream()
                .filter(f -> "refugee".equals(f.getAttribute("agent_type")) && "spawned".equals(f.getAttribute("event")))
                .findFirst().orElseThrow();
        Point p = (Point) firstRefugee.getDefaultGeometry();
        assertThat(p.getX()).isCloseTo(47.065, within(0.07));
        assertThat(p.getY()).isCloseTo(34.314, within(0.05));
        VectorLayer tracks = VectorLayers.read(out.resolve("tracks.geojson"),
                VectorReadOptions.defaults().reproject(false));
        assertThat(tracks.size()).isPositive();
        assertThat(VectorLayers.geoPackageLayers(out.resolve("run.gpkg"))).contains("events", "tracks");
        VectorLayer fromGpkg = VectorLayers.read(out.resolve("run.gpkg"),
                VectorReadOptions.defaults().layerName("events").reproject(false));
        assertThat(fromGpkg.size()).isEqualTo(events.size());
    }

    @Test
    void gisLayersNeedAGeographicTerrain() {
        assertThat(run("run", "--quiet", "--scenario", "synthetic-frontier", "--gis", "--out",
                tmp.resolve("x").toString())).isEqualTo(2);
    }
}
