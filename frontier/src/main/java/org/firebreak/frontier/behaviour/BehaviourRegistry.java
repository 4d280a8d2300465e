package org.firebreak.frontier.behaviour;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.firebreak.frontier.detection.DetectionLaws;
import org.firebreak.frontier.scenario.BehaviourCatalog;
import org.firebreak.frontier.scenario.DecisionLevel;

/**
 * Behaviours by stable id. Scenario files name behaviours by these ids, never by class names.
 *
 * <p>Adding a behaviour is one class and one line:
 * {@code registry.register(BehaviourDefinition.strategic("refugee.my-rule", ...))}.
 *
 * <p>A new registry is empty; {@code DefaultBehaviours.registry()} in the {@code defaults}
 * package gives one holding the library's own behaviours (the registry knows no behaviour, so
 * the defaults can build on it).
 *
 * <p>Guards' detection laws are not behaviours (they decide nothing; they give chances), so they
 * live in a registry of their own, reached from this one with {@link #detectionLaws()}: the
 * scenario loader, given this registry, resolves both.
 */
public final class BehaviourRegistry implements BehaviourCatalog {
    private final Map<String, BehaviourDefinition<?>> byId = new LinkedHashMap<>();
    private final DetectionLaws detectionLaws = new DetectionLaws();

    /**
     * @return the detection laws scenario files may name; it starts with the library's laws, and
     *         {@code detectionLaws().register(...)} adds one
     */
    @Override
    public DetectionLaws detectionLaws() {
        return detectionLaws;
    }

    /**
     * @param definition a behaviour; its id must be new
     * @return this registry
     */
    public synchronized BehaviourRegistry register(BehaviourDefinition<?> definition) {
        BehaviourDefinition<?> old = byId.putIfAbsent(definition.id(), definition);
        if (old != null) {
            throw new IllegalArgumentException("behaviour id '" + definition.id() + "' is already registered");
        }
        return this;
    }

    /**
     * @param id a behaviour id
     * @return its definition, if registered
     */
    @Override
    public synchronized Optional<BehaviourDefinition<?>> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /**
     * @param level a decision level
     * @return the ids registered at that level, in registration order
     */
    @Override
    public synchronized List<String> ids(DecisionLevel level) {
        List<String> out = new ArrayList<>();
        byId.values().stream().filter(d -> d.level() == level).forEach(d -> out.add(d.id()));
        return Collections.unmodifiableList(out);
    }

    /** @return every definition, in registration order */
    public synchronized List<BehaviourDefinition<?>> all() {
        return List.copyOf(byId.values());
    }

    /**
     * @param id a registered id
     * @param type the interface expected
     * @param <B> the interface
     * @return the definition, typed
     */
    @SuppressWarnings("unchecked")
    public synchronized <B> BehaviourDefinition<B> get(String id, Class<B> type) {
        BehaviourDefinition<?> d = byId.get(id);
        if (d == null) {
            throw new IllegalArgumentException("unknown behaviour id '" + id + "'");
        }
        if (d.type() != type) {
            throw new IllegalArgumentException("behaviour '" + id + "' is " + d.level().id() + ", not "
                    + type.getSimpleName());
        }
        return (BehaviourDefinition<B>) d;
    }
}
