package org.firebreak.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SweepCommandTest {
    @TempDir
    Path tmp;

    @Test
    void aSweepGivesTheSameBytesOnOneOrTwoWorkersAndEachRunIsAPlainRunWithItsSeed() throws IOException {
        String[] common = {"sweep", "--quiet", "--scenario", "synthetic-frontier", "--hours", "2", "--replicates", "2",
            "--param", "crossings.north-crossing.lanes=1,8"};
        Cli.Result one = Cli.run(concat(common, "--workers", "1", "--out", tmp.resolve("one").toString()));
        assertThat(one.code()).as(one.err()).isZero();
        Cli.Result two = Cli.run(concat(common, "--workers", "2", "--out", tmp.resolve("two").toString()));
        assertThat(two.code()).as(two.err()).isZero();
        assertThat(one.out()).contains("4 runs (2 points x 2 replicates), 0 failed");
        for (String f : List.of("runs.csv", "failures.csv", "aggregate.csv", "aggregate.json",
            "runs/run-0003/events.csv", "runs/run-0003/summary.json")) {
            assertThat(Files.mismatch(tmp.resolve("one").resolve(f), tmp.resolve("two").resolve(f))).as(f).isEqualTo(-1);
        }
        // a chart per metric that varies: the swept lane count does, the other crossing's lanes do not
        assertThat(tmp.resolve("one/charts/crossings.north-crossing.lanes.png")).isRegularFile();
        assertThat(javax.imageio.ImageIO.read(tmp.resolve("one/charts/crossings.north-crossing.lanes.png").toFile()))
                .isNotNull();
        assertThat(tmp.resolve("one/charts/crossings.south-crossing.lanes.png")).doesNotExist();
        List<String> runs = Files.readAllLines(tmp.resolve("one/runs.csv"));
        assertThat(runs).hasSize(5);
        assertThat(runs.get(0)).startsWith("run,point,replicate,seed,crossings.north-crossing.lanes,status,");
        // the summary records the lanes each point used
        int lanesColumn = List.of(runs.get(0).split(",")).lastIndexOf("crossings.north-crossing.lanes");
        assertThat(runs.get(1).split(",")[lanesColumn]).isEqualTo("1");
        assertThat(runs.get(4).split(",")[lanesColumn]).isEqualTo("8");

        // run 1 is point 0 (one lane at the north crossing), replicate 1: a plain run with its seed and that lane
        // count gives its files
        String seed = runs.get(2).split(",")[3];
        Path scenario = tmp.resolve("one-lane.yaml");
        String text = org.firebreak.data.BundledScenarios.read("synthetic-frontier");
        Files.writeString(scenario, text.replace("  north-crossing:\n    lanes: 4\n", "  north-crossing:\n    lanes: 1\n"));
        assertThat(Files.readString(scenario)).isNotEqualTo(text);
        Cli.Result plain = Cli.run("run", "--quiet", "--scenario", scenario.toString(), "--seed", seed, "--hours", "2",
                "--out", tmp.resolve("plain").toString());
        assertThat(plain.code()).as(plain.err()).isZero();
        assertThat(Files.mismatch(tmp.resolve("plain/events.csv"), tmp.resolve("one/runs/run-0001/events.csv")))
                .isEqualTo(-1);
    }

    @Test
    void anUnknownKeyIsRefusedBeforeAnythingRunsOrIsWritten() {
        Path out = tmp.resolve("bad");
        Cli.Result r = Cli.run("sweep", "--replicates", "2", "--param", "crossings.zurbatiyah.lane=2,8", "--out",
                out.toString());
        assertThat(r.code()).isEqualTo(FirebreakCli.BAD_INPUT);
        assertThat(r.err()).contains("crossings.zurbatiyah.lane").contains("did you mean 'lanes'");
        assertThat(out).doesNotExist();
        Cli.Result s = Cli.run("sweep", "--replicates", "2", "--sample", "lhs:4", "--param",
                "crossings.zurbatiyah.lanes=2,8,12", "--out", out.toString());
        assertThat(s.code()).isEqualTo(FirebreakCli.BAD_INPUT);
        assertThat(s.err()).contains("LOW,HIGH");
        assertThat(out).doesNotExist();
    }

    private static String[] concat(String[] a, String... b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
