package org.firebreak.frontier.agent.kind;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The kinds of agent in the regional model, each with the id scenario files use. */
public enum AgentType {
    /** A civilian fleeing, usually in a family group. */
    REFUGEE("refugee"),
    /** A member of a small armed group moving toward an objective. */
    FIGHTER("fighter"),
    /** A border guard holding a post or patrolling a sector. */
    GUARD("guard");

    private final String id;

    AgentType(String id) {
        this.id = id;
    }

    /** @return the id used in scenario files and outputs */
    public String id() {
        return id;
    }

    /**
     * @param id an id such as {@code refugee}
     * @return the type, if the id names one
     */
    public static Optional<AgentType> byId(String id) {
        return Arrays.stream(values()).filter(t -> t.id.equals(id)).findFirst();
    }

    /** @return every id, in declaration order */
    public static List<String> ids() {
        return Arrays.stream(values()).map(AgentType::id).toList();
    }

    /** @return the states an agent of this type can be in, in reporting order */
    public List<AgentState> states() {
        return switch (this) {
            case REFUGEE -> List.of(AgentState.EN_ROUTE, AgentState.QUEUEING, AgentState.SCREENING,
                    AgentState.WAITING, AgentState.ARRIVED);
            case FIGHTER -> List.of(AgentState.EN_ROUTE, AgentState.QUEUEING, AgentState.SCREENING,
                    AgentState.WAITING, AgentState.ARRIVED, AgentState.APPREHENDED);
            case GUARD -> List.of(AgentState.EN_ROUTE, AgentState.WAITING, AgentState.ON_POST,
                    AgentState.PATROLLING, AgentState.RESPONDING);
        };
    }
}
