package org.firebreak.frontier.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.firebreak.frontier.scenario.ScenarioFiles.HEAD;
import static org.firebreak.frontier.scenario.ScenarioFiles.LOADER;
import static org.firebreak.frontier.scenario.ScenarioFiles.single;

import org.junit.jupiter.api.Test;

/** Source areas and outflow profiles as a file gives them. */
class ScenarioAreaTest {
    private static String source(String extra) {
        return HEAD + """
                sources:
                  - id: s
                    type: refugee
                    place: east-town
                    destination: west-city
                """ + extra;
    }

    @Test
    void anAreaIsReadAsVerticesAndSurvivesTheCanonicalForm() throws Exception {
        Scenario s = LOADER.load("area.yaml", source("    people: 10\n    area: [[45.5, 32.8], [46.0, 32.8], [46.0, 33.2]]\n"));
        assertThat(s.sources().get(0).area()).containsExactly(new LonLat(45.5, 32.8), new LonLat(46.0, 32.8),
                new LonLat(46.0, 33.2));
        Scenario again = LOADER.load("canonical.json", ScenarioCodec.toCanonicalJson(s));
        assertThat(again).isEqualTo(s);
    }

    @Test
    void aSelfIntersectingAreaIsRefusedWithTheReason() {
        assertThat(single("bowtie.yaml", source("    people: 10\n    area: [[45, 32], [46, 33], [46, 32], [45, 33]]\n")))
                .startsWith("bowtie.yaml:13: sources[0].area: the vertices do not make a simple polygon (")
                .endsWith("); expected the outline in order, without crossing itself");
    }

    @Test
    void aVertexOutOfRangeOrTooFewVerticesAreRefused() {
        assertThat(single("lat.yaml", source("    people: 10\n    area: [[45, 32], [46, 95], [46, 32]]\n")))
                .isEqualTo("lat.yaml:13: sources[0].area[1]: lat = 95 is out of range; expected a number in [-90, 90] degrees");
        assertThat(single("two.yaml", source("    people: 10\n    area: [[45, 32], [46, 32]]\n")))
                .isEqualTo("two.yaml:13: sources[0].area: expected a polygon of at least three vertices [longitude, "
                        + "latitude], got 2");
    }

    @Test
    void anOutflowProfileGivesPeopleAsItsIntegralAndExcludesTheConstantRateKeys() throws Exception {
        // trapezoids: 0-2 h rising to 100/h: 100; 2-4 h at 100/h: 200; 4-6 h falling to 0: 100
        Scenario s = LOADER.load("profile.yaml", source("    outflow: [[0, 0], [2, 100], [4, 100], [6, 0]]\n"));
        assertThat(s.sources().get(0).people()).isEqualTo(400);
        assertThat(s.sources().get(0).startHours()).isZero();
        assertThat(s.sources().get(0).endHours()).isEqualTo(6);
        assertThat(SourceSpec.integral(s.sources().get(0).outflow(), 1)).isEqualTo(25);
        assertThat(single("both.yaml", source("    people: 10\n    outflow: [[0, 0], [2, 100]]\n")))
                .isEqualTo("both.yaml:12: sources[0].people: 'people' cannot be given with 'outflow'; the outflow "
                        + "profile sets when people leave and how many");
        assertThat(single("back.yaml", source("    outflow: [[0, 0], [2, 100], [1, 5]]\n")))
                .isEqualTo("back.yaml:12: sources[0].outflow[2]: hours = 1 is not after the breakpoint before; "
                        + "expected hours strictly increasing");
    }
}
