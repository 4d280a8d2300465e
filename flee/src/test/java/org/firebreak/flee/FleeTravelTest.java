package org.firebreak.flee;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How far agents get in a day, and what closures do to them. */
class FleeTravelTest {
    private static final int N = 1_000;

    @TempDir
    Path tmp;

    /**
     * A (conflict zone) -100- B (hub) -100- C (hub) -300- D (camp), 250 km a day. With
     * conflict_weight 0 nobody heads back to A, and camp_weight 1000 with weight_power 10
     * makes D's weight from C exceed B's by a factor ((1000 / 310) / (1 / 110))^10, about 1e25:
     * every agent follows the chain.
     */
    private FleeInputs chain() throws FleeInputException {
        return FleeDirs.in(tmp.resolve("chain"))
                .locations("A,,H,,,conflict_zone,0,10\nB,,H,,,forwarding_hub,,\nC,,H,,,forwarding_hub,,\n"
                        + "D,,H,,,camp,,\n")
                .routes("A,B,100\nB,C,100\nC,D,300\n")
                .settings("max_move_speed: 250\nconflict_weight: 0\ncamp_weight: 1000\nweight_power: 10\n"
                        + "camp_movechance: 0")
                .read();
    }

    @Test
    void agentsCarryOnFromLocationToLocationUntilTheyHaveCoveredADaysDistance() throws FleeInputException {
        try (FleeSimulation sim = new FleeSimulation(chain(), 1, 1)) {
            sim.addAgents("A", N);
            sim.step();
            // day 0, FLEE's accounting: A->B is credited 250 km, 100 used (moved 100 < 250: go on);
            // B->C again 250, 100 used (moved 200 < 250: go on); C->D 250 of 300: still on the link.
            assertThat(sim.enRoute("C", "D")).isEqualTo(N);
            sim.step();
            // day 1: 250 + 250 > 300, so D is reached
            assertThat(sim.occupancy("D")).isEqualTo(N);
            assertThat(sim.enRoute()).isZero();
        }
    }

    private FleeInputs oneLink(double km, String settings) throws FleeInputException {
        return FleeDirs.in(tmp.resolve("one" + km + settings.hashCode()))
                .locations("A,,H,,,conflict_zone,0,10\nD,,H,,,camp,,\n")
                .routes("A,D," + km + "\n")
                .settings("camp_movechance: 0\n" + settings)
                .read();
    }

    @Test
    void aLinkOfExactlyADaysDistanceIsFinishedTheNextDay() throws FleeInputException {
        // FLEE arrives only when the distance covered exceeds the link's length: 250 > 250 is false
        try (FleeSimulation sim = new FleeSimulation(oneLink(250, "max_move_speed: 250"), 2, 1)) {
            sim.addAgents("A", N);
            sim.step();
            assertThat(sim.enRoute("A", "D")).isEqualTo(N);
            sim.step();
            assertThat(sim.occupancy("D")).isEqualTo(N);
        }
    }

    @Test
    void aLongLinkTakesSeveralDays() throws FleeInputException {
        // 700 km at 250 km a day: 250, 500, then 750 > 700 on day 2
        try (FleeSimulation sim = new FleeSimulation(oneLink(700, "max_move_speed: 250"), 3, 1)) {
            sim.addAgents("A", N);
            sim.step();
            sim.step();
            assertThat(sim.enRoute("A", "D")).isEqualTo(N);
            sim.step();
            assertThat(sim.occupancy("D")).isEqualTo(N);
        }
    }

    @Test
    void theFirstLinkIsWalkedWhenStartingOnFoot() throws FleeInputException {
        // 100 km at 35 km a day on foot: 35, 70, then 105 > 100 on day 2
        try (FleeSimulation sim = new FleeSimulation(oneLink(100, "start_on_foot: True"), 4, 1)) {
            sim.addAgents("A", N);
            sim.step();
            sim.step();
            assertThat(sim.enRoute("A", "D")).isEqualTo(N);
            sim.step();
            assertThat(sim.occupancy("D")).isEqualTo(N);
        }
    }

    @Test
    void agentsReachingAClosedLinksEndAreSentBackToItsStart() throws FleeInputException {
        FleeInputs in = FleeDirs.in(tmp.resolve("back"))
                .locations("A,,H,,,conflict_zone,0,10\nD,,H,,,camp,,\n")
                .routes("A,D,700\n")
                .file("closures.csv", "#closure_type,name1,name2,closure_start,closure_end\nlink,A,D,2,-1\n")
                .settings("max_move_speed: 250\ncamp_movechance: 0")
                .read();
        try (FleeSimulation sim = new FleeSimulation(in, 5, 1)) {
            sim.addAgents("A", N);
            sim.step();
            sim.step();
            assertThat(sim.enRoute("A", "D")).isEqualTo(N);
            // day 2: 750 km > 700, but the link closed that day: back to A, where no link is open
            sim.step();
            assertThat(sim.occupancy("A")).isEqualTo(N);
            assertThat(sim.occupancy("D")).isZero();
            for (int d = 3; d < 10; d++) {
                sim.step();
                assertThat(sim.occupancy("A")).isEqualTo(N);
            }
        }
    }

    /** A (conflict) links to town B and to camps C (abroad, via B) and D (abroad, direct). */
    private FleeDirs closable(String name) {
        return FleeDirs.in(tmp.resolve(name)).days(15)
                .locations("A,,H,,,conflict_zone,0,10\nB,,H,,,town,,\nC,,F,,,camp,,\nD,,F,,,camp,,\n")
                .routes("A,B,50\nB,C,50\nA,D,50\n")
                .settings("max_move_speed: 60");
    }

    @Test
    void nobodyUsesAClosedLink() throws FleeInputException {
        FleeInputs in = closable("link").file("closures.csv", "link,D,A,0,-1\n").read();
        try (FleeSimulation sim = new FleeSimulation(in, 6, 1)) {
            sim.addAgents("A", 5_000);
            while (!sim.finished()) {
                sim.step();
                assertThat(sim.enRoute("A", "D") + sim.enRoute("D", "A") + sim.occupancy("D")).isZero();
            }
            assertThat(sim.occupancy("C")).as("the open way is used").isPositive();
        }
    }

    @Test
    void aClosedLocationReceivesNobodyAndABorderClosureHoldsForItsDays() throws FleeInputException {
        FleeInputs in = closable("location").file("closures.csv",
                "closure_type,name1,name2,closure_start,closure_end\nlocation,C,,0,-1\ncountry,H,F,0,5\n").read();
        try (FleeSimulation sim = new FleeSimulation(in, 7, 1)) {
            sim.addAgents("A", 5_000);
            for (int d = 0; d < 5; d++) {
                sim.step();
                // days 0-4: the border is closed; nothing crosses from H to F
                assertThat(sim.enRoute("A", "D") + sim.occupancy("D") + sim.enRoute("B", "C")).isZero();
            }
            while (!sim.finished()) {
                sim.step();
                assertThat(sim.enRoute("B", "C") + sim.occupancy("C")).isZero();
            }
            assertThat(sim.occupancy("D")).as("the border reopened on day 5").isPositive();
        }
    }
}
