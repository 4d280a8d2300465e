package org.firebreak.frontier.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.firebreak.frontier.behaviour.defaults.DefaultBehaviours;
import org.firebreak.core.terrain.SyntheticTerrain;
import org.firebreak.frontier.run.FrontierRun;
import org.firebreak.frontier.scenario.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeterminismTest {
    private static final List<String> DETERMINISTIC = List.of("summary.json", "timeseries.csv", "events.csv",
            "crossings.csv", "sectors.csv");

    @TempDir
    Path tmp;

    private Path run(Scenario s, String name) throws Exception {
        Path dir = tmp.resolve(name);
        FrontierRun.builder(s, new SyntheticTerrain()).outputDirectory(dir).run();
        return dir;
    }

    @Test
    void sameSeedGivesByteIdenticalFilesDifferentSeedDifferentOnes() throws Exception {
        Path a = run(TestScenarios.small(7, 24), "a");
        Path b = run(TestScenarios.small(7, 24), "b");
        Path c = run(TestScenarios.small(8, 24), "c");
        for (String f : DETERMINISTIC) {
            assertThat(Files.mismatch(a.resolve(f), b.resolve(f))).as(f).isEqualTo(-1);
            assertThat(Files.mismatch(a.resolve(f), c.resolve(f))).as(f).isNotEqualTo(-1);
        }
        // the outputs record the seed, and events really happened
        assertThat(Files.readString(a.resolve("summary.json"))).contains("\"seed\" : 7");
        assertThat(Files.readString(c.resolve("summary.json"))).contains("\"seed\" : 8");
        List<String> events = Files.readAllLines(a.resolve("events.csv"));
        assertThat(events.stream().filter(l -> l.contains(",spawned,")).count()).isEqualTo(400 + 150 + 40 + 14);
        assertThat(events).anyMatch(l -> l.contains(",queued,")).anyMatch(l -> l.contains(",crossed,"));
    }

    @Test
    void restartingAModelReplaysTheSameRun() {
        // a GUI restarts the same SimState: start() must reset everything the run depends on
        FrontierModel m = new FrontierModel(TestScenarios.small(11, 10),
                new SyntheticTerrain(), DefaultBehaviours.registry());
        List<String> events = new java.util.ArrayList<>();
        m.addEventSink((t, a, e, d) -> events.add(t + " " + a.id() + " " + e + " " + d + " " + a.x() + " " + a.y()));
        m.start();
        m.runSteps(600);
        List<String> first = List.copyOf(events);
        events.clear();
        m.start();
        m.runSteps(600);
        assertThat(events).isNotEmpty().containsExactlyElementsOf(first);
    }

    @Test
    void runsInParallelThreadsGiveTheSameBytesAsARunAlone() throws Exception {
        Path alone = run(TestScenarios.small(3, 8), "alone");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Path>> runs = List.of(
                    pool.submit(() -> run(TestScenarios.small(3, 8), "p1")),
                    pool.submit(() -> run(TestScenarios.small(4, 8), "p2")),
                    pool.submit(() -> run(TestScenarios.small(3, 8), "p3")),
                    pool.submit(() -> run(TestScenarios.small(5, 8), "p4")));
            for (int i : new int[] {0, 2}) {
                Path p = runs.get(i).get();
                for (String f : DETERMINISTIC) {
                    assertThat(Files.mismatch(alone.resolve(f), p.resolve(f))).as(f).isEqualTo(-1);
                }
            }
            runs.get(1).get();
            runs.get(3).get();
        } finally {
            pool.shutdown();
        }
    }
}
