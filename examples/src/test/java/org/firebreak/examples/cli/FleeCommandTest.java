package org.firebreak.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.firebreak.core.Firebreak;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code firebreak flee} end to end on the bundled illustrative input. */
class FleeCommandTest {
    /** The example input set, relative to this module (the test's working directory). */
    private static final Path EXAMPLE = Path.of("flee", "frontier-illustrative");

    @TempDir
    Path tmp;

    private static Cli.Result cli(String... args) {
        return Cli.run(args);
    }

    @Test
    void runsTheExampleAndWritesOutCsvAndSummary() throws IOException {
        Path out = tmp.resolve("flee");
        Cli.Result r = cli("flee", "--input", EXAMPLE.toString(), "--out", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out().lines()).hasSize(1);
        assertThat(r.out()).startsWith("flee: 60 days from 2030-01-01, ").contains("averaged relative difference")
                .contains("seed 1");
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("out.csv", "summary.json");
        }
        List<String> lines = Files.readAllLines(out.resolve("out.csv"));
        // the header, then one row per day of sim_period.csv (Length 60)
        assertThat(lines).hasSize(61);
        // the four camps of locations.csv, in file order
        assertThat(lines.get(0)).startsWith("Day,Date,Kalar IDP site sim,Kalar IDP site data,Kalar IDP site error,"
                + "Sulaymaniyah IDP site sim").endsWith(",refugees in camps (simulation),refugee_debt");
        // last day: the observed camp totals of source_data on 2030-03-01: 9000 + 6000 + 7000 + 3000;
        // its row is dated as FLEE dates it, after the day's step: 2030-03-02
        String[] last = lines.get(60).split(",");
        assertThat(last[0]).isEqualTo("59");
        assertThat(last[1]).isEqualTo("2030-03-02");
        assertThat(last[2 + 4 * 3 + 1]).isEqualTo("25000");
        String summary = Files.readString(out.resolve("summary.json"));
        assertThat(summary).contains("\"seed\" : 1").contains("\"firebreak_version\" : \"" + Firebreak.version())
                .contains("\"input_sha256\"").contains("\"averaged_relative_difference\"");
    }

    @Test
    void sameSeedSameBytesOnAnyThreadCountAnotherSeedOtherBytes() throws IOException {
        String in = EXAMPLE.toString();
        assertThat(cli("flee", "--input", in, "--seed", "4", "--threads", "1", "--out", tmp.resolve("a").toString())
                .code()).isZero();
        assertThat(cli("flee", "--input", in, "--seed", "4", "--threads", "2", "--out", tmp.resolve("b").toString())
                .code()).isZero();
        assertThat(cli("flee", "--input", in, "--seed", "5", "--out", tmp.resolve("c").toString()).code()).isZero();
        for (String f : new String[] {"out.csv", "summary.json"}) {
            assertThat(Files.mismatch(tmp.resolve("a").resolve(f), tmp.resolve("b").resolve(f))).as(f).isEqualTo(-1);
        }
        assertThat(Files.mismatch(tmp.resolve("a/out.csv"), tmp.resolve("c/out.csv"))).isNotEqualTo(-1);
    }

    @Test
    void anOutputDirectoryHoldingARunIsRefusedUnlessOverwriteIsGiven() throws IOException {
        Path out = tmp.resolve("run");
        assertThat(cli("flee", "--input", EXAMPLE.toString(), "--out", out.toString()).code()).isZero();
        String before = Files.readString(out.resolve("out.csv"));
        Cli.Result again = cli("flee", "--input", EXAMPLE.toString(), "--seed", "9", "--out", out.toString());
        assertThat(again.code()).isEqualTo(2);
        assertThat(again.err()).contains("already holds files").contains("--overwrite");
        assertThat(again.out()).isEmpty();
        assertThat(Files.readString(out.resolve("out.csv"))).isEqualTo(before);
        Cli.Result over = cli("flee", "--input", EXAMPLE.toString(), "--seed", "9", "--out", out.toString(), "--overwrite");
        assertThat(over.code()).isZero();
        assertThat(Files.readString(out.resolve("out.csv"))).isNotEqualTo(before);
    }

    @Test
    void badInputIsExitCodeTwoWithFileLineAndColumnAndNoOutputDirectory() throws IOException {
        Path in = tmp.resolve("bad");
        Files.createDirectories(in);
        Files.writeString(in.resolve("locations.csv"), "A,,H,,,conflict_zone,0,100\nB,,H,,,camp,,\n");
        Files.writeString(in.resolve("routes.csv"), "A,B,-3\n");
        Files.writeString(in.resolve("sim_period.csv"), "StartDate,2030-01-01\nLength,5\n");
        Cli.Result r = cli("flee", "--input", in.toString(), "--out", tmp.resolve("x").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("firebreak: invalid FLEE input: routes.csv:1: distance: -3 is not positive; "
                + "expected the route's length in km, a positive number" + System.lineSeparator());
        assertThat(tmp.resolve("x")).doesNotExist();
        Cli.Result missing = cli("flee", "--input", tmp.resolve("nowhere").toString(), "--out", tmp.resolve("y").toString());
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("not a directory");
    }

    @Test
    void withoutObservationsTheSummarySaysHowAgentsWereSpawned() throws IOException {
        Path in = tmp.resolve("unobserved");
        Files.createDirectories(in);
        Files.writeString(in.resolve("locations.csv"), "A,,H,,,conflict_zone,0,100\nB,,F,,,camp,,\n");
        Files.writeString(in.resolve("routes.csv"), "A,B,30\n");
        Files.writeString(in.resolve("sim_period.csv"), "StartDate,2030-01-01\nLength,3\n");
        Cli.Result r = cli("flee", "--input", in.toString(), "--out", tmp.resolve("u").toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("no observations: spawned by FLEE's conflict-driven: 500 per day x intensity");
        // 500 a day at intensity 1 for 3 days
        assertThat(r.out()).contains("1500 agents");
        assertThat(Files.readString(tmp.resolve("u/summary.json"))).contains("\"without_observations\" : true");
    }

    @Test
    void usageErrors() {
        assertThat(cli("flee", "--out", tmp.resolve("z").toString()).code()).isEqualTo(2);
        Cli.Result threads = cli("flee", "--input", EXAMPLE.toString(), "--threads", "0", "--out",
                tmp.resolve("t").toString());
        assertThat(threads.code()).isEqualTo(2);
        assertThat(threads.err()).contains("--threads 0");
        assertThat(cli("flee", "--help").out()).contains("Examples:").contains("--input").contains("docs/flee.md");
    }
}
