package org.firebreak.crowd.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.firebreak.crowd.scenario.CrowdScenarioLoaderTest.CORRIDOR;
import static org.firebreak.crowd.scenario.CrowdScenarioLoaderTest.GEOJSON;
import static org.firebreak.crowd.scenario.CrowdScenarioLoaderTest.HEAD;
import static org.firebreak.crowd.scenario.CrowdScenarioLoaderTest.assertProblem;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.firebreak.core.scenario.ScenarioException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every class of bad input gives a message naming the file, the key or feature, and what was expected. */
class CrowdScenarioErrorsTest {
    @TempDir
    Path dir;

    @Test
    void unknownKeyIsNamedWithItsLineAndTheNearestKey() {
        // "setings" is on line 7 of the file
        assertProblem(CORRIDOR.replace("duration_s: 60\n", "duration_s: 60\nsetings: {time_step: 0.01}\n"),
                "test.yaml:7: setings: unknown key 'setings'", "did you mean 'settings'?");
        assertProblem(CORRIDOR.replace("lanes: 2", "lanes: 2\n      lane_count: 3"),
                "geometry.gates[0].lane_count: unknown key 'lane_count'");
    }

    @Test
    void notANumberAndOutOfRangeValuesNameTheKeyAndTheRange() {
        assertProblem(CORRIDOR.replace("duration_s: 60\n", "duration_s: 60\nsettings: {speed_mean: .nan}\n"),
                "settings.speed_mean: speed_mean = NaN is out of range; expected a number in [0.1, 3] m/s");
        assertProblem(CORRIDOR.replace("lanes: 2", "lanes: 0"),
                "geometry.gates[0].lanes: lanes = 0 is out of range; expected an integer in [1, 1000]");
        assertProblem(CORRIDOR.replace("rate_per_s: 0.5", "rate_per_s: -1"),
                "geometry.sources[0].rate_per_s: rate_per_s = -1 is out of range");
        assertProblem(CORRIDOR.replace("mean_s: 4", "mean_s: .inf"), "mean_s = Infinity is out of range");
        assertProblem(CORRIDOR.replace("distribution: deterministic", "distribution: exponental"),
                "unknown service distribution 'exponental'; did you mean 'exponential'?");
        assertProblem(CORRIDOR.replace("[[0.5, 0.5], [3, 0.5]", "[[.nan, 0.5], [3, 0.5]"),
                "geometry.sources[0].area[0]", "expected finite local metres");
    }

    @Test
    void aRouteNamingAnUnknownTargetSuggestsTheNearest() {
        assertProblem(CORRIDOR.replace("route: [check, east]", "route: [check, eats]"),
                "geometry.sources[0].route[1]: source west: unknown target 'eats'; did you mean 'east'?",
                "known: check, east");
        // a source is not a target
        assertProblem(CORRIDOR.replace("route: [check, east]", "route: [west, east]"),
                "geometry.sources[0].route[0]: source west: unknown target 'west'");
    }

    @Test
    void invalidGeometryIsRefused() {
        // a bow tie of unequal lobes crosses itself at t = 2.5 / 4.5 along its first edge: (17/9, 13/6)
        assertProblem(CORRIDOR.replace("[[0.5, 0.5], [3, 0.5], [3, 3.5], [0.5, 3.5]]",
                "[[0.5, 0.5], [3, 3.5], [3, 0.5], [1, 3.5]]"),
                "geometry.sources[0].area", "invalid polygon: self-intersection at [1.888", ", 2.166");
        // three points on one line enclose nothing
        assertProblem(CORRIDOR.replace("[[18, 0], [20, 0], [20, 4], [18, 4]]", "[[18, 0], [19, 0], [20, 0]]"),
                "geometry.sinks[0].area", "degenerate polygon");
        assertProblem(CORRIDOR.replace("- [[0, 0], [20, 0]]", "- [[0, 0], [0, 0], [20, 0]]"),
                "geometry.walls[0][1]", "zero-length segment");
        assertProblem(CORRIDOR.replace("passage: [[10, 0.5], [10, 3.5]]", "passage: [[10, 0.5], [10, 0.5]]"),
                "geometry.gates[0].passage[1]", "zero-length segment");
        assertProblem(CORRIDOR.replace("passage: [[10, 0.5], [10, 3.5]]", "passage: [[10, 0.5], [10, 2], [10, 3.5]]"),
                "geometry.gates[0].passage", "exactly 2 points");
    }

    @Test
    void aSourceOutsideTheWalkableRegionIsRefused() {
        assertProblem(CORRIDOR.replace("[[0.5, 0.5], [3, 0.5], [3, 3.5], [0.5, 3.5]]",
                "[[-9, 0.5], [-6, 0.5], [-6, 3.5], [-9, 3.5]]"),
                "geometry.sources[0]", "source west: area is not inside the walkable outline");
    }

    @Test
    void geoJsonProblemsNameTheGeometryFileAndTheFeature() throws IOException {
        Files.writeString(dir.resolve("bad.geojson"), GEOJSON.replace("\"lanes\": 2", "\"lanes\": 2.5")
                .replace("\"kind\": \"sink\"", "\"kind\": \"snk\""));
        Path file = dir.resolve("s.yaml");
        Files.writeString(file, HEAD + "geometry_file: bad.geojson\n");
        assertThatThrownBy(() -> CrowdScenarioLoader.load(file)).isInstanceOf(ScenarioException.class)
                .satisfies(e -> assertThat(e.getMessage())
                        .contains("bad.geojson:")
                        .contains("features[5].properties.lanes")
                        .contains("feature 5 (gate, id 'g1', name 'check'): expected an integer in [1, 1000], got 2.5")
                        .doesNotContain("unknown target")
                        .contains("features[7].properties.kind")
                        .contains("unknown feature kind 'snk'; did you mean 'sink'?"));
    }

    @Test
    void aMissingGeometryFileAndBothFormsAtOnceAreRefused() throws IOException {
        Path file = dir.resolve("s.yaml");
        Files.writeString(file, HEAD + "geometry_file: nowhere.geojson\n");
        assertThatThrownBy(() -> CrowdScenarioLoader.load(file)).hasMessageContaining("s.yaml")
                .hasMessageContaining("geometry_file: cannot use 'nowhere.geojson': no such file");
        assertProblem(CORRIDOR + "geometry_file: x.geojson\n", "both geometry and geometry_file are given");
    }

    @Test
    void hugeFilesAreRefusedBeforeParsing() throws IOException {
        String padding = "#" + "x".repeat(CrowdScenarioLoader.MAX_FILE_BYTES) + "\n";
        assertProblem(padding + CORRIDOR, "limited to 10485760 bytes");
        Files.writeString(dir.resolve("big.geojson"), " ".repeat(CrowdScenarioLoader.MAX_FILE_BYTES + 1));
        Path file = dir.resolve("s.yaml");
        Files.writeString(file, HEAD + "geometry_file: big.geojson\n");
        assertThatThrownBy(() -> CrowdScenarioLoader.load(file))
                .hasMessageContaining("cannot use 'big.geojson': the file is 10485761 bytes");
    }

    @Test
    void aSiteTooLargeToGridIsRefusedNamingItsSize() {
        // coordinates in centimetres by mistake: 4 km x 400 m at 0.2 m cells is 40 million cells
        assertProblem(CORRIDOR.replace("[[18, 0], [20, 0], [20, 4], [18, 4]]",
                "[[3800, 0], [4000, 0], [4000, 400], [3800, 400]]").replace("  walkable: [[0, 0], [20, 0], [20, 4], [0, 4]]\n", ""),
                "the site spans 4000 m x 400 m", "40000000 navigation cells", "expected at most 20000000");
    }

    @Test
    void versionKindAndDuplicateNamesAreChecked() {
        assertProblem(CORRIDOR.replace("version: 1", "version: 2"), "newer Firebreak (crowd format version 2)");
        assertProblem(CORRIDOR.replace("kind: crowd", "kind: regional"), "kind is string \"regional\"; expected crowd");
        assertProblem(CORRIDOR.replace("kind: crowd\n", ""), "missing key 'kind'; expected kind: crowd");
        assertProblem(CORRIDOR.replace("name: east", "name: check"), "duplicate target (gate, sink or waiting area) "
                + "name 'check'");
        assertProblem(CORRIDOR.replace("model: {id: social-force}", "").replace("duration_s: 60\n",
                "duration_s: 60\nmodel: {id: social-farce}\n"), "unknown pedestrian model 'social-farce'; did you "
                + "mean 'social-force'?");
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        String text = CORRIDOR.replace("lanes: 2", "lanes: 0").replace("route: [check, east]", "route: [chek, east]")
                .replace("cell_size: 0.5", "cell_size: 0");
        assertThatThrownBy(() -> CrowdScenarioLoaderTest.load(text)).isInstanceOf(ScenarioException.class)
                .satisfies(e -> assertThat(((ScenarioException) e).problems()).hasSizeGreaterThanOrEqualTo(2));
    }
}
