package org.firebreak.frontier.behaviour;

import org.firebreak.frontier.agent.StrategicBehaviour;

/**
 * The strategic behaviour of guards: besides deciding where the team stands or patrols, it
 * says how the team responds to a detection. The engine moves a responding team toward the
 * detected group and apprehends the group when the team has stayed within range long enough.
 */
public interface GuardStrategy extends StrategicBehaviour {
    /** @return how this team responds to detections */
    GuardResponse response();
}
