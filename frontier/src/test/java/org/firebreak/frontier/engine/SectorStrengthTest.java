package org.firebreak.frontier.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.firebreak.core.terrain.SyntheticTerrain;
import org.firebreak.frontier.agent.kind.AgentType;
import org.firebreak.frontier.behaviour.BehaviourRegistry;
import org.firebreak.frontier.behaviour.defaults.DefaultBehaviours;
import org.firebreak.frontier.scenario.AgentSettings;
import org.firebreak.frontier.scenario.GroupSize;
import org.firebreak.frontier.scenario.GuardDeployment;
import org.firebreak.frontier.scenario.PatrolSector;
import org.firebreak.frontier.scenario.Scenario;
import org.firebreak.frontier.scenario.SourceSpec;
import org.firebreak.frontier.scenario.TerrainSpec;
import org.firebreak.frontier.scenario.TimeSettings;
import org.junit.jupiter.api.Test;

/** Averaged over seeds, a sector held by more guards apprehends more of the fighters crossing it. */
class SectorStrengthTest {
    private static final SyntheticTerrain TERRAIN = new SyntheticTerrain();

    private static long apprehendedInSector(int guards, long seed) {
        // fighters from east-village head for west-city; the straight line meets the border
        // south of the south crossing, inside the patrolled stretch of 0-60 km
        Scenario s = new Scenario(1, "sector", "one patrolled sector and fighters crossing it", seed,
                TerrainSpec.of("synthetic"), new TimeSettings(60, 36), AgentSettings.defaults(), Map.of(),
                List.of(new SourceSpec("f", AgentType.FIGHTER, "east-village", 3000, 0, 12, 120, GroupSize.fixed(4),
                        "west-city", TestScenarios.fighterBehaviours())),
                List.of(new GuardDeployment("sector", Optional.empty(), Optional.of(new PatrolSector("IRN-IRQ", 0, 60)),
                        guards, 2, TestScenarios.patrolBehaviours())));
        FrontierModel m = new FrontierModel(s, TERRAIN, DefaultBehaviours.registry());
        m.start();
        m.runSteps(s.time().totalSteps());
        return m.metrics().sectorCounts().get("sector").fightersApprehended;
    }

    @Test
    void moreGuardsInASectorApprehendMoreFightersThereOnAverage() {
        long few = 0;
        long many = 0;
        for (long seed = 1; seed <= 5; seed++) {
            few += apprehendedInSector(4, seed);
            many += apprehendedInSector(40, seed);
        }
        assertThat(many).isGreaterThan(few);
        assertThat(many).isPositive();
    }
}
