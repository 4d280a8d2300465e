package org.firebreak.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A modeller's own map layers, named by a scenario as a directory, with a declared CRS for a file that has none. */
class OwnDatasetTest {
    @TempDir
    Path dir;

    private static String feature(String geometry, String properties) {
        return "{\"type\":\"Feature\",\"geometry\":" + geometry + ",\"properties\":" + properties + "}";
    }

    private static String collection(String... features) {
        return "{\"type\":\"FeatureCollection\",\"features\":[" + String.join(",", features) + "]}";
    }

    @BeforeEach
    void writeDataset() throws Exception {
        Files.writeString(dir.resolve("countries.geojson"), collection(
                feature("{\"type\":\"Polygon\",\"coordinates\":[[[43.5,32.5],[44,32.5],[44,33.5],[43.5,33.5],[43.5,32.5]]]}",
                        "{\"iso3\":\"AAA\",\"name\":\"West\"}"),
                feature("{\"type\":\"Polygon\",\"coordinates\":[[[44,32.5],[44.5,32.5],[44.5,33.5],[44,33.5],[44,32.5]]]}",
                        "{\"iso3\":\"BBB\",\"name\":\"East\"}")));
        Files.writeString(dir.resolve("borders.geojson"), collection(feature(
                "{\"type\":\"LineString\",\"coordinates\":[[44,32.5],[44,33.5]]}", "{\"id\":\"AAA-BBB\"}")));
        Files.writeString(dir.resolve("places.geojson"), collection(
                feature("{\"type\":\"Point\",\"coordinates\":[44.2,33.0]}",
                        "{\"id\":\"east-town\",\"name\":\"East Town\",\"country\":\"BBB\",\"population\":1000}"),
                feature("{\"type\":\"Point\",\"coordinates\":[43.8,33.0]}",
                        "{\"id\":\"west-town\",\"name\":\"West Town\",\"country\":\"AAA\",\"population\":1000}")));
        Files.writeString(dir.resolve("crossings.geojson"), collection(feature(
                "{\"type\":\"Point\",\"coordinates\":[44.0,33.0]}",
                "{\"id\":\"gate\",\"name\":\"Gate\",\"kind\":\"official\",\"border\":\"AAA-BBB\"}")));
        StringBuilder asc = new StringBuilder("ncols 10\nnrows 10\nxllcorner 43.5\nyllcorner 32.5\ncellsize 0.1\n"
                + "NODATA_value -9999\n");
        for (int r = 0; r < 10; r++) {
            asc.append("100 ".repeat(10).trim()).append('\n');
        }
        Files.writeString(dir.resolve("elevation.asc"), asc.toString()); // no .prj beside it
        Files.writeString(dir.resolve("dataset.json"), """
                {"name": "mine", "layers": [
                  {"name": "countries", "file": "countries.geojson"},
                  {"name": "borders", "file": "borders.geojson"},
                  {"name": "places", "file": "places.geojson"},
                  {"name": "crossings", "file": "crossings.geojson"},
                  {"name": "elevation", "file": "elevation.asc"}]}
                """);
    }

    private String scenario(String crsLine) throws Exception {
        Path s = dir.resolve("scenario.yaml");
        Files.writeString(s, """
                version: 1
                name: own-data
                description: two towns across a border, on layers of my own
                seed: 3
                terrain:
                  dataset: .
                %s
                time: {duration_hours: 12}
                sources:
                  - {id: east, type: refugee, place: east-town, radius_m: 0, start_hours: 0, end_hours: 0, people: 10,
                     destination: west-town}
                """.formatted(crsLine));
        return s.toString();
    }

    private static String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = FirebreakCli.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new String[] {Integer.toString(code), out.toString(), err.toString()};
    }

    @Test
    void aLayerWithoutCrsIsRefusedUnlessTheScenarioDeclaresOne() throws Exception {
        String[] refused = run("run", "--quiet", "--scenario", scenario(""), "--out", dir.resolve("a").toString());
        assertThat(refused[0]).isEqualTo("2");
        assertThat(refused[2]).contains("terrain.dataset").contains("elevation.asc").containsIgnoringCase("crs");

        String[] ran = run("run", "--quiet", "--scenario", scenario("  crs: EPSG:4326"), "--out",
                dir.resolve("b").toString());
        assertThat(ran[0]).as(ran[2]).isEqualTo("0");
        // 0.4 degrees of longitude (about 37 km) at Tobler's pace: everyone has crossed at the gate
        String summary = Files.readString(dir.resolve("b/summary.json"));
        assertThat(summary).contains("\"gate\" : {").containsPattern("\"crossed\" : 10");
    }
}
