package org.firebreak.frontier.scenario;

import java.util.Objects;
import org.firebreak.frontier.agent.kind.AgentType;

/**
 * Per-type agent parameters of a scenario.
 *
 * @param refugee refugees' parameters
 * @param fighter fighters' parameters
 * @param guard guards' parameters
 */
public record AgentSettings(RefugeeParameters refugee, FighterParameters fighter, GuardParameters guard) implements java.io.Serializable {
    /** Checks every part is present. */
    public AgentSettings {
        Objects.requireNonNull(refugee, "refugee");
        Objects.requireNonNull(fighter, "fighter");
        Objects.requireNonNull(guard, "guard");
    }

    /** @return every type at its defaults */
    public static AgentSettings defaults() {
        return new AgentSettings(RefugeeParameters.defaults(), FighterParameters.defaults(), GuardParameters.defaults());
    }

    /**
     * @param type an agent type
     * @return that type's parameters
     */
    public AgentParameters of(AgentType type) {
        return switch (type) {
            case REFUGEE -> refugee;
            case FIGHTER -> fighter;
            case GUARD -> guard;
        };
    }
}
