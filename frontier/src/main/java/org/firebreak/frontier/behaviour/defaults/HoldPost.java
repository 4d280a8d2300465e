package org.firebreak.frontier.behaviour.defaults;

import java.util.Optional;
import org.firebreak.core.param.Parameters;
import org.firebreak.core.terrain.Crossing;
import org.firebreak.frontier.agent.BehaviourContext;
import org.firebreak.frontier.agent.Group;
import org.firebreak.frontier.agent.Plan;
import org.firebreak.frontier.agent.Waypoint;
import org.firebreak.frontier.behaviour.GuardResponse;
import org.firebreak.frontier.scenario.GuardDeployment;

/** Strategic default for guards deployed at a post: go to the crossing and hold it. */
public final class HoldPost extends DeploymentStrategy {
    /** Registry id. */
    public static final String ID = "guard.hold-post";

    /** @param parameters values for {@link GuardResponse#SPECS} */
    public HoldPost(Parameters parameters) {
        super(ID, parameters);
    }

    @Override
    void decideFor(Group group, GuardDeployment d, BehaviourContext context) {
        String postId = d.post().orElseThrow(
                () -> new IllegalStateException(ID + ": deployment " + d.id() + " has no post"));
        Crossing c = context.terrain().crossing(postId).orElseThrow(
                () -> new IllegalStateException("terrain has no crossing '" + postId + "'"));
        group.setPlan(new Plan(Plan.Mode.HOLD, Waypoint.plain(c.x(), c.y(), c.id()), Optional.empty(),
                Optional.empty()));
    }
}
