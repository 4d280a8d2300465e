package org.firebreak.frontier.behaviour;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.firebreak.frontier.behaviour.defaults.DefaultBehaviours;
import org.firebreak.core.terrain.Crossing;
import org.firebreak.core.terrain.CrossingKind;
import org.firebreak.core.terrain.SyntheticTerrain;
import org.firebreak.core.terrain.Terrain;
import org.firebreak.core.testing.ExtendedTerrain;
import org.firebreak.frontier.agent.Group;
import org.firebreak.frontier.agent.Waypoint;
import org.firebreak.frontier.engine.FrontierModel;
import org.firebreak.frontier.engine.TestScenarios;
import org.firebreak.frontier.scenario.Scenario;
import org.junit.jupiter.api.Test;

class InformalDirectTest {

    /** Fighters from East Village head for West City; their straight line meets the border near y = 37 km. */
    private static Waypoint viaOfFirstFighterGroup(Terrain terrain) {
        Scenario s = TestScenarios.small(1, 1);
        FrontierModel m = new FrontierModel(s, terrain, DefaultBehaviours.registry());
        m.start();
        m.runSteps(60);
        Group g = m.groups().stream().filter(gr -> gr.origin().equals("fighters")).findFirst().orElseThrow();
        return g.plan().via().orElseThrow();
    }

    @Test
    void withoutInformalSitesTheGroupCrossesWhereItsLineMeetsTheBorder() {
        Waypoint via = viaOfFirstFighterGroup(new SyntheticTerrain());
        assertThat(via.kind()).isEqualTo(Waypoint.Kind.INFORMAL_CROSSING);
        assertThat(via.label()).startsWith("IRN-IRQ@");
        assertThat(via.y()).isBetween(30_000.0, 45_000.0);
    }

    @Test
    void informalSitesOfTheTerrainAreUsedAndOnesNearOfficialCrossingsAvoided() {
        SyntheticTerrain base = new SyntheticTerrain();
        // sites at the official crossing's latitude (too close: guarded), near the line, and far north
        List<Crossing> extra = List.of(
                new Crossing("ford-guarded", "guarded", 96_250, 31_000, CrossingKind.INFORMAL, "IRN-IRQ"),
                new Crossing("pass-near", "near", 95_500, 42_000, CrossingKind.INFORMAL, "IRN-IRQ"),
                new Crossing("pass-far", "far", 104_000, 85_000, CrossingKind.INFORMAL, "IRN-IRQ"));
        Terrain withSites = new ExtendedTerrain(base, base.dataset(), extra, List.of());
        Waypoint via = viaOfFirstFighterGroup(withSites);
        assertThat(via.label()).isEqualTo("pass-near");
        assertThat(via.kind()).isEqualTo(Waypoint.Kind.INFORMAL_CROSSING);
    }
}
