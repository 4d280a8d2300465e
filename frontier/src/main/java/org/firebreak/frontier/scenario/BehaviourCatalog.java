package org.firebreak.frontier.scenario;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.firebreak.core.param.ParameterSpec;
import org.firebreak.frontier.agent.kind.AgentType;
import org.firebreak.frontier.detection.DetectionLaws;

/**
 * The behaviours and detection laws a scenario file may name, as much of them as reading a
 * file needs: the ids, and for each its level, the agent types it suits and its parameters.
 * The behaviour registry is the catalog every run uses; the reader sees only this, so reading
 * a scenario does not depend on the behaviours themselves.
 */
public interface BehaviourCatalog {
    /** A behaviour as a scenario file names it. */
    interface Entry {
        /** @return its stable id, e.g. {@code walk.tobler} */
        String id();

        /** @return its decision level */
        DecisionLevel level();

        /** @return the agent types it may be given to */
        Set<AgentType> agentTypes();

        /** @return its parameters (empty when it has none) */
        List<ParameterSpec> parameters();
    }

    /**
     * @param id a behaviour id
     * @return the behaviour, if the catalog has it
     */
    Optional<? extends Entry> find(String id);

    /**
     * @param level a decision level
     * @return the ids at that level, in the catalog's order
     */
    List<String> ids(DecisionLevel level);

    /** @return the detection laws scenario files may name */
    DetectionLaws detectionLaws();
}
