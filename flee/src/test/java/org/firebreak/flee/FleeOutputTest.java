package org.firebreak.flee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.firebreak.core.Firebreak;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FleeOutputTest {
    @TempDir
    Path tmp;

    private static final LocalDate START = LocalDate.of(2030, 1, 1);

    /** Two days, camps A and B, with values chosen by hand. */
    private static FleeResult observedRun() {
        FleeDay d0 = new FleeDay(0, START, new long[] {90, 30}, new long[] {100, 20}, 150, 120, 120, 0, 0);
        FleeDay d1 = new FleeDay(1, START.plusDays(1), new long[] {100, 50}, new long[] {100, 100}, 180, 150, 200, 0,
                30);
        return new FleeResult(List.of("A", "B"), List.of(d0, d1), 9, 120);
    }

    private static String table(FleeResult r) throws Exception {
        StringWriter w = new StringWriter();
        FleeOutput.writeTable(w, r);
        return w.toString();
    }

    @Test
    void outCsvHasFleesColumnsAndErrors() throws Exception {
        List<String> lines = table(observedRun()).lines().toList();
        assertThat(lines.get(0)).isEqualTo("Day,Date,A sim,A data,A error,B sim,B data,B error,Total error,"
                + "refugees in camps (UNHCR),total refugees (simulation),raw UNHCR refugee count,"
                + "refugees in camps (simulation),refugee_debt");
        // FLEE dates each row after the day's step (its e.date_string once evolve has run), so day 0 of
        // a run starting on 2030-01-01 is written as 2030-01-02
        // A: |90/100 - 1| = 0.1; B: |30/20 - 1| = 0.5; total error (10 + 10) / 120 = 1/6
        assertThat(lines.get(1)).isEqualTo("0,2030-01-02,90,100,0.1,30,20,0.5,0.16666666666666666,120,150,120,120,0");
        // A exact: 0.0; B: |50/100 - 1| = 0.5; total (0 + 50) / 200 = 0.25
        assertThat(lines.get(2)).isEqualTo("1,2030-01-03,100,100,0.0,50,100,0.5,0.25,200,180,200,150,0");
    }

    @Test
    void withoutObservationsTheirColumnsAreEmpty() throws Exception {
        FleeDay d = new FleeDay(0, START, new long[] {5, 7}, null, 40, 12, 0, 0, 40);
        String row = table(new FleeResult(List.of("A", "B"), List.of(d), 1, 0)).lines().toList().get(1);
        assertThat(row).isEqualTo("0,2030-01-02,5,,,7,,,,,40,,12,0");
        assertThat(row.split(",", -1)).hasSize(2 + 3 * 2 + 6);
    }

    @Test
    void averagedRelativeDifferenceIsTheMeanOfDailyRelativeDifferences() {
        // day 0: (10 + 10) / 120 = 1/6; day 1: (0 + 50) / 200 = 1/4; mean 5/24 (both definitions agree
        // when every day has observations)
        assertThat(observedRun().averagedRelativeDifference().getAsDouble()).isCloseTo(5.0 / 24, within(1e-15));
        assertThat(observedRun().averagedRelativeDifferenceOverObservedDays().getAsDouble())
                .isCloseTo(5.0 / 24, within(1e-15));
    }

    @Test
    void fleesAveragedRelativeDifferenceCountsEveryDayWithADenominatorOfAtLeastOne() {
        // day 0 observes nothing: FLEE divides its absolute difference 4 by max(0, 1) = 1; day 1: 10 / 40
        FleeDay d0 = new FleeDay(0, START, new long[] {3, 1}, new long[] {0, 0}, 4, 4, 0, 0, 0);
        FleeDay d1 = new FleeDay(1, START.plusDays(1), new long[] {20, 10}, new long[] {30, 10}, 30, 30, 40, 0, 26);
        FleeResult r = new FleeResult(List.of("A", "B"), List.of(d0, d1), 1, 4);
        // FLEE's: (4 / 1 + 10 / 40) / 2 = 2.125; over observed days only: day 1 alone, 0.25
        assertThat(r.averagedRelativeDifference().getAsDouble()).isCloseTo(2.125, within(1e-15));
        assertThat(r.averagedRelativeDifferenceOverObservedDays().getAsDouble()).isCloseTo(0.25, within(1e-15));
    }

    @Test
    void writesBothFilesAtomicallyWithSeedHashAndVersion() throws Exception {
        FleeInputs in = FleeDirs.in(tmp.resolve("in")).days(2)
                .locations("Z,,H,,,conflict_zone,0,10\nA,,F,,,camp,,\nB,,F,,,camp,,\n")
                .routes("Z,A,10\nZ,B,10\n")
                .file("source_data/data_layout.csv", "total,a.csv\nA,a.csv\nB,a.csv\n")
                .file("source_data/a.csv", "2030-01-01,100\n")
                .read();
        Path out = Files.createDirectories(tmp.resolve("out"));
        FleeOutput.write(out, in, observedRun());
        try (var files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("out.csv", "summary.json");
        }
        JsonNode s = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
        assertThat(s.get("seed").asLong()).isEqualTo(9);
        assertThat(s.get("input_sha256").asText()).isEqualTo(in.inputHash()).hasSize(64);
        assertThat(s.get("firebreak_version").asText()).isEqualTo(Firebreak.version());
        assertThat(s.at("/validation/averaged_relative_difference").asDouble()).isCloseTo(0.208333, within(1e-6));
        assertThat(s.at("/validation/averaged_relative_difference_observed_days").asDouble())
                .isCloseTo(0.208333, within(1e-6));
        assertThat(s.at("/validation/days_averaged").asInt()).isEqualTo(2);
        assertThat(s.at("/spawning/mode").asText()).isEqualTo("observations");
        assertThat(s.at("/rules/softening").asDouble()).isEqualTo(10);
    }

    @Test
    void theInputHashDependsOnTheBytesNotOnWhereTheyAre() throws Exception {
        FleeDirs a = FleeDirs.in(tmp.resolve("a")).locations("Z,,H,,,conflict_zone,0,10\n").routes("");
        FleeDirs b = FleeDirs.in(tmp.resolve("b")).locations("Z,,H,,,conflict_zone,0,10\n").routes("");
        FleeDirs c = FleeDirs.in(tmp.resolve("c")).locations("Z,,H,,,conflict_zone,0,11\n").routes("");
        assertThat(a.read().inputHash()).isEqualTo(b.read().inputHash()).isNotEqualTo(c.read().inputHash());
    }

    @Test
    void decimalsAreWrittenWithoutExponents() {
        assertThat(FleeOutput.decimal(0.0)).isEqualTo("0.0");
        assertThat(FleeOutput.decimal(1.0)).isEqualTo("1.0");
        assertThat(FleeOutput.decimal(0.0001)).isEqualTo("0.0001");
        assertThat(FleeOutput.decimal(0.25)).isEqualTo("0.25");
    }
}
