package org.firebreak.core.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SweepTest {
    @TempDir
    Path tmp;

    /** A stand-in model whose result is a pure function of the run: its seed and its value of "k". */
    private static final SweepTask TASK = (run, runs) -> {
        if (run.index() == 4) {
            throw new IllegalStateException("deliberate failure of run 4");
        }
        Map<String, Double> m = new LinkedHashMap<>();
        double k = Double.parseDouble(run.values().get("k"));
        m.put("k_squared", k * k);
        m.put("noise", (double) Math.floorMod(run.seed(), 1000));
        return m;
    };

    private Sweep.Result sweep(Path dir, int workers, List<SweepOutcome> heard) throws Exception {
        Files.createDirectories(dir);
        SweepPlan plan = new SweepPlan(11, 3, List.of(SweepParameter.parse("k=1,2,3")), 0);
        return new Sweep(plan, new LocalBackend(workers), TASK, Map.of("scenario", "test")).run(dir, heard::add);
    }

    @Test
    void aFailingRunIsReportedWithItsSeedAndTheOthersGoOn() throws Exception {
        List<SweepOutcome> heard = new ArrayList<>();
        Sweep.Result r = sweep(tmp.resolve("a"), 3, heard);
        assertThat(heard).hasSize(9);
        assertThat(r.outcomes()).extracting(o -> o.run().index()).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8);
        assertThat(r.failures()).singleElement().satisfies(f -> {
            assertThat(f.run().index()).isEqualTo(4);
            assertThat(f.error()).isEqualTo("IllegalStateException: deliberate failure of run 4");
        });
        List<String> failures = Files.readAllLines(tmp.resolve("a").resolve(Sweep.FAILURES));
        long seed4 = new SweepPlan(11, 3, List.of(), 0).seed(4);
        assertThat(failures).containsExactly("run,point,replicate,seed,k,error",
                "4,1,1," + seed4 + ",2,IllegalStateException: deliberate failure of run 4");
        // point 1 (k = 2) aggregates its two successful replicates; k^2 is 4 in both
        List<String> aggregate = Files.readAllLines(tmp.resolve("a").resolve(Sweep.AGGREGATE_CSV));
        assertThat(aggregate).contains("1,2,k_squared,2,4,0,4,4,4,4,4,4,4,4,4");
        assertThat(aggregate).contains("2,3,k_squared,3,9,0,9,9,9,9,9,9,9,9,9");
    }

    @Test
    void outputsAreByteIdenticalWhateverTheNumberOfWorkers() throws Exception {
        sweep(tmp.resolve("one"), 1, new ArrayList<>());
        sweep(tmp.resolve("four"), 4, new ArrayList<>());
        for (String f : List.of(Sweep.RUNS, Sweep.FAILURES, Sweep.AGGREGATE_CSV, Sweep.AGGREGATE_JSON)) {
            assertThat(Files.mismatch(tmp.resolve("one").resolve(f), tmp.resolve("four").resolve(f))).as(f)
                    .isEqualTo(-1);
        }
    }

    @Test
    void aBackendThatLosesARunIsCaught() throws IOException {
        SweepBackend lossy = new SweepBackend() {
            @Override
            public void execute(List<SweepRun> runs, SweepTask task, Path runsDirectory,
                    java.util.function.Consumer<SweepOutcome> results) {
                runs.subList(1, runs.size()).forEach(r -> results.accept(new SweepOutcome(r, Map.of(), null)));
            }

            @Override
            public String describe() {
                return "lossy";
            }
        };
        Files.createDirectories(tmp.resolve("l"));
        SweepPlan plan = new SweepPlan(1, 2, List.of(), 0);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Sweep(plan, lossy, TASK, Map.of())
                .run(tmp.resolve("l"), o -> { })).hasMessageContaining("run 0 was never reported by lossy");
        try (var files = Files.list(tmp.resolve("l"))) {
            assertThat(files).isEmpty();
        }
    }
}
