package org.firebreak.frontier.agent;

import org.firebreak.frontier.agent.kind.AgentType;
import org.firebreak.frontier.scenario.FighterParameters;

/** A member of a small armed group moving toward an objective. */
public final class Fighter extends Agent {
    private static final long serialVersionUID = 1L;
    private final FighterParameters parameters;

    /**
     * @param id unique, in creation order
     * @param group the group it moves with
     * @param parameters the type's parameters
     * @param speedFactor its own multiplier on terrain walking speed
     * @param x starting easting, metres
     * @param y starting northing, metres
     */
    public Fighter(long id, Group group, FighterParameters parameters, double speedFactor, double x, double y) {
        super(id, group, speedFactor, x, y);
        this.parameters = parameters;
    }

    @Override
    public AgentType type() {
        return AgentType.FIGHTER;
    }

    /** @return the type's parameters */
    public FighterParameters parameters() {
        return parameters;
    }
}
