package org.firebreak.frontier.engine;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.firebreak.frontier.agent.Agent;
import org.firebreak.frontier.agent.kind.AgentState;
import org.firebreak.frontier.agent.kind.AgentType;
import org.firebreak.frontier.agent.Group;
import org.firebreak.frontier.scenario.SourceSpec;

/**
 * The agents and groups of a run, each list in id order (an id is its index), and the source
 * each emitted group came from. The lists are the model's own, handed out unwrapped to the
 * phases, so the move phase reads them without a view in between.
 */
final class Population implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private final List<Agent> agents = new ArrayList<>();
    private final List<Agent> guards = new ArrayList<>();
    private final List<Agent> fighters = new ArrayList<>();
    private final List<Group> groups = new ArrayList<>();
    private final Map<Long, SourceSpec> sources = new HashMap<>();
    private final long[] created = new long[AgentType.values().length];
    private long nextAgentId;
    private long nextGroupId;

    /** Forgets everyone, for a new run. */
    void clear() {
        agents.clear();
        guards.clear();
        fighters.clear();
        groups.clear();
        sources.clear();
        java.util.Arrays.fill(created, 0);
        nextAgentId = 0;
        nextGroupId = 0;
    }

    /** @return the id the next agent gets */
    long newAgentId() {
        return nextAgentId++;
    }

    /** @return the id the next group gets */
    long newGroupId() {
        return nextGroupId++;
    }

    /** @param g a group just made with {@link #newGroupId} */
    void add(Group g) {
        if (g.id() != groups.size()) {
            throw new IllegalStateException("group " + g.id() + " created as number " + groups.size());
        }
        groups.add(g);
    }

    /** @param a an agent just made with {@link #newAgentId} */
    void add(Agent a) {
        agents.add(a);
        created[a.type().ordinal()]++;
        if (indexed(a)) {
            (a.type() == AgentType.GUARD ? guards : fighters).add(a);
        }
    }

    /** Only guards and fighters are in the spatial index: nothing searches for refugees by place. */
    static boolean indexed(Agent a) {
        return a.type() != AgentType.REFUGEE;
    }

    /**
     * @param g an emitted group
     * @param s the source that emitted it
     */
    void emittedBy(Group g, SourceSpec s) {
        sources.put(g.id(), s);
    }

    /**
     * @param g a group
     * @return the source that emitted it, if a source did
     */
    Optional<SourceSpec> source(Group g) {
        return Optional.ofNullable(sources.get(g.id()));
    }

    /** @return every agent, in id order (the live list) */
    List<Agent> agents() {
        return agents;
    }

    /** @return every guard, in id order (the live list) */
    List<Agent> guards() {
        return guards;
    }

    /** @return every fighter, in id order (the live list) */
    List<Agent> fighters() {
        return fighters;
    }

    /** @return every group, in id order (the live list) */
    List<Group> groups() {
        return groups;
    }

    /**
     * @param id a group id
     * @return that group
     */
    Group group(long id) {
        return groups.get((int) id);
    }

    /**
     * @param type an agent type
     * @return agents of that type created so far
     */
    long created(AgentType type) {
        return created[type.ordinal()];
    }

    /** @return agents per type and state now, every state of every type present */
    Map<AgentType, Map<AgentState, Long>> counts() {
        Map<AgentType, Map<AgentState, Long>> out = new EnumMap<>(AgentType.class);
        for (AgentType t : AgentType.values()) {
            Map<AgentState, Long> m = new LinkedHashMap<>();
            for (AgentState s : t.states()) {
                m.put(s, 0L);
            }
            out.put(t, m);
        }
        for (Agent a : agents) {
            Map<AgentState, Long> m = out.get(a.type());
            if (!m.containsKey(a.state())) {
                throw new IllegalStateException(a + " is in a state its type does not have");
            }
            m.merge(a.state(), 1L, Long::sum);
        }
        return out;
    }
}
