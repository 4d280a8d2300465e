package org.firebreak.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.firebreak.core.Firebreak;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FirebreakCliTest {
    @TempDir
    Path tmp;

    private static Cli.Result cli(String... args) {
        return Cli.run(args);
    }

    @Test
    void runWritesTheFourFilesAndPrintsASummary() throws IOException {
        Path out = tmp.resolve("run");
        Cli.Result r = cli("run", "--hours", "3", "--out", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        for (String f : new String[] {"summary.json", "timeseries.csv", "events.csv", "crossings.csv", "sectors.csv",
            "timing.json"}) {
            assertThat(out.resolve(f)).isRegularFile();
        }
        try (var files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".partial"));
        }
        // the default scenario runs on the bundled frontier terrain
        assertThat(r.out()).contains("scenario collapse-passive").contains("refugee").contains("zurbatiyah")
                .contains("phase").contains("move");
        // three simulated hours: a header and one row per hour
        assertThat(Files.readAllLines(out.resolve("timeseries.csv"))).hasSize(4);
        // stderr is not a terminal here: progress comes as plain lines
        assertThat(r.err()).contains("simulated");
        String summary = Files.readString(out.resolve("summary.json"));
        assertThat(summary).contains("\"seed\" : 20261126").contains("\"firebreak_version\" : \"" + Firebreak.version())
                .contains("\"content_hash\"").contains("\"terrain\" : \"frontier\"");
    }

    @Test
    void sameSeedGivesIdenticalFilesAndAnotherSeedDifferentOnes() throws IOException {
        // the default scenario, on the real terrain: navigation fields and all
        assertThat(cli("run", "--quiet", "--hours", "4", "--seed", "5", "--out", tmp.resolve("a").toString()).code())
                .isZero();
        assertThat(cli("run", "--quiet", "--hours", "4", "--seed", "5", "--out", tmp.resolve("b").toString()).code())
                .isZero();
        assertThat(cli("run", "--quiet", "--hours", "4", "--seed", "6", "--out", tmp.resolve("c").toString()).code())
                .isZero();
        for (String f : new String[] {"summary.json", "timeseries.csv", "events.csv"}) {
            assertThat(Files.mismatch(tmp.resolve("a").resolve(f), tmp.resolve("b").resolve(f))).as(f).isEqualTo(-1);
        }
        assertThat(Files.mismatch(tmp.resolve("a/events.csv"), tmp.resolve("c/events.csv"))).isNotEqualTo(-1);
    }

    @Test
    void anOutputDirectoryHoldingARunIsRefusedUnlessOverwriteIsGiven() throws IOException {
        Path out = tmp.resolve("run");
        assertThat(cli("run", "--quiet", "--scenario", "synthetic-frontier", "--hours", "1", "--out", out.toString())
                .code()).isZero();
        String before = Files.readString(out.resolve("events.csv"));
        Cli.Result again = cli("run", "--quiet", "--scenario", "synthetic-frontier", "--hours", "1", "--seed", "9", "--out",
                out.toString());
        assertThat(again.code()).isEqualTo(2);
        assertThat(again.err()).contains("already holds files").contains("--overwrite");
        assertThat(Files.readString(out.resolve("events.csv"))).isEqualTo(before);
        Cli.Result over = cli("run", "--quiet", "--scenario", "synthetic-frontier", "--hours", "1", "--seed", "9", "--out",
                out.toString(), "--overwrite");
        assertThat(over.code()).isZero();
        assertThat(Files.readString(out.resolve("events.csv"))).isNotEqualTo(before);
    }

    @Test
    void unknownScenarioNameIsBadInputWithASuggestion() {
        Cli.Result r = cli("run", "--scenario", "synthetic-fronteir", "--out", tmp.resolve("x").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("did you mean 'synthetic-frontier'?").contains("bundled scenarios");
        assertThat(r.err().lines().count()).as("one-line message without --debug").isLessThanOrEqualTo(3);
        assertThat(tmp.resolve("x")).doesNotExist();
    }

    @Test
    void invalidScenarioFileIsBadInputNamingFileLineAndKey() throws IOException {
        Path file = tmp.resolve("bad.yaml");
        Files.writeString(file, """
                version: 1
                name: bad
                description: a scenario with a step that does not divide an hour
                seed: 1
                terrain: {dataset: synthetic}
                time:
                  step_seconds: 7
                """);
        Cli.Result r = cli("run", "--scenario", file.toString(), "--out", tmp.resolve("x").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("bad.yaml:7").contains("time.step_seconds").contains("3600");
    }

    @Test
    void outOfRangeHoursIsBadInput() {
        Cli.Result r = cli("run", "--hours", "-1", "--out", tmp.resolve("x").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--hours").contains("expected a number in");
    }

    @Test
    void missingOutIsAUsageError() {
        Cli.Result r = cli("run");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--out");
    }

    @Test
    void versionAndScenarioListing() {
        Cli.Result v = cli("--version");
        assertThat(v.code()).isZero();
        assertThat(v.out()).contains("firebreak " + Firebreak.version());
        Cli.Result s = cli("scenarios");
        assertThat(s.code()).isZero();
        assertThat(s.out()).contains("synthetic-frontier").contains("frontier-outflow-demo")
                .contains("collapse-firebreak").contains("western-pressure")
                .containsPattern("collapse-passive .*\\(default\\)");
        Cli.Result h = cli("run", "--help");
        assertThat(h.out()).contains("Examples:").contains("--scenario");
    }
}
