package org.firebreak.frontier.engine;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.firebreak.core.param.Parameters;
import org.firebreak.frontier.agent.kind.AgentType;
import org.firebreak.frontier.behaviour.defaults.HoldPost;
import org.firebreak.frontier.behaviour.defaults.InformalDirect;
import org.firebreak.frontier.behaviour.defaults.NearestOfficialCrossing;
import org.firebreak.frontier.behaviour.defaults.PatrolBorderRoute;
import org.firebreak.frontier.behaviour.defaults.PatrolSectorBehaviour;
import org.firebreak.frontier.behaviour.defaults.StraightLineRoute;
import org.firebreak.frontier.behaviour.defaults.ToblerWalk;
import org.firebreak.frontier.scenario.AgentSettings;
import org.firebreak.frontier.scenario.BehaviourChoice;
import org.firebreak.frontier.scenario.BehaviourSet;
import org.firebreak.frontier.scenario.CrossingCapacity;
import org.firebreak.frontier.scenario.FighterParameters;
import org.firebreak.frontier.scenario.GroupSize;
import org.firebreak.frontier.scenario.GuardDeployment;
import org.firebreak.frontier.scenario.GuardParameters;
import org.firebreak.frontier.scenario.PatrolSector;
import org.firebreak.frontier.scenario.RefugeeParameters;
import org.firebreak.frontier.scenario.Scenario;
import org.firebreak.frontier.scenario.SourceSpec;
import org.firebreak.frontier.scenario.TerrainSpec;
import org.firebreak.frontier.scenario.TimeSettings;

/** Scenarios built in code on the synthetic terrain, for engine tests. */
public final class TestScenarios {
    private TestScenarios() {
    }

    /** @return a behaviour choice with default parameters */
    public static BehaviourChoice choice(String id, List<org.firebreak.core.param.ParameterSpec> specs) {
        return new BehaviourChoice(id, Parameters.defaults(specs));
    }

    /** @return the default behaviours of refugees */
    public static BehaviourSet refugeeBehaviours() {
        return new BehaviourSet(choice(NearestOfficialCrossing.ID, NearestOfficialCrossing.SPECS), choice(StraightLineRoute.ID, List.of()),
                choice(ToblerWalk.ID, ToblerWalk.SPECS));
    }

    /** @return the default behaviours of fighters */
    public static BehaviourSet fighterBehaviours() {
        return new BehaviourSet(choice(InformalDirect.ID, InformalDirect.SPECS), choice(StraightLineRoute.ID,
                List.of()), choice(ToblerWalk.ID, ToblerWalk.SPECS));
    }

    /** @return guards holding a post */
    public static BehaviourSet postBehaviours() {
        return new BehaviourSet(choice(HoldPost.ID, org.firebreak.frontier.behaviour.GuardResponse.SPECS), choice(StraightLineRoute.ID, List.of()),
                choice(ToblerWalk.ID, ToblerWalk.SPECS));
    }

    /** @return guards on patrol */
    public static BehaviourSet patrolBehaviours() {
        return new BehaviourSet(choice(PatrolSectorBehaviour.ID, org.firebreak.frontier.behaviour.GuardResponse.SPECS), choice(PatrolBorderRoute.ID, List.of()),
                choice(ToblerWalk.ID, ToblerWalk.SPECS));
    }

    /**
     * A small but complete scenario: refugees from two towns, a fighter source, posts and patrols.
     *
     * @param seed the seed
     * @param hours duration
     * @return the scenario
     */
    public static Scenario small(long seed, double hours) {
        return new Scenario(1, "engine-test", "small scenario for engine tests", seed, TerrainSpec.of("synthetic"),
                new TimeSettings(60, hours),
                new AgentSettings(new RefugeeParameters(0.9, 0.2), new FighterParameters(1.0, 0.1),
                        new GuardParameters(1.0, 0.0, 3000, 30)),
                Map.of("north-crossing", new CrossingCapacity(2, 300), "south-crossing", new CrossingCapacity(1, 300)),
                List.of(
                        new SourceSpec("town", AgentType.REFUGEE, "east-town", 4000, 0, 6, 400,
                                new GroupSize(1, 6, 3.5), "west-city", refugeeBehaviours()),
                        new SourceSpec("village", AgentType.REFUGEE, "east-village", 2000, 1, 4, 150,
                                new GroupSize(1, 8, 4), "west-town", refugeeBehaviours()),
                        new SourceSpec("fighters", AgentType.FIGHTER, "east-village", 1000, 0, 2, 40,
                                new GroupSize(3, 6, 4.5), "west-city", fighterBehaviours())),
                List.of(
                        new GuardDeployment("north-post", Optional.of("north-crossing"), Optional.empty(), 4, 2,
                                postBehaviours()),
                        new GuardDeployment("south-patrol", Optional.empty(),
                                Optional.of(new PatrolSector("IRN-IRQ", 5, 60)), 10, 2, patrolBehaviours())));
    }
}
