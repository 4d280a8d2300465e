package org.firebreak.frontier.agent;

import org.firebreak.frontier.agent.kind.AgentType;
import org.firebreak.frontier.scenario.RefugeeParameters;

/** A civilian fleeing, usually with a family group. */
public final class Refugee extends Agent {
    private static final long serialVersionUID = 1L;
    private final RefugeeParameters parameters;

    /**
     * @param id unique, in creation order
     * @param group the group it moves with
     * @param parameters the type's parameters
     * @param speedFactor its own multiplier on terrain walking speed
     * @param x starting easting, metres
     * @param y starting northing, metres
     */
    public Refugee(long id, Group group, RefugeeParameters parameters, double speedFactor, double x, double y) {
        super(id, group, speedFactor, x, y);
        this.parameters = parameters;
    }

    @Override
    public AgentType type() {
        return AgentType.REFUGEE;
    }

    /** @return the type's parameters */
    public RefugeeParameters parameters() {
        return parameters;
    }
}
