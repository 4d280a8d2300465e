package org.firebreak.frontier.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.firebreak.core.terrain.SyntheticTerrain;
import org.firebreak.core.terrain.TerrainCatalog;
import org.firebreak.frontier.engine.TestScenarios;
import org.firebreak.frontier.scenario.Scenario;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run continued from a checkpoint must be indistinguishable from the run uninterrupted:
 * the same seed and scenario give the same bytes in every deterministic output, whatever the
 * step it was interrupted at and the threads it resumes with.
 */
class CheckpointResumeTest {
    private static final List<String> DETERMINISTIC = List.of("summary.json", "timeseries.csv", "events.csv",
            "crossings.csv", "sectors.csv");
    /** Long enough that refugees queue, fighters are detected and pursued, and patrols walk. */
    private static final Scenario SCENARIO = TestScenarios.small(5, 12);

    @TempDir
    static Path tmp;
    private static Path plain;
    private static Path checkpointed;

    @BeforeAll
    static void runBoth() throws Exception {
        plain = tmp.resolve("plain");
        FrontierRun.builder(SCENARIO, new SyntheticTerrain()).outputDirectory(plain).run();
        checkpointed = tmp.resolve("checkpointed");
        FrontierRun.builder(SCENARIO, new SyntheticTerrain()).outputDirectory(checkpointed).checkpointEvery(4).run();
    }

    private static void assertSameOutputs(Path expected, Path actual) throws Exception {
        for (String f : DETERMINISTIC) {
            assertThat(Files.mismatch(expected.resolve(f), actual.resolve(f))).as(f).isEqualTo(-1);
        }
    }

    @Test
    void writingCheckpointsLeavesTheOutputsAsTheyWere() throws Exception {
        assertSameOutputs(plain, checkpointed);
        try (Stream<Path> files = Files.list(checkpointed)) {
            // after 4 and 8 h; not after the last step, when the outputs are complete
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("checkpoint")).sorted())
                    .containsExactly("checkpoint-0004h.fbc", "checkpoint-0008h.fbc");
        }
    }

    @Test
    void aRunResumedFromEitherCheckpointWritesTheSameBytes() throws Exception {
        // the first checkpoint is before the fighters' pursuit ends, the second in mid-queue
        for (String name : List.of("checkpoint-0004h.fbc", "checkpoint-0008h.fbc")) {
            Path out = tmp.resolve("resumed-" + name);
            RunResult r = FrontierRun.resume(checkpointed.resolve(name), TerrainCatalog.withBuiltIns())
                    .outputDirectory(out).moveThreads(2).checkpointEvery(0).run();
            assertSameOutputs(plain, out);
            assertThat(r.model().steps()).isEqualTo(SCENARIO.time().totalSteps());
            assertThat(Files.exists(out.resolve("timing.json"))).isTrue();
        }
    }
}
