package org.firebreak.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.firebreak.frontier.behaviour.defaults.DefaultBehaviours;
import org.firebreak.core.scenario.ScenarioException;
import org.firebreak.data.BundledScenarios;
import org.firebreak.frontier.behaviour.BehaviourRegistry;
import org.firebreak.frontier.scenario.Scenario;
import org.firebreak.geo.GeoTerrains;
import org.junit.jupiter.api.Test;

class BundledScenariosValidTest {
    @Test
    void everyBundledRegionalScenarioLoadsWithoutProblems() throws ScenarioException {
        for (BundledScenarios.Entry e : BundledScenarios.list(BundledScenarios.Kind.REGIONAL)) {
            ScenarioSource s = ScenarioSource.load(e.name(), DefaultBehaviours.registry(),
                    GeoTerrains.catalog());
            Scenario sc = s.scenario();
            assertThat(sc.name()).isEqualTo(e.name());
            assertThat(s.label()).isEqualTo("bundled:" + e.name());
        }
    }
}
