package org.firebreak.frontier.agent;

import org.firebreak.frontier.agent.kind.AgentType;
import org.firebreak.frontier.scenario.GuardParameters;

/** A border guard: holds a post or patrols a sector, and detects fighters within range. */
public final class Guard extends Agent {
    private static final long serialVersionUID = 1L;
    private final GuardParameters parameters;

    /**
     * @param id unique, in creation order
     * @param group the group it moves with
     * @param parameters the type's parameters
     * @param speedFactor its own multiplier on terrain walking speed
     * @param x starting easting, metres
     * @param y starting northing, metres
     */
    public Guard(long id, Group group, GuardParameters parameters, double speedFactor, double x, double y) {
        super(id, group, speedFactor, x, y);
        this.parameters = parameters;
    }

    @Override
    public AgentType type() {
        return AgentType.GUARD;
    }

    /** @return the type's parameters */
    public GuardParameters parameters() {
        return parameters;
    }
}
