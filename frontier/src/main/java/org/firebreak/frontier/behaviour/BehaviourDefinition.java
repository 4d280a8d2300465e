package org.firebreak.frontier.behaviour;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.firebreak.core.param.ParameterSpec;
import org.firebreak.core.param.Parameters;
import org.firebreak.frontier.agent.OperationalBehaviour;
import org.firebreak.frontier.agent.StrategicBehaviour;
import org.firebreak.frontier.agent.TacticalBehaviour;
import org.firebreak.frontier.agent.kind.AgentType;
import org.firebreak.frontier.scenario.BehaviourCatalog;
import org.firebreak.frontier.scenario.DecisionLevel;

/**
 * A behaviour as the registry knows it: its stable id, level, the agent types it suits,
 * its parameters, and how to make one from checked parameter values.
 *
 * @param <B> the behaviour interface of its level
 * @param id stable id used in scenario files, e.g. {@code walk.tobler}
 * @param level its decision level
 * @param type the behaviour interface class of the level
 * @param agentTypes the agent types it may be given to
 * @param description one line for documentation and listings
 * @param parameters its parameters (empty when it has none)
 * @param factory makes an instance from a complete, checked parameter set
 */
public record BehaviourDefinition<B>(String id, DecisionLevel level, Class<B> type, Set<AgentType> agentTypes,
                                     String description, List<ParameterSpec> parameters,
                                     Function<Parameters, B> factory) implements BehaviourCatalog.Entry {
    /** Checks every field and that the id is well formed. */
    public BehaviourDefinition {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(factory, "factory");
        if (!id.matches("[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)*")) {
            throw new IllegalArgumentException("behaviour id '" + id
                    + "': expected lower-case words with dots and hyphens, like 'walk.tobler'");
        }
        agentTypes = Set.copyOf(agentTypes);
        parameters = List.copyOf(parameters);
    }

    /**
     * @param id stable id
     * @param types agent types it suits
     * @param description one line
     * @param parameters its parameters
     * @param factory makes one
     * @return a strategic behaviour definition
     */
    public static BehaviourDefinition<StrategicBehaviour> strategic(String id, Set<AgentType> types,
            String description, List<ParameterSpec> parameters, Function<Parameters, StrategicBehaviour> factory) {
        return new BehaviourDefinition<>(id, DecisionLevel.STRATEGIC, StrategicBehaviour.class, types, description,
                parameters, factory);
    }

    /**
     * @param id stable id
     * @param types agent types it suits
     * @param description one line
     * @param parameters its parameters
     * @param factory makes one
     * @return a tactical behaviour definition
     */
    public static BehaviourDefinition<TacticalBehaviour> tactical(String id, Set<AgentType> types,
            String description, List<ParameterSpec> parameters, Function<Parameters, TacticalBehaviour> factory) {
        return new BehaviourDefinition<>(id, DecisionLevel.TACTICAL, TacticalBehaviour.class, types, description,
                parameters, factory);
    }

    /**
     * @param id stable id
     * @param types agent types it suits
     * @param description one line
     * @param parameters its parameters
     * @param factory makes one
     * @return an operational behaviour definition
     */
    public static BehaviourDefinition<OperationalBehaviour> operational(String id, Set<AgentType> types,
            String description, List<ParameterSpec> parameters, Function<Parameters, OperationalBehaviour> factory) {
        return new BehaviourDefinition<>(id, DecisionLevel.OPERATIONAL, OperationalBehaviour.class, types,
                description, parameters, factory);
    }

    /**
     * @param values checked values for {@link #parameters()}
     * @return a new behaviour
     */
    public B create(Parameters values) {
        return factory.apply(values);
    }
}
