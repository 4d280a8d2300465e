package org.firebreak.frontier.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.firebreak.core.terrain.SyntheticTerrain;
import org.firebreak.frontier.behaviour.BehaviourRegistry;
import org.firebreak.frontier.behaviour.defaults.DefaultBehaviours;
import org.firebreak.frontier.run.FrontierRun;
import org.firebreak.frontier.scenario.AgentSettings;
import org.firebreak.frontier.scenario.GuardParameters;
import org.firebreak.frontier.scenario.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParallelMoveTest {
    private static final List<String> DETERMINISTIC = List.of("summary.json", "timeseries.csv", "events.csv",
            "crossings.csv", "sectors.csv");

    @TempDir
    Path tmp;

    private Path run(Scenario s, int threads, String name) throws Exception {
        Path dir = tmp.resolve(name);
        FrontierRun.builder(s, new SyntheticTerrain()).moveThreads(threads).outputDirectory(dir).run();
        return dir;
    }

    @Test
    void anyNumberOfMoveThreadsGivesTheBytesOfOne() throws Exception {
        for (long seed : new long[] {3, 17}) {
            Path one = run(scenario(seed), 1, "one-" + seed);
            List<String> events = Files.readAllLines(one.resolve("events.csv"));
            // the run exercises every kind of event a move can make, and detection
            for (String kind : List.of(",queued,", ",crossed,informal,", ",arrived,", ",on_post,", ",apprehended,")) {
                assertThat(events.stream().filter(l -> l.contains(kind)).count()).as(kind).isPositive();
            }
            for (int threads : new int[] {2, 7}) {
                Path many = run(scenario(seed), threads, threads + "-" + seed);
                for (String f : DETERMINISTIC) {
                    assertThat(Files.mismatch(one.resolve(f), many.resolve(f))).as("%s, %d threads", f, threads)
                            .isEqualTo(-1);
                }
            }
        }
    }

    /** The small scenario with guards slow enough to detect that some fighters cross. */
    private static Scenario scenario(long seed) {
        Scenario s = TestScenarios.small(seed, 48);
        AgentSettings a = s.agents();
        return new Scenario(s.version(), s.name(), s.description(), s.seed(), s.terrain(), s.time(),
                new AgentSettings(a.refugee(), a.fighter(), new GuardParameters(1.0, 0.0, 1000, 1)), s.crossings(),
                s.sources(), s.guards());
    }

    @Test
    void positionsAtEveryStepAreTheSameWithAnyNumberOfThreads() {
        List<String> one = trace(1);
        assertThat(trace(2)).containsExactlyElementsOf(one);
    }

    private static List<String> trace(int threads) {
        FrontierModel m = new FrontierModel(scenario(5), new SyntheticTerrain(),
                DefaultBehaviours.registry()).moveThreads(threads);
        List<String> out = new ArrayList<>();
        m.addEventSink((t, a, e, d) -> out.add(t + " " + a.id() + " " + e + " " + d + " " + a.x() + " " + a.y()));
        m.start();
        try {
            for (int i = 0; i < 12 * 60; i++) {
                m.runSteps(1);
                StringBuilder b = new StringBuilder();
                m.agents().forEach(a -> b.append(Double.doubleToRawLongBits(a.x()) ^ Double.doubleToRawLongBits(a.y()))
                        .append(a.state().id()).append(a.leg()).append(' '));
                out.add(Integer.toString(b.toString().hashCode()));
            }
        } finally {
            m.finish();
        }
        return out;
    }
}
