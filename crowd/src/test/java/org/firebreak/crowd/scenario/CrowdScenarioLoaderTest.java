package org.firebreak.crowd.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.firebreak.core.scenario.ScenarioException;
import org.firebreak.crowd.ServiceTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading, round trip and content hash of crowd scenario files, inline and from GeoJSON. */
class CrowdScenarioLoaderTest {
    /** A corridor 20 m x 4 m: a source at the west end, a two-lane gate halfway, a sink at the east end. */
    static final String HEAD = """
            version: 1
            kind: crowd
            name: corridor
            description: a short corridor with one gate
            seed: 7
            duration_s: 60
            """;
    static final String GEOMETRY = """
            geometry:
              walkable: [[0, 0], [20, 0], [20, 4], [0, 4]]
              walls:
                - [[0, 0], [20, 0]]
                - [[0, 4], [20, 4]]
                - [[10, 0], [10, 0.5]]
                - [[10, 3.5], [10, 4]]
              gates:
                - name: check
                  passage: [[10, 0.5], [10, 3.5]]
                  lanes: 2
                  service: {distribution: deterministic, mean_s: 4}
              sources:
                - name: west
                  area: [[0.5, 0.5], [3, 0.5], [3, 3.5], [0.5, 3.5]]
                  rate_per_s: 0.5
                  route: [check, east]
              sinks:
                - name: east
                  area: [[18, 0], [20, 0], [20, 4], [18, 4]]
            """;
    static final String MEASUREMENT = """
            measurement:
              cell_size: 0.5
              areas:
                - name: queue
                  area: [[7, 0], [10, 0], [10, 4], [7, 4]]
              lines:
                - name: past-gate
                  line: [[12, 4], [12, 0]]
            """;
    static final String CORRIDOR = HEAD + GEOMETRY + MEASUREMENT;

    @TempDir
    Path dir;

    static CrowdScenario load(String text) throws ScenarioException {
        return CrowdScenarioLoader.load("test.yaml", text, Path.of("."));
    }

    @Test
    void readsEveryPartWithUnitsAndDefaults() throws ScenarioException {
        CrowdScenario s = load(CORRIDOR);
        assertThat(s.name()).isEqualTo("corridor");
        assertThat(s.seed()).isEqualTo(7);
        assertThat(s.durationSeconds()).isEqualTo(60);
        // the default desired speeds: mean 1.34 m/s, s.d. 0.26 (Weidmann 1993)
        assertThat(s.settings().speedMean()).isEqualTo(1.34);
        assertThat(s.settings().speedSd()).isEqualTo(0.26);
        assertThat(s.geometry().gates()).singleElement().satisfies(g -> {
            assertThat(g.lanes()).isEqualTo(2);
            assertThat(g.service()).isEqualTo(ServiceTime.deterministic(4));
            // two lanes of 4 s each: half a person per second
            assertThat(g.capacityPerSecond()).isEqualTo(0.5);
        });
        assertThat(s.geometry().sources().get(0).route()).containsExactly("check", "east");
        assertThat(s.geometry().walls()).hasSize(4);
        assertThat(s.measurement().areas()).singleElement().extracting(CrowdScenario.NamedArea::name)
                .isEqualTo("queue");
        assertThat(s.geometry().measurementLines()).singleElement().extracting(l -> l.line().length())
                .isEqualTo(4.0);
        assertThat(s.measurement().exposureThresholds()).containsExactly(4.0, 6.0);
        // the walkable outline less nothing: 20 m x 4 m
        assertThat(s.measureConfig().walkable().getArea()).isEqualTo(80.0);
    }

    @Test
    void canonicalFormReadsBackEqualAndTheHashIgnoresSeedLayoutAndWrittenDefaults() throws ScenarioException {
        CrowdScenario s = load(CORRIDOR);
        String json = CrowdScenarioCodec.toCanonicalJson(s);
        CrowdScenario back = CrowdScenarioLoader.load("canonical.json", json, Path.of("."));
        assertThat(back).isEqualTo(s);
        assertThat(CrowdScenarioCodec.toCanonicalJson(back)).isEqualTo(json);
        String hash = CrowdScenarioCodec.contentHash(s);
        assertThat(hash).hasSize(64).isEqualTo(CrowdScenarioCodec.contentHash(back));
        assertThat(CrowdScenarioCodec.contentHash(s.withSeed(99))).isEqualTo(hash);
        assertThat(CrowdScenarioCodec.contentHash(s.withThreads(3))).isEqualTo(hash);
        String withDefaults = CORRIDOR.replace("duration_s: 60", "duration_s: 60\nsettings: {speed_mean: 1.34}\n"
                + "model: {id: social-force}");
        assertThat(CrowdScenarioCodec.contentHash(load(withDefaults))).isEqualTo(hash);
        assertThat(CrowdScenarioCodec.contentHash(s.withDurationSeconds(61))).isNotEqualTo(hash);
    }

    @Test
    void theModelIsChosenByIdWithItsOwnParameters() throws ScenarioException {
        assertThat(load(CORRIDOR).model()).isEqualTo(ModelChoice.defaults());
        CrowdScenario cfs = load(CORRIDOR.replace("duration_s: 60\n",
                "duration_s: 60\nmodel: {id: collision-free-speed, time_gap: 0.8}\n"));
        assertThat(cfs.model().id()).isEqualTo("collision-free-speed");
        assertThat(cfs.model().parameters().get("time_gap")).isEqualTo(0.8);
        // the defaults of Tordeux, Chraibi & Seyfried (2016): a = 5, D = 0.1 m
        assertThat(cfs.model().parameters().get("strength")).isEqualTo(5.0);
        assertThat(cfs.model().parameters().get("range")).isEqualTo(0.1);
        assertThat(cfs.model().create()).isInstanceOf(org.firebreak.crowd.CollisionFreeSpeedModel.class);
        assertThat(CrowdScenarioLoader.load("c.json", CrowdScenarioCodec.toCanonicalJson(cfs), Path.of(".")))
                .isEqualTo(cfs);
        // a social-force parameter is not one of this model's
        assertProblem(CORRIDOR.replace("duration_s: 60\n", "duration_s: 60\nmodel: {id: collision-free-speed, "
                + "mass: 80}\n"), "model.mass: unknown key 'mass'; expected one of: id, time_gap");
    }

    @Test
    void geometryFromGeoJsonEqualsTheSameSiteInline() throws IOException, ScenarioException {
        Files.writeString(dir.resolve("corridor.geojson"), GEOJSON);
        Path file = dir.resolve("corridor.yaml");
        Files.writeString(file, HEAD + "geometry_file: corridor.geojson\nmeasurement:\n  cell_size: 0.5\n");
        CrowdScenario fromFile = CrowdScenarioLoader.load(file);
        CrowdScenario inline = load(CORRIDOR);
        assertThat(fromFile.geometry()).isEqualTo(inline.geometry());
        assertThat(fromFile.walkable()).isEqualTo(inline.walkable());
        assertThat(fromFile.measurement()).isEqualTo(inline.measurement());
        assertThat(CrowdScenarioCodec.contentHash(fromFile)).isEqualTo(CrowdScenarioCodec.contentHash(inline));
    }

    static final String GEOJSON = """
            {"type": "FeatureCollection", "features": [
              {"type": "Feature", "properties": {"kind": "walkable"},
               "geometry": {"type": "Polygon", "coordinates": [[[0, 0], [20, 0], [20, 4], [0, 4], [0, 0]]]}},
              {"type": "Feature", "properties": {"kind": "wall"},
               "geometry": {"type": "LineString", "coordinates": [[0, 0], [20, 0]]}},
              {"type": "Feature", "properties": {"kind": "wall"},
               "geometry": {"type": "LineString", "coordinates": [[0, 4], [20, 4]]}},
              {"type": "Feature", "properties": {"kind": "wall"},
               "geometry": {"type": "LineString", "coordinates": [[10, 0], [10, 0.5]]}},
              {"type": "Feature", "properties": {"kind": "wall"},
               "geometry": {"type": "LineString", "coordinates": [[10, 3.5], [10, 4]]}},
              {"type": "Feature", "id": "g1", "properties": {"kind": "gate", "name": "check", "lanes": 2,
                 "service": {"distribution": "deterministic", "mean_s": 4}},
               "geometry": {"type": "LineString", "coordinates": [[10, 0.5], [10, 3.5]]}},
              {"type": "Feature", "properties": {"kind": "source", "name": "west", "rate_per_s": 0.5,
                 "route": ["check", "east"]},
               "geometry": {"type": "Polygon", "coordinates": [[[0.5, 0.5], [3, 0.5], [3, 3.5], [0.5, 3.5], [0.5, 0.5]]]}},
              {"type": "Feature", "properties": {"kind": "sink", "name": "east"},
               "geometry": {"type": "Polygon", "coordinates": [[[18, 0], [20, 0], [20, 4], [18, 4], [18, 0]]]}},
              {"type": "Feature", "properties": {"kind": "measurement_area", "name": "queue"},
               "geometry": {"type": "Polygon", "coordinates": [[[7, 0], [10, 0], [10, 4], [7, 4], [7, 0]]]}},
              {"type": "Feature", "properties": {"kind": "measurement_line", "name": "past-gate"},
               "geometry": {"type": "LineString", "coordinates": [[12, 4], [12, 0]]}}
            ]}
            """;

    @Test
    void crowdFilesAreToldApartFromRegionalOnes() {
        assertThat(CrowdScenarioLoader.isCrowdScenario("a.yaml", CORRIDOR)).isTrue();
        String regional = "version: 1\nname: r\ndescription: d\nseed: 1\nterrain: {dataset: synthetic}\n";
        assertThat(CrowdScenarioLoader.isCrowdScenario("r.yaml", regional)).isFalse();
        assertThatThrownBy(() -> CrowdScenarioLoader.load("r.yaml", regional, Path.of(".")))
                .isInstanceOf(ScenarioException.class)
                .hasMessageContaining("r.yaml")
                .hasMessageContaining("this is a regional scenario")
                .hasMessageContaining("firebreak run");
    }

    static void assertProblem(String text, String... fragments) {
        assertThatThrownBy(() -> load(text)).isInstanceOf(ScenarioException.class)
                .satisfies(e -> assertThat(e.getMessage()).contains("test.yaml").contains(fragments));
    }
}
