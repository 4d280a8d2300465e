package org.firebreak.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.firebreak.core.scenario.ScenarioException;
import org.firebreak.crowd.Gate;
import org.firebreak.crowd.Source;
import org.firebreak.crowd.scenario.CrowdScenario;
import org.firebreak.crowd.scenario.CrowdScenarioCodec;
import org.firebreak.crowd.scenario.CrowdScenarioLoader;
import org.firebreak.data.BundledScenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code firebreak crowd} on the bundled crowd scenarios: files, figures, conservation, determinism. */
class CrowdCommandTest {
    private static final List<String> FILES = List.of("summary.json", "density.csv", "flow.csv", "grid-density.csv",
            "exposure.csv", "trajectories.csv", "events.csv");

    @TempDir
    Path tmp;

    @Test
    void bothBundledScenariosReadAndTheirArrivalsExceedWhatTheGatesServe() throws ScenarioException {
        List<BundledScenarios.Entry> crowd = BundledScenarios.list(BundledScenarios.Kind.CROWD);
        assertThat(crowd).extracting(BundledScenarios.Entry::name).containsExactly("crossing-surge", "urban-unrest");
        for (BundledScenarios.Entry e : crowd) {
            CrowdScenario s = CrowdScenarioSource.load(e.name()).scenario();
            assertThat(s.name()).isEqualTo(e.name());
            // the premise of both scenarios: arrivals above the screening capacity, so queues build
            double arrivals = s.geometry().sources().stream().mapToDouble(Source::ratePerSecond).sum();
            double capacity = s.geometry().gates().stream().mapToDouble(Gate::capacityPerSecond).sum();
            assertThat(arrivals).as(e.name()).isGreaterThan(capacity);
            assertThat(s.geometry().measurementLines()).as(e.name()).isNotEmpty();
            assertThat(s.measurement().areas()).as(e.name()).isNotEmpty();
            // the canonical form reads back as the same scenario
            CrowdScenario back = CrowdScenarioLoader.load("canonical.json", CrowdScenarioCodec.toCanonicalJson(s),
                    Path.of("."));
            assertThat(back).isEqualTo(s);
        }
        // crossing-surge: 8 lanes x 60 s = 480 per hour against about 0.25 persons/s (900 per hour)
        CrowdScenario surge = CrowdScenarioSource.load("crossing-surge").scenario();
        assertThat(surge.geometry().gates().get(0).capacityPerSecond() * 3600).isCloseTo(480.0,
                org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void bothBundledScenariosRunWithDensityAndFlowOutputsAndLoseNoOne() throws IOException {
        ObjectMapper json = new ObjectMapper();
        for (String name : List.of("crossing-surge", "urban-unrest")) {
            Path out = tmp.resolve(name);
            Cli.Result r = Cli.run("crowd", "--scenario", name, "--duration", "60", "--out", out.toString());
            assertThat(r.code()).as(r.err()).isZero();
            for (String f : FILES) {
                assertThat(out.resolve(f)).as(name + " " + f).isRegularFile();
            }
            JsonNode s = json.readTree(out.resolve("summary.json").toFile());
            assertThat(s.path("scenario").path("kind").asText()).isEqualTo("crowd");
            assertThat(s.path("scenario").path("content_hash").asText()).hasSize(64);
            assertThat(s.path("simulated_seconds").asDouble()).isEqualTo(60.0);
            JsonNode persons = s.path("persons");
            long entered = persons.path("entered").asLong();
            assertThat(entered).as(name).isPositive();
            // conservation: everyone who entered either left at a sink or is still inside
            assertThat(entered).as(name).isEqualTo(persons.path("left").asLong() + persons.path("inside").asLong());
            JsonNode m = s.path("measurement");
            assertThat(m.path("max_grid_density_per_m2").asDouble()).as(name).isPositive();
            assertThat(m.path("areas").size()).as(name).isPositive();
            m.path("areas").forEach(a -> assertThat(a.has("max_voronoi_density_per_m2")).isTrue());
            assertThat(m.path("lines").size()).as(name).isPositive();
            m.path("lines").forEach(l -> assertThat(l.has("peak_flow_per_s")).isTrue());
            // one row per 10 s bin and line, from the first observation's bin to the last's: the observation
            // at 60 s opens the bin [60, 70), so 0.1 s to 60 s span 7 bins (docs/crowd-outputs.md)
            long lines = m.path("lines").size();
            assertThat(Files.readAllLines(out.resolve("flow.csv"))).hasSize((int) (1 + 7 * lines));
            assertThat(r.out()).contains("crowd " + name).contains("entered " + entered).contains("flow");
            // a run that ends within its first second prints no progress (as when the JVM is warm from earlier
            // tests); one that prints shows simulated seconds (ProgressTest checks the line)
            assertThat(r.err()).doesNotContain("firebreak:");
            if (!r.err().isEmpty()) {
                assertThat(r.err()).contains("simulated").contains(" s ");
            }
        }
    }

    @Test
    void sameSeedGivesIdenticalBytesForOneOrTwoThreads() throws IOException {
        for (String threads : List.of("1", "2")) {
            Cli.Result r = Cli.run("crowd", "--quiet", "--scenario", "urban-unrest", "--duration", "40", "--seed", "3",
                    "--threads", threads, "--out", tmp.resolve("t" + threads).toString());
            assertThat(r.code()).as(r.err()).isZero();
        }
        Cli.Result again = Cli.run("crowd", "--quiet", "--scenario", "urban-unrest", "--duration", "40", "--seed",
                "3", "--out", tmp.resolve("again").toString());
        assertThat(again.code()).isZero();
        for (String f : FILES) {
            assertThat(Files.mismatch(tmp.resolve("t1").resolve(f), tmp.resolve("t2").resolve(f))).as(f).isEqualTo(-1);
            assertThat(Files.mismatch(tmp.resolve("t1").resolve(f), tmp.resolve("again").resolve(f))).as(f)
                    .isEqualTo(-1);
        }
        Cli.Result other = Cli.run("crowd", "--quiet", "--scenario", "urban-unrest", "--duration", "40", "--seed",
                "4", "--out", tmp.resolve("other").toString());
        assertThat(other.code()).isZero();
        assertThat(Files.mismatch(tmp.resolve("t1/events.csv"), tmp.resolve("other/events.csv"))).isNotEqualTo(-1);
    }

    @Test
    void regionalAndCrowdScenariosAreRefusedByTheOtherCommand() throws IOException {
        Cli.Result r = Cli.run("crowd", "--scenario", "collapse-passive", "--out", tmp.resolve("x").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("is a regional scenario").contains("firebreak run");
        assertThat(tmp.resolve("x")).doesNotExist();
        Cli.Result c = Cli.run("run", "--scenario", "crossing-surge", "--out", tmp.resolve("y").toString());
        assertThat(c.code()).isEqualTo(2);
        assertThat(c.err()).contains("is a crowd scenario").contains("firebreak crowd");
        Path file = tmp.resolve("plaza.yaml");
        Files.writeString(file, BundledScenarios.read("crossing-surge"));
        Cli.Result f = Cli.run("run", "--scenario", file.toString(), "--out", tmp.resolve("z").toString());
        assertThat(f.code()).isEqualTo(2);
        assertThat(f.err()).contains("plaza.yaml").contains("this is a crowd scenario (kind: crowd)");
        Path regional = tmp.resolve("regional.yaml");
        Files.writeString(regional, BundledScenarios.read("synthetic-frontier"));
        Cli.Result g = Cli.run("crowd", "--scenario", regional.toString(), "--out", tmp.resolve("w").toString());
        assertThat(g.code()).isEqualTo(2);
        assertThat(g.err()).contains("regional.yaml").contains("this is a regional scenario");
        Cli.Result typo = Cli.run("crowd", "--scenario", "crossing-surg", "--out", tmp.resolve("v").toString());
        assertThat(typo.code()).isEqualTo(2);
        assertThat(typo.err()).contains("did you mean 'crossing-surge'?");
    }

    @Test
    void badDurationAndAnOccupiedDirectoryAreBadInput() throws IOException {
        Cli.Result d = Cli.run("crowd", "--scenario", "crossing-surge", "--duration", "0", "--out",
                tmp.resolve("d").toString());
        assertThat(d.code()).isEqualTo(2);
        assertThat(d.err()).contains("--duration").contains("expected a number in [1, 86400] s");
        Files.createDirectories(tmp.resolve("full"));
        Files.writeString(tmp.resolve("full/summary.json"), "{}");
        Cli.Result o = Cli.run("crowd", "--scenario", "crossing-surge", "--duration", "5", "--out",
                tmp.resolve("full").toString());
        assertThat(o.code()).isEqualTo(2);
        assertThat(o.err()).contains("--overwrite");
        Cli.Result w = Cli.run("crowd", "--quiet", "--scenario", "crossing-surge", "--duration", "5", "--overwrite",
                "--geojson", "--out", tmp.resolve("full").toString());
        assertThat(w.code()).as(w.err()).isZero();
        assertThat(Files.readString(tmp.resolve("full/trajectories.geojson"))).contains("FeatureCollection")
                .contains("local metres");
    }

    @Test
    void theScenarioListMarksCrowdScenarios() {
        Cli.Result s = Cli.run("scenarios");
        assertThat(s.code()).isZero();
        assertThat(s.out()).containsPattern("crossing-surge +crowd ").containsPattern("urban-unrest +crowd ")
                .containsPattern("collapse-passive +regional .*\\(default\\)");
        assertThat(s.out().lines().findFirst().orElseThrow()).startsWith("collapse-passive");
    }
}
