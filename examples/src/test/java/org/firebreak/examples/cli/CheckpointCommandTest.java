package org.firebreak.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.firebreak.core.checkpoint.CheckpointFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code run --checkpoint-every} and {@code resume} on the default scenario over the bundled
 * map: a run interrupted at a checkpoint and resumed must leave exactly the files of the run
 * uninterrupted, byte for byte (timing.json, wall-clock time, aside).
 */
class CheckpointCommandTest {
    private static final List<String> DETERMINISTIC = List.of("summary.json", "timeseries.csv", "events.csv",
            "crossings.csv", "sectors.csv");

    @TempDir
    static Path tmp;
    private static Path plain;
    private static Path checkpointed;

    @BeforeAll
    static void runWithAndWithoutCheckpoints() {
        plain = tmp.resolve("plain");
        checkpointed = tmp.resolve("checkpointed");
        assertThat(Cli.run("run", "--quiet", "--hours", "2", "--out", plain.toString()).code()).isZero();
        Cli.Result r = Cli.run("run", "--quiet", "--hours", "2", "--checkpoint-every", "1", "--threads", "2", "--out",
                checkpointed.toString());
        assertThat(r.code()).as(r.err()).isZero();
    }

    private static List<String> names(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void checkpointsLeaveTheRunsOutputsAsTheyWere() throws Exception {
        for (String f : DETERMINISTIC) {
            assertThat(Files.mismatch(plain.resolve(f), checkpointed.resolve(f))).as(f).isEqualTo(-1);
        }
        // one checkpoint, after 1 of the 2 hours: none at the end, when the outputs are complete
        assertThat(names(checkpointed)).containsAll(names(plain)).contains("checkpoint-0001h.fbc")
                .hasSize(names(plain).size() + 1);
    }

    @Test
    void aResumedRunWritesTheSameFilesAndBytesAsTheRunUninterrupted() throws Exception {
        Path resumed = tmp.resolve("resumed");
        Cli.Result r = Cli.run("resume", checkpointed.resolve("checkpoint-0001h.fbc").toString(), "--out",
                resumed.toString(), "--threads", "1", "--quiet");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("collapse-passive").contains("Simulated 2.0 h");
        assertThat(names(resumed)).isEqualTo(names(plain));
        for (String f : DETERMINISTIC) {
            assertThat(Files.mismatch(plain.resolve(f), resumed.resolve(f))).as(f).isEqualTo(-1);
        }
    }

    @Test
    void damagedForeignAndOtherFormatCheckpointsAreRefusedAndNothingIsWritten() throws Exception {
        byte[] good = Files.readAllBytes(checkpointed.resolve("checkpoint-0001h.fbc"));
        byte[] flipped = good.clone();
        flipped[good.length / 2] ^= 1;
        byte[] otherFormat = good.clone();
        ByteBuffer.wrap(otherFormat).putInt(8, CheckpointFile.FORMAT + 1);
        byte[] noise = new byte[10_000];
        new Random(3).nextBytes(noise);
        record Case(String name, byte[] bytes, String reason) {
        }
        for (Case c : List.of(new Case("truncated.fbc", java.util.Arrays.copyOf(good, good.length - 100), "truncated"),
                new Case("flipped.fbc", flipped, "checksum mismatch"),
                new Case("noise.fbc", noise, "not a Firebreak checkpoint"),
                new Case("format.fbc", otherFormat, "reads format " + CheckpointFile.FORMAT + " only"))) {
            Path file = tmp.resolve(c.name());
            Files.write(file, c.bytes());
            Path out = tmp.resolve("out-" + c.name());
            Cli.Result r = Cli.run("resume", file.toString(), "--out", out.toString(), "--quiet");
            assertThat(r.code()).as(c.name()).isEqualTo(FirebreakCli.BAD_INPUT);
            assertThat(r.err()).as(c.name()).contains(file.toString()).contains(c.reason()).doesNotContain("Exception");
            assertThat(out).as(c.name()).doesNotExist();
        }
    }

    @Test
    void checkpointsAreRefusedWithGisMapAndPlazaOutputs() {
        Path out = tmp.resolve("refused");
        Cli.Result gis = Cli.run("run", "--hours", "1", "--checkpoint-every", "1", "--gis", "--out", out.toString());
        assertThat(gis.code()).isEqualTo(FirebreakCli.BAD_INPUT);
        assertThat(gis.err()).contains("--checkpoint-every cannot be combined with --gis");
        Cli.Result map = Cli.run("run", "--hours", "1", "--checkpoint-every", "1", "--map", "--out", out.toString());
        assertThat(map.code()).isEqualTo(FirebreakCli.BAD_INPUT);
        assertThat(map.err()).contains("--checkpoint-every cannot be combined with --map");
        Cli.Result plaza = Cli.run("run", "--hours", "1", "--checkpoint-every", "1", "--plaza",
                "zurbatiyah=crossing-surge", "--out", out.toString());
        assertThat(plaza.code()).isEqualTo(FirebreakCli.BAD_INPUT);
        assertThat(plaza.err()).contains("--checkpoint-every cannot be combined with --plaza");
        Cli.Result odd = Cli.run("run", "--hours", "1", "--checkpoint-every", "0.01", "--out", out.toString());
        assertThat(odd.code()).isEqualTo(FirebreakCli.BAD_INPUT);
        assertThat(odd.err()).contains("whole number of steps");
        assertThat(out).doesNotExist();
    }
}
