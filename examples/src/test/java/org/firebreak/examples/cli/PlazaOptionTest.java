package org.firebreak.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code run --plaza}: one crossing of the default frontier run simulated at crowd scale. */
class PlazaOptionTest {
    private static final List<String> FILES = List.of("density.csv", "flow.csv", "grid-density.csv", "exposure.csv",
            "trajectories.csv", "summary.json");

    @Test
    void theCrossingRunsInItsPlazaEveryoneHandedOverIsAccountedForAndTheBytesDoNotDependOnThreads(@TempDir Path tmp)
            throws IOException {
        Path one = tmp.resolve("one");
        Path two = tmp.resolve("two");
        Cli.Result r1 = Cli.run("run", "--quiet", "--hours", "4", "--threads", "1", "--plaza", "zurbatiyah=crossing-surge",
                "--out", one.toString());
        assertThat(r1.code()).as(r1.err()).isZero();
        Cli.Result r2 = Cli.run("run", "--quiet", "--hours", "4", "--threads", "2", "--plaza",
                "zurbatiyah=crossing-surge:iran-side", "--out", two.toString());
        assertThat(r2.code()).as(r2.err()).isZero();

        ObjectMapper json = new ObjectMapper();
        JsonNode run = json.readTree(one.resolve("summary.json").toFile());
        assertThat(run.at("/crossings/zurbatiyah/screening").asText()).isEqualTo("plaza");
        assertThat(run.at("/crossings/haji-omaran/screening").asText()).isEqualTo("queue");
        JsonNode plaza = json.readTree(one.resolve("plaza-zurbatiyah/summary.json").toFile());
        long joined = plaza.get("joined").asLong();
        assertThat(joined).as("people reached the crossing in 4 h").isPositive();
        assertThat(plaza.get("accounted").asBoolean()).isTrue();
        assertThat(plaza.get("handed_back").asLong() + plaza.get("released").asLong()
                + plaza.get("inside_at_end").asLong()).isEqualTo(joined);
        // the regional run counts as crossed there exactly those the plaza handed back
        assertThat(run.at("/crossings/zurbatiyah/crossed").asLong()).isEqualTo(plaza.get("handed_back").asLong());

        for (String f : FILES) {
            assertThat(one.resolve("plaza-zurbatiyah").resolve(f)).exists();
            assertThat(Files.readAllBytes(two.resolve("plaza-zurbatiyah").resolve(f))).as(f)
                    .isEqualTo(Files.readAllBytes(one.resolve("plaza-zurbatiyah").resolve(f)));
        }
        for (String f : List.of("events.csv", "crossings.csv", "timeseries.csv")) {
            assertThat(Files.readAllBytes(two.resolve(f))).as(f).isEqualTo(Files.readAllBytes(one.resolve(f)));
        }
    }

    @Test
    void aWrongCrossingOrSourceIsNamedWithTheChoices(@TempDir Path tmp) {
        Cli.Result crossing = Cli.run("run", "--plaza", "zurbatiya=crossing-surge", "--out", tmp.resolve("a").toString());
        assertThat(crossing.code()).isEqualTo(FirebreakCli.BAD_INPUT);
        assertThat(crossing.err()).contains("'zurbatiya' is not an official crossing", "zurbatiyah");
        Cli.Result source = Cli.run("run", "--plaza", "zurbatiyah=crossing-surge:iran", "--out", tmp.resolve("b").toString());
        assertThat(source.code()).isEqualTo(FirebreakCli.BAD_INPUT);
        assertThat(source.err()).contains("has no source 'iran'", "iran-side");
        Cli.Result form = Cli.run("run", "--plaza", "zurbatiyah", "--out", tmp.resolve("c").toString());
        assertThat(form.code()).isEqualTo(FirebreakCli.BAD_INPUT);
        assertThat(form.err()).contains("expected CROSSING=CROWD_SCENARIO");
        Cli.Result regional = Cli.run("run", "--plaza", "zurbatiyah=collapse-passive", "--out", tmp.resolve("d").toString());
        assertThat(regional.code()).isEqualTo(FirebreakCli.BAD_INPUT);
        assertThat(regional.err()).contains("regional scenario");
    }
}
