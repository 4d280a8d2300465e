package org.firebreak.flee;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A directory laid out exactly as FLEE's own sets are: {@code input_csv/} holding a
 * {@code conflict_input/<country>} directory's files as FLEE writes them (quoted fields,
 * commented headers, header names with a leading space, a registration_corrections.csv, a
 * forced-redirection removal that ends before it starts), {@code source_data/} holding a
 * {@code conflict_validation/<country><year>} directory (a total row, a row for a place that
 * is no location, data files opening with an empty row or a {@code #sep} line), and a
 * {@code simsetting.yml} written as FabFlee's validation settings are.
 */
class FleeLayoutTest {
    @TempDir
    Path tmp;

    @Test
    void readsAndRunsAFleeInputSetUnchanged() throws Exception {
        Path dir = Path.of(FleeLayoutTest.class.getResource("/flee-layout").toURI());
        FleeInputs in = FleeInputs.read(dir);
        assertThat(in.camps()).containsExactly("Hamdayet", "Lugdi");
        assertThat(in.conflicts().get().locations()).containsExactly("Adigrat", "Axum");
        assertThat(in.closures()).hasSize(1);
        assertThat(in.spawn().conflictSpawnDecay()).containsExactly(1.0, 1.0, 1.0, 0.5, 0.1);
        assertThat(in.rules().capacityScaling()).isEqualTo(1.25);
        Observations obs = in.observations().get();
        assertThat(obs.others()).containsExactly("Gondar");
        // the correction on 2020-11-10 (day 6) scales Hamdayet's earlier counts by 300 / 400:
        // 75 on day 0, 300 on day 3; day 9 interpolates 300 + 3/4 x 300 = 525
        assertThat(obs.campOn("Hamdayet", 0)).isEqualTo(75);
        assertThat(obs.campOn("Hamdayet", 3)).isEqualTo(300);
        assertThat(obs.campOn("Hamdayet", 9)).isEqualTo(525);
        // Lugdi: 0 to 200 over 10 days, 180 on day 9
        assertThat(obs.campOn("Lugdi", 9)).isEqualTo(180);

        FleeResult result;
        try (FleeSimulation sim = new FleeSimulation(in, 1, 1)) {
            result = sim.run();
        }
        // 75 placed on day 0, then every day's growth: every series only grows, so no debt and
        // 525 + 180 + 0 agents at the end
        assertThat(result.initialAgents()).isEqualTo(75);
        assertThat(result.last().totalAgents()).isEqualTo(705);
        assertThat(result.last().debt()).isZero();

        Path out = Files.createDirectories(tmp.resolve("out"));
        FleeOutput.write(out, in, result);
        List<String> rows = Files.readAllLines(out.resolve(FleeOutput.OUT));
        // FLEE writes the date after each day's step: day 0 of a run from 2020-11-04 is 2020-11-05
        assertThat(rows.get(1)).startsWith("0,2020-11-05,");
        assertThat(rows.get(10)).startsWith("9,2020-11-14,");
        JsonNode s = new ObjectMapper().readTree(out.resolve(FleeOutput.SUMMARY).toFile());
        assertThat(s.at("/validation/days_averaged").asInt()).isEqualTo(10);
        assertThat(s.at("/validation/averaged_relative_difference").isNumber()).isTrue();
        assertThat(s.at("/validation/averaged_relative_difference_observed_days").isNumber()).isTrue();
    }
}
