package org.firebreak.flee;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** No agent is ever lost or duplicated; the same seed gives the same bytes, on any number of threads. */
class FleeConservationTest {
    @TempDir
    Path tmp;

    /**
     * A random graph of 40 locations (conflict zones, towns, camps, hubs and markers), with
     * conflicts that start and stop, closures, look-ahead of two links, and conflict-driven
     * spawning of some 10^5 agents: many blocks of agents.
     */
    static FleeDirs randomGraph(Path dir) {
        SplittableRandom r = new SplittableRandom(42);
        String[] kinds = {"conflict_zone", "town", "town", "town", "town", "camp", "forwarding_hub", "marker"};
        StringBuilder loc = new StringBuilder();
        int n = 40;
        for (int i = 0; i < n; i++) {
            String kind = i < 5 ? "conflict_zone" : kinds[1 + r.nextInt(kinds.length - 1)];
            String country = i < 30 ? "H" : "F";
            int pop = kind.equals("camp") ? (r.nextBoolean() ? 2_000 + r.nextInt(20_000) : 0) : 1_000 + r.nextInt(50_000);
            loc.append("L").append(i).append(",,").append(country).append(",,,").append(kind).append(",")
                    .append(kind.equals("conflict_zone") ? "0" : "").append(",").append(pop).append("\n");
        }
        StringBuilder routes = new StringBuilder();
        for (int i = 1; i < n; i++) {
            routes.append("L").append(r.nextInt(i)).append(",L").append(i).append(",").append(10 + r.nextInt(300))
                    .append("\n");
        }
        for (int k = 0; k < 25; k++) {
            int a = r.nextInt(n);
            int b = r.nextInt(n);
            if (a != b) {
                routes.append("L").append(a).append(",L").append(b).append(",").append(10 + r.nextInt(300)).append("\n");
            }
        }
        StringBuilder conflicts = new StringBuilder("#Day,L0,L1,L2,L3,L4\n");
        for (int d = 0; d < 30; d++) {
            conflicts.append(d);
            for (int z = 0; z < 5; z++) {
                conflicts.append(",").append(r.nextInt(4) == 0 ? 0 : r.nextInt(1, 4) / 2.0);
            }
            conflicts.append("\n");
        }
        return FleeDirs.in(dir).days(30).locations(loc.toString()).routes(routes.toString())
                .file("conflicts.csv", conflicts.toString())
                .file("closures.csv", "country,H,F,5,12\nlocation,L7,,3,20\nlink,L0,L1,0,-1\n")
                .file("simsetting.yml", """
                        move_rules:
                          awareness_level: 2
                          max_move_speed: 200
                          avoid_short_stints: True
                        spawn_rules:
                          conflict_driven_spawning:
                            spawn_mode: poisson
                            displaced_per_conflict_day: 800
                        """);
    }

    @Test
    void everyAgentIsSomewhereExactlyOnceEveryDay() throws FleeInputException {
        FleeInputs in = randomGraph(tmp.resolve("g")).read();
        try (FleeSimulation sim = new FleeSimulation(in, 3, 2)) {
            long spawned = 0;
            while (!sim.finished()) {
                FleeDay day = sim.step();
                spawned += day.spawned();
                long placed = sim.enRoute();
                for (FleeLocation l : in.locations()) {
                    placed += sim.occupancy(l.name());
                }
                assertThat(sim.agentCount()).isEqualTo(spawned).isEqualTo(day.totalAgents());
                assertThat(placed).as("day %d", day.day()).isEqualTo(sim.agentCount());
            }
            assertThat(spawned).as("enough agents for several blocks").isGreaterThan(5L * FleeSimulation.BLOCK);
        }
    }

    private byte[] run(Path input, long seed, int threads, String name) throws FleeInputException, IOException {
        FleeInputs in = FleeInputs.read(input);
        Path out = Files.createDirectories(tmp.resolve(name));
        try (FleeSimulation sim = new FleeSimulation(in, seed, threads)) {
            FleeOutput.write(out, in, sim.run());
        }
        return Files.readAllBytes(out.resolve(FleeOutput.OUT));
    }

    @Test
    void theSameSeedGivesIdenticalOutputOnOneOrSeveralThreads() throws Exception {
        Path input = randomGraph(tmp.resolve("in")).write();
        byte[] a = run(input, 5, 1, "a");
        byte[] b = run(input, 5, 1, "b");
        byte[] c = run(input, 5, 3, "c");
        byte[] d = run(input, 6, 1, "d");
        assertThat(b).isEqualTo(a);
        assertThat(c).as("3 threads").isEqualTo(a);
        assertThat(d).as("another seed").isNotEqualTo(a);
        assertThat(Files.readAllBytes(tmp.resolve("c").resolve(FleeOutput.SUMMARY)))
                .isEqualTo(Files.readAllBytes(tmp.resolve("a").resolve(FleeOutput.SUMMARY)));
    }
}
