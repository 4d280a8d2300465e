package org.firebreak.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class TerrainCommandTest {

    private static String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = FirebreakCli.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new String[] {Integer.toString(code), out.toString(), err.toString()};
    }

    private static double borderKm(JsonNode report, String id) {
        for (JsonNode b : report.path("borders")) {
            if (b.path("id").asText().equals(id)) {
                return b.path("length_km").asDouble();
            }
        }
        throw new AssertionError("no border " + id);
    }

    @Test
    void jsonReportOfTheBundledFrontierMatchesPublishedBorderLengths() throws Exception {
        String[] r = run("terrain", "--json");
        assertThat(r[0]).as(r[2]).isEqualTo("0");
        JsonNode report = new ObjectMapper().readTree(r[1]);
        assertThat(report.path("dataset").asText()).isEqualTo("frontier");
        assertThat(report.path("crs").asText()).contains("Lambert");
        // CIA World Factbook: Iran-Iraq 1,599 km, Iraq-Syria 599 km
        assertThat(borderKm(report, "IRN-IRQ")).isCloseTo(1599, within(0.05 * 1599));
        assertThat(borderKm(report, "IRQ-SYR")).isCloseTo(599, within(0.05 * 599));
        assertThat(report.path("elevation").path("max_m").asDouble()).isGreaterThan(2500);
        assertThat(report.path("counts").path("places").asInt()).isPositive();
        assertThat(report.path("counts").path("road_links").asInt()).isPositive();
        JsonNode field = report.path("navigation_field");
        assertThat(field.path("reachable_cells").asInt()).isGreaterThan(100_000);
        assertThat(field.has("field_build_ms")).isTrue();
        for (String key : new String[] {"id", "name", "kind", "border", "distance_to_border_m"}) {
            assertThat(report.path("crossings").get(0).has(key)).as(key).isTrue();
        }
    }

    @Test
    void tableReportAndBadInput() {
        String[] table = run("terrain", "--dataset", "synthetic");
        assertThat(table[0]).isEqualTo("0");
        assertThat(table[1]).contains("IRN-IRQ").contains("north-crossing").contains("informal crossing sites: 0")
                .contains("navigation field to");
        String[] bad = run("terrain", "--dataset", "fronteir");
        assertThat(bad[0]).isEqualTo("2");
        assertThat(bad[2]).contains("did you mean 'frontier'");
    }
}
