package org.firebreak.frontier.behaviour.defaults;

import org.firebreak.core.param.Parameters;
import org.firebreak.frontier.agent.BehaviourContext;
import org.firebreak.frontier.agent.Group;
import org.firebreak.frontier.behaviour.GuardResponse;
import org.firebreak.frontier.behaviour.GuardStrategy;
import org.firebreak.frontier.scenario.GuardDeployment;

/**
 * What the library's guard strategies share: a response to detections read from
 * {@link GuardResponse#SPECS}, and a team that serves the deployment it belongs to. Each
 * strategy says only where the deployment sends the team.
 */
abstract class DeploymentStrategy implements GuardStrategy {
    private static final long serialVersionUID = 1L;

    private final String id;
    private final GuardResponse response;

    /**
     * @param id the strategy's registry id, named when a group has no deployment
     * @param parameters values for {@link GuardResponse#SPECS}
     */
    DeploymentStrategy(String id, Parameters parameters) {
        this.id = id;
        this.response = GuardResponse.of(parameters);
    }

    @Override
    public final GuardResponse response() {
        return response;
    }

    @Override
    public final void decide(Group group, BehaviourContext context) {
        GuardDeployment d = context.deployment(group).orElseThrow(
                () -> new IllegalStateException(id + " needs a guard deployment; group " + group.id()));
        decideFor(group, d, context);
    }

    /**
     * Sets the team's plan for its deployment.
     *
     * @param group the guard team
     * @param deployment the deployment it serves
     * @param context the run
     */
    abstract void decideFor(Group group, GuardDeployment deployment, BehaviourContext context);
}
