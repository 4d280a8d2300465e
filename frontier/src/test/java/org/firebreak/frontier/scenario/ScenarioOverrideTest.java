package org.firebreak.frontier.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.firebreak.core.scenario.ScenarioException;
import org.firebreak.core.scenario.ScenarioOverride;
import org.junit.jupiter.api.Test;

class ScenarioOverrideTest {
    private static final String FULL = ScenarioFiles.resource("full.yaml");

    private static Scenario load(String... assignments) throws ScenarioException {
        return ScenarioFiles.LOADER.withOverrides(List.of(assignments).stream().map(ScenarioOverride::parse).toList())
                .load("full.yaml", FULL);
    }

    @Test
    void valuesAreReplacedInMappingsAndListsAndDefaultedKeysCanBeSet() throws ScenarioException {
        Scenario base = ScenarioFiles.load("full.yaml", FULL);
        Scenario s = load("crossings.north-crossing.lanes=9", "sources[0].people=1234",
                "crossings.south-crossing.service_seconds_mean=45.5",
                "sources[0].behaviours.operational.parameters.peak_speed_kmh=4");
        assertThat(s.capacity("north-crossing").orElseThrow().lanes()).isEqualTo(9);
        assertThat(s.capacity("south-crossing").orElseThrow().serviceSecondsMean()).isEqualTo(45.5);
        assertThat(s.sources().get(0).people()).isEqualTo(1234);
        assertThat(s.sources().get(0).behaviours().operational().parameters().get("peak_speed_kmh")).isEqualTo(4.0);
        // everything else as in the file
        assertThat(s.sources().get(1)).isEqualTo(base.sources().get(1));
        assertThat(s.seed()).isEqualTo(base.seed());
    }

    @Test
    void aMistypedKeyIsNamedWithTheNearestExistingOne() {
        assertThatThrownBy(() -> load("crossings.north-crosing.lanes=9"))
                .hasMessageContaining("override crossings.north-crosing.lanes=9")
                .hasMessageContaining("'crossings' has no key 'north-crosing'")
                .hasMessageContaining("did you mean 'north-crossing'");
        assertThatThrownBy(() -> load("sources[7].people=1")).hasMessageContaining("'sources' has 2 elements");
    }

    @Test
    void anOverriddenValueIsRangeCheckedUnderItsKey() {
        assertThatThrownBy(() -> load("crossings.north-crossing.lanes=-3")).hasMessageContaining("crossings.north-crossing.lanes");
        assertThatThrownBy(() -> load("sources[0].people=.nan")).hasMessageContaining("sources[0].people");
        assertThatThrownBy(() -> load("crossings.north-crossing.lanez=3"))
                .hasMessageContaining("lanez").hasMessageContaining("lanes");
    }

    @Test
    void malformedAssignmentsAreRefused() {
        assertThatThrownBy(() -> ScenarioOverride.parse("lanes")).hasMessageContaining("expected KEY=VALUE");
        assertThatThrownBy(() -> ScenarioOverride.parse("a[x]=1")).hasMessageContaining("not a scenario key path");
    }
}
