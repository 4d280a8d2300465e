package org.firebreak.frontier.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.firebreak.core.terrain.Border;
import org.firebreak.core.terrain.SyntheticTerrain;
import org.firebreak.frontier.agent.Agent;
import org.firebreak.frontier.agent.kind.AgentState;
import org.firebreak.frontier.agent.kind.AgentType;
import org.firebreak.frontier.behaviour.BehaviourRegistry;
import org.firebreak.frontier.behaviour.defaults.DefaultBehaviours;
import org.firebreak.frontier.scenario.AgentSettings;
import org.firebreak.frontier.scenario.FighterParameters;
import org.firebreak.frontier.scenario.GroupSize;
import org.firebreak.frontier.scenario.GuardDeployment;
import org.firebreak.frontier.scenario.GuardParameters;
import org.firebreak.frontier.scenario.PatrolSector;
import org.firebreak.frontier.scenario.Reallocation;
import org.firebreak.frontier.scenario.RefugeeParameters;
import org.firebreak.frontier.scenario.Scenario;
import org.firebreak.frontier.scenario.SourceSpec;
import org.firebreak.frontier.scenario.TerrainSpec;
import org.firebreak.frontier.scenario.TimeSettings;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;

/** Reallocations move guards without creating or losing any; responses end in apprehension. */
class GuardForceTest {
    private static final SyntheticTerrain TERRAIN = new SyntheticTerrain();

    private static Scenario twoPatrols(List<Reallocation> orders, double hours) {
        return new Scenario(1, "force", "two patrols and a reallocation", 5, TerrainSpec.of("synthetic"),
                new TimeSettings(60, hours), AgentSettings.defaults(), Map.of(), List.of(),
                List.of(new GuardDeployment("north", Optional.empty(), Optional.of(new PatrolSector("IRN-IRQ", 90, 120)),
                                12, 4, TestScenarios.patrolBehaviours()),
                        new GuardDeployment("south", Optional.empty(),
                                Optional.of(new PatrolSector("IRN-IRQ", 0, 30)), 4, 2,
                                TestScenarios.patrolBehaviours())),
                orders, List.of());
    }

    @Test
    void aReallocationMovesGuardsAndTheForceTotalNeverChanges() {
        Scenario s = twoPatrols(List.of(new Reallocation(1, "north", "south", 6)), 14);
        FrontierModel m = new FrontierModel(s, TERRAIN, DefaultBehaviours.registry());
        List<String> reassigned = new ArrayList<>();
        m.addEventSink((t, agent, event, detail) -> {
            if (event.equals(Events.REASSIGNED)) {
                reassigned.add(detail);
            }
        });
        m.addObserver(new StepObserver() {
            @Override
            public void afterStep(FrontierModel model) {
                long total = model.guardStrength().values().stream().mapToLong(Long::longValue).sum();
                assertThat(total).as("step %d", model.steps()).isEqualTo(16);
                long inStates = model.counts().get(AgentType.GUARD).values().stream().mapToLong(Long::longValue).sum();
                assertThat(inStates).isEqualTo(16);
            }
        });
        m.start();
        m.runSteps(s.time().totalSteps());
        assertThat(m.guardStrength()).containsEntry("north", 6L).containsEntry("south", 10L);
        assertThat(reassigned).hasSize(6).allMatch("north->south"::equals);
        assertThat(m.created(AgentType.GUARD)).isEqualTo(16);
        // the synthetic terrain has no roads: the moved guards drive off-road at 10 km/h, about
        // 105 km at most, so after 13 h they are on the southern sector (within a few km of it)
        Border border = TERRAIN.border("IRN-IRQ").orElseThrow();
        for (Agent a : m.agents()) {
            double along = border.distanceAlong(a.x(), a.y()) / 1000;
            if (m.deployment(a.group()).orElseThrow().id().equals("south")) {
                assertThat(along).as("%s", a).isBetween(0.0, 35.0);
                assertThat(a.state()).isIn(AgentState.PATROLLING, AgentState.EN_ROUTE, AgentState.WAITING);
            }
        }
    }

    @Test
    void anOrderForMoreGuardsThanADeploymentHoldsMovesWhatItHasAndReportsTheShortfall() {
        Scenario s = twoPatrols(List.of(new Reallocation(0.5, "south", "north", 10)), 2);
        FrontierModel m = new FrontierModel(s, TERRAIN, DefaultBehaviours.registry());
        m.start();
        m.runSteps(s.time().totalSteps());
        assertThat(m.guardStrength()).containsEntry("south", 0L).containsEntry("north", 16L);
        assertThat(m.reallocationShortfalls()).containsEntry("south->north", 6L);
    }

    @Test
    void aRespondingTeamApprehendsOnlyAfterHoldingTheGroupInRangeForTheApprehensionTime() {
        // fighters appear 800 m from a post and walk away; the team pursues at 10 km/h (2.8 m/s)
        // against their 1.4 m/s, and must then stay within 150 m for 5 minutes
        Coordinate post = new Coordinate(TERRAIN.crossing("north-crossing").orElseThrow().x(),
                TERRAIN.crossing("north-crossing").orElseThrow().y());
        org.firebreak.core.terrain.Terrain terrain = new org.firebreak.core.testing.ExtendedTerrain(TERRAIN,
                TERRAIN.dataset(), List.of(), List.of(new org.firebreak.core.terrain.Place("near", "Near",
                        post.x + 800, post.y, "IRN", 0)));
        Scenario s = new Scenario(1, "pursuit", "fighters next to a post", 3, TerrainSpec.of("synthetic"),
                new TimeSettings(60, 3), new AgentSettings(RefugeeParameters.defaults(), new FighterParameters(1, 0, 0),
                        new GuardParameters(1, 0, 3000, 60)),
                Map.of(), List.of(new SourceSpec("f", AgentType.FIGHTER, "near", 0, 0, 0, 12, GroupSize.fixed(4),
                        "west-city", TestScenarios.fighterBehaviours())),
                List.of(new GuardDeployment("post", Optional.of("north-crossing"), Optional.empty(), 8, 4,
                        TestScenarios.postBehaviours())));
        FrontierModel m = new FrontierModel(s, terrain, DefaultBehaviours.registry());
        Map<Long, Double> detectedAt = new java.util.HashMap<>();
        List<Double> holdTimes = new ArrayList<>();
        m.addEventSink((t, agent, event, detail) -> {
            if (event.equals(Events.DETECTED)) {
                detectedAt.putIfAbsent(agent.group().id(), t);
            }
            if (event.equals(Events.APPREHENDED) && agent.type() == AgentType.FIGHTER) {
                holdTimes.add(t - detectedAt.get(agent.group().id()));
            }
        });
        m.start();
        m.runSteps(s.time().totalSteps());
        assertThat(holdTimes).isNotEmpty();
        // five minutes in range at least (the team must also close the distance first)
        assertThat(holdTimes).allMatch(dt -> dt >= 5 * 60 - 1e-9);
        assertThat(m.counts().get(AgentType.FIGHTER).get(AgentState.APPREHENDED)).isEqualTo(holdTimes.size());
    }
}
