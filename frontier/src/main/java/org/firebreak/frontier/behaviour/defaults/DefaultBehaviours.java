package org.firebreak.frontier.behaviour.defaults;

import java.util.EnumSet;
import java.util.List;
import org.firebreak.frontier.agent.kind.AgentType;
import org.firebreak.frontier.behaviour.BehaviourDefinition;
import org.firebreak.frontier.behaviour.BehaviourRegistry;
import org.firebreak.frontier.behaviour.GuardResponse;

/**
 * The library's own behaviours: simple but real defaults for each agent type, so a run does
 * something meaningful out of the box. Their ids are stable: scenario files use them.
 */
public final class DefaultBehaviours {
    private DefaultBehaviours() {
    }

    /** @return a new registry holding every default behaviour, in the order of {@link #registerAll} */
    public static BehaviourRegistry registry() {
        BehaviourRegistry r = new BehaviourRegistry();
        registerAll(r);
        return r;
    }

    /** @param registry where to register every default behaviour */
    public static void registerAll(BehaviourRegistry registry) {
        registry.register(BehaviourDefinition.strategic(NearestOfficialCrossing.ID, EnumSet.of(AgentType.REFUGEE),
                "head for the destination through the open official crossing on the shortest straight-line journey;"
                        + " cross informally when the queue is too long or by disposition",
                NearestOfficialCrossing.SPECS, NearestOfficialCrossing::new));
        registry.register(BehaviourDefinition.strategic(FleeStrategy.ID, EnumSet.of(AgentType.REFUGEE),
                "FLEE's rules over the location graph: daily move chance per location type, next location by"
                        + " FLEE's weights, crossings screened or crossed informally when the queue is too long",
                FleeStrategy.SPECS, FleeStrategy::new));
        registry.register(BehaviourDefinition.strategic(InformalDirect.ID, EnumSet.of(AgentType.FIGHTER),
                "head for the objective, crossing informally on rugged ground away from official crossings and guards"
                        + " seen, or blending into civilian queues",
                InformalDirect.SPECS, InformalDirect::new));
        registry.register(BehaviourDefinition.strategic(HoldPost.ID, EnumSet.of(AgentType.GUARD),
                "go to the deployment's crossing and hold it; respond to detections", GuardResponse.SPECS, HoldPost::new));
        registry.register(BehaviourDefinition.strategic(PatrolSectorBehaviour.ID, EnumSet.of(AgentType.GUARD),
                "patrol the deployment's border sector; respond to detections", GuardResponse.SPECS,
                PatrolSectorBehaviour::new));
        registry.register(BehaviourDefinition.tactical(StraightLineRoute.ID, EnumSet.allOf(AgentType.class),
                "straight segments: crossing point (if any), then destination", List.of(),
                p -> new StraightLineRoute()));
        registry.register(BehaviourDefinition.tactical(NavigationFieldRoute.ID, EnumSet.allOf(AgentType.class),
                "follow the terrain: descend the navigation field of the crossing point, then of the destination",
                List.of(), p -> new NavigationFieldRoute()));
        registry.register(BehaviourDefinition.tactical(RoadGraphRoute.ID, EnumSet.allOf(AgentType.class),
                "in a vehicle: the fastest way over the road graph (A*), with off-road connectors", List.of(),
                p -> new RoadGraphRoute()));
        registry.register(BehaviourDefinition.tactical(PatrolBorderRoute.ID, EnumSet.of(AgentType.GUARD),
                "along the border line to the far end of the sector, then back", List.of(),
                p -> new PatrolBorderRoute()));
        registry.register(BehaviourDefinition.operational(ToblerWalk.ID, EnumSet.allOf(AgentType.class),
                "walk at Tobler's hiking speed for the slope ahead, at the group's pace", ToblerWalk.SPECS,
                ToblerWalk::new));
        registry.register(BehaviourDefinition.operational(VehicleDrive.ID, EnumSet.allOf(AgentType.class),
                "in a vehicle: road legs at the scenario's road speed, other legs at its off-road speed", List.of(),
                p -> new VehicleDrive()));
    }
}
