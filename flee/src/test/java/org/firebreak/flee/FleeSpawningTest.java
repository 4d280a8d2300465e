package org.firebreak.flee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** New agents follow the observed camp populations, or FLEE's conflict-driven rule without them. */
class FleeSpawningTest {
    @TempDir
    Path tmp;

    private FleeDirs observed(String name, String campSeries) {
        return FleeDirs.in(tmp.resolve(name)).days(21)
                .locations("Z,,H,,,conflict_zone,0,1000\nT,,H,,,town,,\nC,,F,,,camp,,\n")
                .routes("Z,T,50\nT,C,50\n")
                .file("source_data/data_layout.csv", "total,total.csv\nC,c.csv\n")
                .file("source_data/total.csv", "Date,count\n2030-01-01,0\n")
                .file("source_data/c.csv", "Date,count\n" + campSeries);
    }

    @Test
    void dailyNewAgentsAreTheInterpolatedGrowthOfTheObservedCamps() throws FleeInputException {
        FleeInputs in = observed("grow", "2030-01-01,100\n2030-01-11,600\n").read();
        assertThat(in.spawn().mode()).isEqualTo(SpawnRules.Mode.OBSERVATIONS);
        try (FleeSimulation sim = new FleeSimulation(in, 1, 1)) {
            // day 0: the camp starts with its observed 100, nobody new
            FleeDay d0 = sim.step();
            assertThat(d0.totalAgents()).isEqualTo(100);
            assertThat(d0.spawned()).isZero();
            for (int t = 1; t <= 20; t++) {
                FleeDay d = sim.step();
                // observed on day t: int(100 + t/10 * 500) until day 10, then 600
                long expected = t < 10 ? (long) (100 + t / 10.0 * 500) : 600;
                assertThat(d.campObserved()[0]).as("day %d", t).isEqualTo(expected);
                assertThat(d.totalAgents()).as("day %d", t).isEqualTo(expected);
                assertThat(d.rawObserved()).isEqualTo(expected);
            }
        }
        // day 3 by hand: 100 + 0.3 * 500 = 250; day 5: 350
        try (FleeSimulation sim = new FleeSimulation(in, 1, 1)) {
            for (int t = 0; t < 3; t++) {
                sim.step();
            }
            assertThat(sim.step().campObserved()[0]).isEqualTo(250);
            sim.step();
            assertThat(sim.step().campObserved()[0]).isEqualTo(350);
        }
    }

    @Test
    void aFallInTheObservedTotalIsCarriedAsADebt() throws FleeInputException {
        // 1000 on day 0, 500 on day 10 (-50 a day), 800 on day 20 (+30 a day)
        FleeInputs in = observed("debt", "2030-01-01,1000\n2030-01-11,500\n2030-01-21,800\n").read();
        try (FleeSimulation sim = new FleeSimulation(in, 2, 1)) {
            FleeDay d = null;
            for (int t = 0; t <= 20; t++) {
                d = sim.step();
                assertThat(d.totalAgents()).as("nobody is removed, nobody added while in debt").isEqualTo(1000);
                // debt after day t: 50 t up to day 10, then 500 - 30 (t - 10)
                long debt = t <= 10 ? 50L * t : 500 - 30L * (t - 10);
                assertThat(d.debt()).as("day %d", t).isEqualTo(debt);
            }
            assertThat(d.debt()).isEqualTo(200);
        }
    }

    @Test
    void newAgentsAppearInConflictZonesByPopulationTimesIntensity() throws FleeInputException {
        FleeInputs in = FleeDirs.in(tmp.resolve("weights")).days(2)
                .locations("Z1,,H,,,conflict_zone,0,3000\nZ2,,H,,,conflict_zone,0,1000\nC,,F,,,camp,,\n")
                .routes("Z1,C,50\nZ2,C,50\n")
                .file("source_data/data_layout.csv", "total,c.csv\nC,c.csv\n")
                .file("source_data/c.csv", "2030-01-01,0\n2030-01-02,40000\n")
                .file("simsetting.yml", "move_rules:\n  conflict_movechance: 0\n")
                .read();
        try (FleeSimulation sim = new FleeSimulation(in, 3, 1)) {
            sim.step();
            FleeDay d1 = sim.step();
            assertThat(d1.spawned()).isEqualTo(40_000);
            // weights 3000 * 1 and 1000 * 1: Z1 gets each agent with probability 3/4
            double sd = Math.sqrt(40_000 * 0.75 * 0.25);
            assertThat((double) sim.occupancy("Z1")).isCloseTo(30_000, within(4 * sd));
            assertThat(sim.occupancy("Z1") + sim.occupancy("Z2")).isEqualTo(40_000);
        }
    }

    private FleeDirs unobserved(String name) {
        return FleeDirs.in(tmp.resolve(name)).days(4)
                .locations("Z,,H,,,conflict_zone,,20000\nC,,F,,,camp,,\n")
                .routes("Z,C,500\n")
                .file("conflicts.csv", "#Day,Z\n0,0.5\n1,0.5\n2,0.5\n3,0.5\n");
    }

    @Test
    void withoutObservationsEachConflictDayBringsFiveHundredTimesIntensity() throws FleeInputException {
        FleeInputs in = unobserved("none").read();
        assertThat(in.spawnFallback()).isTrue();
        assertThat(in.spawn().mode()).isEqualTo(SpawnRules.Mode.CONFLICT_CONSTANT);
        try (FleeSimulation sim = new FleeSimulation(in, 4, 1)) {
            FleeResult r = sim.run();
            // int(500 * 0.5) = 250 a day, four days
            assertThat(r.days()).allSatisfy(d -> assertThat(d.spawned()).isEqualTo(250));
            assertThat(r.last().totalAgents()).isEqualTo(1000);
            assertThat(r.averagedRelativeDifference()).isEmpty();
        }
    }

    @Test
    void populationRatioAndPoissonModes() throws FleeInputException {
        FleeInputs ratio = unobserved("ratio").file("simsetting.yml", """
                spawn_rules:
                  conflict_driven_spawning:
                    spawn_mode: pop_ratio
                    displaced_per_conflict_day: 0.01
                """).read();
        try (FleeSimulation sim = new FleeSimulation(ratio, 5, 1)) {
            // int(0.01 * 20000 * 0.5) = 100 a day
            assertThat(sim.run().days()).allSatisfy(d -> assertThat(d.spawned()).isEqualTo(100));
        }
        FleeInputs poisson = unobserved("poisson").days(4).file("simsetting.yml", """
                spawn_rules:
                  conflict_driven_spawning:
                    spawn_mode: poisson
                    displaced_per_conflict_day: 2000
                """).read();
        try (FleeSimulation sim = new FleeSimulation(poisson, 6, 1)) {
            // Poisson with mean 2000 * 0.5 = 1000 a day: 4000 over four days, s.d. sqrt(4000)
            assertThat((double) sim.run().spawned()).isCloseTo(4000, within(4 * Math.sqrt(4000)));
        }
    }
}
