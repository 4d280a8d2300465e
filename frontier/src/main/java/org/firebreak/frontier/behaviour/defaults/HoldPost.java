package org.firebreak.frontier.behaviour.defaults;

import java.util.Optional;
import org.firebreak.core.param.Parameters;
import org.firebreak.core.terrain.Crossing;
import org.firebreak.frontier.agent.BehaviourContext;
import org.firebreak.frontier.agent.Group;
import org.firebreak.frontier.agent.Plan;
import org.firebreak.frontier.agent.Waypoint;
import org.firebreak.frontier.behaviour.GuardResponse;
import org.firebreak.frontier.behaviour.GuardStrategy;
import org.firebreak.frontier.scenario.GuardDeployment;

/** Strategic default for guards deployed at a post: go to the crossing and hold it. */
public final class HoldPost implements GuardStrategy {
    /** Registry id. */
    public static final String ID = "guard.hold-post";

    private final GuardResponse response;

    /** @param parameters values for {@link GuardResponse#SPECS} */
    public HoldPost(Parameters parameters) {
        this.response = GuardResponse.of(parameters);
    }

    @Override
    public GuardResponse response() {
        return response;
    }

    @Override
    public void decide(Group group, BehaviourContext context) {
        GuardDeployment d = context.deployment(group).orElseThrow(
                () -> new IllegalStateException(ID + " needs a guard deployment; group " + group.id()));
        String postId = d.post().orElseThrow(
                () -> new IllegalStateException(ID + ": deployment " + d.id() + " has no post"));
        Crossing c = context.terrain().crossing(postId).orElseThrow(
                () -> new IllegalStateException("terrain has no crossing '" + postId + "'"));
        group.setPlan(new Plan(Plan.Mode.HOLD, Waypoint.plain(c.x(), c.y(), c.id()), Optional.empty(),
                Optional.empty()));
    }
}
