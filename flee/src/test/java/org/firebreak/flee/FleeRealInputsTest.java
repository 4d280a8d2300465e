package org.firebreak.flee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What FLEE's own input sets contain and FLEE reads: each case read as FLEE reads it, with the
 * expected figures worked out by hand from FLEE's rules (the FLEE function followed is named
 * in each test).
 */
class FleeRealInputsTest {
    @TempDir
    Path tmp;

    private int n;

    /** A conflict zone Z (population 10), camp C without a limit, 5 days from 2030-01-01, nobody moves. */
    private FleeDirs base() {
        return FleeDirs.in(tmp.resolve("in" + n++)).days(5)
                .locations("Z,,H,,,conflict_zone,0,10\nC,,F,,,camp,,\n")
                .routes("Z,C,10\n")
                .file("simsetting.yml", "move_rules:\n  conflict_movechance: 0\n  camp_movechance: 0\n");
    }

    private static FleeDay[] run(FleeInputs in) {
        FleeDay[] days = new FleeDay[in.period().lengthDays()];
        try (FleeSimulation sim = new FleeSimulation(in, 1, 1)) {
            for (int d = 0; d < days.length; d++) {
                days[d] = sim.step();
            }
        }
        return days;
    }

    @Test
    void aLayoutRowForAPlaceThatIsNoCampCountsInTheTotals() throws FleeInputException {
        // DataTable.get_daily_difference sums every layout row after the total, location or not
        FleeInputs in = base()
                .file("source_data/data_layout.csv", "total,c.csv\nC,c.csv\nElsewhere,e.csv\n")
                .file("source_data/c.csv", "2030-01-01,10\n")
                .file("source_data/e.csv", "2030-01-01,0\n2030-01-03,20\n").read();
        assertThat(in.observations().get().others()).containsExactly("Elsewhere");
        FleeDay[] d = run(in);
        // day 0: C's 10 are placed; Elsewhere grows by 10 on days 1 and 2, so 10 new agents each day
        assertThat(d[0].totalAgents()).isEqualTo(10);
        assertThat(d[1].totalAgents()).isEqualTo(20);
        assertThat(d[2].totalAgents()).isEqualTo(30);
        assertThat(d[4].totalAgents()).isEqualTo(30);
        // the raw count is FLEE's running sum of those differences: 10 + 0 on day 0, then 20, 30
        assertThat(d[0].rawObserved()).isEqualTo(10);
        assertThat(d[2].rawObserved()).isEqualTo(30);
        // C alone is compared: 10 observed
        assertThat(d[4].observedInCamps()).isEqualTo(10);
    }

    @Test
    void aForcedRedirectionRemovalThatEndsBeforeItStartsIsReadWithoutEffect() throws FleeInputException {
        // as in FLEE's burundi set: remove_forced_redirection,Nduta,Nyarugusu,101,0
        FleeInputs in = base().file("closures.csv", "#closure_type,name1,name2,closure_start,closure_end\n"
                + "remove_forced_redirection,Z,C,101,0\n").read();
        assertThat(in.closures()).singleElement().satisfies(c -> {
            assertThat(c.startDay()).isEqualTo(101);
            assertThat(c.endDay()).isZero();
        });
        assertThat(run(in)[4].totalAgents()).isEqualTo(2500); // 500 a day from Z, as without the row
    }

    @Test
    void conflictHeadersAreStrippedAndAllZeroColumnsForOtherNamesAreIgnored() throws FleeInputException {
        // InputGeography.ReadConflictInputCSV strips header names; a name that is no location is
        // never put in conflict while its column holds zeros
        FleeInputs in = base().file("conflicts.csv", "\"#Day\",\" Z\",\" Nowhere\"\n0,1,0\n1,1,0\n2,0,0\n3,0,0\n"
                + "4,2,0\n").read();
        assertThat(in.conflicts().get().locations()).containsExactly("Z");
        FleeDay[] d = run(in);
        // conflict-driven without observations: int(500 x intensity) on days 0, 1 and 4
        assertThat(d[1].totalAgents()).isEqualTo(1000);
        assertThat(d[3].totalAgents()).isEqualTo(1000);
        assertThat(d[4].totalAgents()).isEqualTo(2000);
    }

    @Test
    void knownSpawnKeysAtTheirDefaultAreAccepted() throws FleeInputException {
        FleeInputs in = base().file("simsetting.yml", "spawn_rules:\n  empty_camps_on_day0: False\n"
                + "  conflict_spawn_decay: null\n  conflict_spawn_decay_interval: 30\noptimisations:\n  hasten: 1\n")
                .read();
        assertThat(in.spawn().conflictSpawnDecay()).isEmpty();
        assertThatThrownBy(() -> base().file("simsetting.yml", "spawn_rules:\n  empty_camps_on_day0: True\n").read())
                .hasMessageStartingWith("simsetting.yml:2: spawn_rules.empty_camps_on_day0: not supported by these "
                        + "rules; expected 0 (False)");
        assertThatThrownBy(() -> base().file("simsetting.yml", "spawn_rules:\n  conflict_spawn_decay: 0.5\n").read())
                .hasMessageStartingWith("simsetting.yml:2: spawn_rules.conflict_spawn_decay: expected a list");
        assertThatThrownBy(() -> base().file("simsetting.yml", "spawn_rules:\n  conflict_spawn_decay_interval: 0\n")
                .read()).hasMessageContaining("conflict_spawn_decay_interval: 0 is out of range");
        assertThatThrownBy(() -> base().file("simsetting.yml", "optimisations:\n  hasten: 0\n").read())
                .hasMessageStartingWith("simsetting.yml:2: optimisations.hasten: 0 is not allowed");
    }

    /** Z and Y conflict zones of equal population; Y's conflict starts on day 2. */
    private FleeDirs decaying(String decay, String campSeries) {
        return FleeDirs.in(tmp.resolve("decay" + n++)).days(5)
                .locations("Z,,H,,,conflict_zone,0,100\nY,,H,,,conflict_zone,0,100\nC,,F,,,camp,,\n")
                .routes("Z,C,10\nY,C,10\n")
                .file("conflicts.csv", "#Day,Z,Y\n0,1,0\n1,1,0\n2,1,1\n3,1,1\n4,1,1\n")
                .file("simsetting.yml", "move_rules:\n  conflict_movechance: 0\nspawn_rules:\n"
                        + "  conflict_spawn_decay: " + decay + "\n  conflict_spawn_decay_interval: 2\n")
                .file("source_data/data_layout.csv", "total,c.csv\nC,c.csv\n")
                .file("source_data/c.csv", campSeries);
    }

    @Test
    void conflictSpawnDecayWeighsByDaysInConflictAsFleeDoes() throws FleeInputException {
        // spawning.refresh_spawn_weights: weight = population x intensity x decay[min(days / 2, 1)];
        // C grows by 10 a day from day 1
        FleeInputs in = decaying("[1.0, 0.0]", "2030-01-01,0\n2030-01-05,40\n").read();
        try (FleeSimulation sim = new FleeSimulation(in, 1, 1)) {
            // day 1: only Z is in conflict, 1 day in: all 10 at Z
            sim.step();
            sim.step();
            assertThat(sim.occupancy("Z")).isEqualTo(10);
            // day 2: Y enters conflict, so the weights are recomputed on day 2: Z has been in
            // conflict 2 days (decay 0), Y 0 days (decay 1): all 10 at Y; likewise days 3 and 4
            sim.step();
            sim.step();
            sim.step();
            assertThat(sim.occupancy("Z")).isEqualTo(10);
            assertThat(sim.occupancy("Y")).isEqualTo(30);
        }
    }

    @Test
    void onDaysWithoutAConflictChangeTheDecayIsTheDayBefores() throws FleeInputException {
        // FLEE refreshes spawn weights when a conflict starts or ends and at the end of each day, so a
        // day without a change spawns with the weights of the day before: Z alone, decay [1, 0] per 2 days
        String zAlone = "#Day,Z,Y\n0,1,0\n1,1,0\n2,1,0\n3,1,0\n4,1,0\n";
        // growth on day 2 is placed (weights of day 1: decay 1)
        FleeInputs in = decaying("[1.0, 0.0]", "2030-01-01,0\n2030-01-03,20\n").file("conflicts.csv", zAlone).read();
        assertThat(run(in)[2].totalAgents()).isEqualTo(20);
        // growth on day 3 has nowhere to go (weights of day 2: decay 0)
        assertThatThrownBy(() -> decaying("[1.0, 0.0]", "2030-01-01,0\n2030-01-04,30\n").file("conflicts.csv", zAlone)
                .read()).hasMessageStartingWith("conflicts.csv: on day 3 (2030-01-04) the observed camp populations "
                        + "grow by 10 but no location is in conflict with a population above 0 and a conflict spawn "
                        + "decay above 0");
    }

    @Test
    void hastenDividesPopulationsCapacitiesAndObservedCounts() throws FleeInputException {
        // InputGeography: population // hasten; DataTable: count / hasten, truncated after interpolation
        FleeInputs in = FleeDirs.in(tmp.resolve("hasten")).days(3)
                .locations("Z,,H,,,conflict_zone,0,101\nC,,F,,,camp,,31\n").routes("Z,C,10\n")
                .file("simsetting.yml", "optimisations:\n  hasten: 2\n")
                .file("source_data/data_layout.csv", "total,c.csv\nC,c.csv\n")
                .file("source_data/c.csv", "2030-01-01,11\n2030-01-03,20\n").read();
        assertThat(in.byName().get("Z").population()).isEqualTo(50);
        assertThat(in.byName().get("C").population()).isEqualTo(15);
        // 5.5 on day 0 and 10 on day 2; day 1 interpolates to 7.75
        assertThat(in.observations().get().campOn("C", 0)).isEqualTo(5);
        assertThat(in.observations().get().campOn("C", 1)).isEqualTo(7);
        assertThat(in.observations().get().campOn("C", 2)).isEqualTo(10);
    }

    /** Camp C with a series 50, 100 (a change of registration basis), 40. */
    private FleeDirs corrected(String corrections) {
        return base().file("registration_corrections.csv", corrections)
                .file("source_data/data_layout.csv", "total,c.csv\nC,c.csv\n")
                .file("source_data/c.csv", "2030-01-01,50\n2030-01-03,100\n2030-01-05,40\n");
    }

    @Test
    void registrationCorrectionsRescaleEarlierCountsAsFleeDoes() throws FleeInputException {
        // RefugeeTable.correctLevel1Registrations: counts before 2030-01-05 times 40 / 100; a date
        // before the start is ignored
        FleeInputs in = corrected("\"C\",\"2029-12-01\"\n\"C\",\"2030-01-05\",\"normalize\"\n").read();
        Observations obs = in.observations().get();
        // 20 on day 0, 40 on days 2 and 4, interpolated 30 on day 1 and 40 on day 3
        assertThat(new long[] {obs.campOn("C", 0), obs.campOn("C", 1), obs.campOn("C", 2), obs.campOn("C", 3),
            obs.campOn("C", 4)}).containsExactly(20, 30, 40, 40, 40);
        FleeDay[] d = run(in);
        // 20 placed on day 0, then 10 new on day 1 and 10 on day 2: 40 agents (uncorrected: 100)
        assertThat(d[0].totalAgents()).isEqualTo(20);
        assertThat(d[4].totalAgents()).isEqualTo(40);
        assertThat(in.inputHash()).isNotEqualTo(corrected("").read().inputHash());
    }

    @Test
    void registrationCorrectionsFleeCannotApplyAreRefused() {
        assertThatThrownBy(() -> corrected("C,2030-01-04\n").read()).hasMessageStartingWith(
                "registration_corrections.csv:1: date: 2030-01-04 is no observation date of 'C' (source_data/c.csv)");
        assertThatThrownBy(() -> corrected("C,2030-01-01\n").read()).hasMessageStartingWith(
                "registration_corrections.csv:1: date: 2030-01-01 is the first observation of 'C'");
        assertThatThrownBy(() -> corrected("D,2030-01-05\n").read()).hasMessageStartingWith(
                "registration_corrections.csv:1: name: 'D' has no row in source_data/data_layout.csv");
    }

    /** Z with one agent to place, camps C (capacity given) and D (none) at equal distances, C holding 90 on day 0. */
    private double[] routeChoiceFromZ(int capacity) throws FleeInputException {
        FleeInputs in = FleeDirs.in(tmp.resolve("cap" + capacity)).days(2)
                .locations("Z,,H,,,conflict_zone,0,10\nC,,F,,,camp,," + capacity + "\nD,,F,,,camp,,\n")
                .routes("Z,C,10\nZ,D,10\n")
                .file("source_data/data_layout.csv", "total,c.csv\nC,c.csv\nD,d.csv\n")
                .file("source_data/c.csv", "2030-01-01,90\n").file("source_data/d.csv", "2030-01-01,0\n").read();
        try (FleeSimulation sim = new FleeSimulation(in, 1, 1)) {
            sim.addAgents("Z", 1);
            sim.step();
            return sim.routeProbabilities("Z");
        }
    }

    @Test
    void dayZeroPopulationsLowerCampCapacitiesAsFleeLowersThem() throws FleeInputException {
        // spawning.spawn_daily_displaced, day 0: capacity 100 - 90 = 10, and C holds 90 >= 10, so its
        // capacity factor is 0 and everybody heads for D (unlowered, 90 <= 0.9 x 100 would give 1 : 1)
        assertThat(routeChoiceFromZ(100)).containsExactly(0.0, 1.0);
        // capacity 90 - 90 = 0 is below 1: no limit, as in moving.getCapMultiplier, so 1 : 1
        assertThat(routeChoiceFromZ(90)).containsExactly(0.5, 0.5);
    }

    @Test
    void severalFilesForOneRowMergeAsFleeMergesThem() {
        // DataTable.AddCSVTables: a step merge. {0: 10, 10: 20} with {5: 100}: day 0 keeps 10 (+ 0, the
        // other's count before its first), day 5 gets 100 + 20 (the next count of the first), and the
        // first's day 10 is dropped because the second file has ended
        Observations.Points a = new Observations.Points(new int[] {0, 10}, new double[] {10, 20});
        Observations.Points b = new Observations.Points(new int[] {5}, new double[] {100});
        Observations.Points m = a.merge(b);
        assertThat(m.days()).containsExactly(0, 5);
        assertThat(m.counts()).containsExactly(10, 120);
        // a one-row first file against a longer second (as CAR's Betou): {111: 4816} with
        // {0: 0, 15: 10232, 111: 5899, 114: 7265} gives 0 + 4816, 10232 + 4816, 5899 + 4816, and the
        // second's day 114 is dropped because the first has ended
        Observations.Points betou = new Observations.Points(new int[] {111}, new double[] {4816});
        Observations.Points outside = new Observations.Points(new int[] {0, 15, 111, 114},
                new double[] {0, 10232, 5899, 7265});
        Observations.Points merged = betou.merge(outside);
        assertThat(merged.days()).containsExactly(0, 15, 111);
        assertThat(merged.counts()).containsExactly(4816, 15048, 10715);
    }
}
