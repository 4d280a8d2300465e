package org.firebreak.frontier.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.firebreak.core.param.Parameters;
import org.firebreak.core.scenario.LineMap;
import org.firebreak.core.scenario.Suggestions;
import org.firebreak.core.scenario.TreeReader;
import org.firebreak.frontier.agent.kind.AgentType;

/**
 * Reads the {@code behaviours} mapping of a source or guard deployment: resolves each id in
 * the registry, checks its level, its agent types and its parameters, and fills levels left
 * out with the defaults of the agent type.
 */
final class BehaviourReader {
    private final TreeReader reader;
    private final BehaviourCatalog registry;

    BehaviourReader(TreeReader reader, BehaviourCatalog registry) {
        this.reader = reader;
        this.registry = registry;
    }

    /**
     * The behaviours used for a level a file leaves out. These ids are part of format v1:
     * changing one changes what existing files mean, so it needs a new format version.
     *
     * @param type an agent type
     * @param patrol for guards, whether they patrol (else they hold a post)
     * @return the default id at each level
     */
    static Map<DecisionLevel, String> defaults(AgentType type, boolean patrol) {
        Map<DecisionLevel, String> ids = new EnumMap<>(DecisionLevel.class);
        ids.put(DecisionLevel.STRATEGIC, switch (type) {
            case REFUGEE -> "refugee.nearest-official-crossing";
            case FIGHTER -> "fighter.informal-direct";
            case GUARD -> patrol ? "guard.patrol-sector" : "guard.hold-post";
        });
        ids.put(DecisionLevel.TACTICAL, type == AgentType.GUARD && patrol ? "route.patrol-border" : "route.straight-line");
        ids.put(DecisionLevel.OPERATIONAL, "walk.tobler");
        return ids;
    }

    /**
     * @param owner the source or deployment mapping
     * @param ownerPath its key path
     * @param type its agent type, empty when the type itself is invalid (types are then not checked)
     * @param patrol for guards, whether they patrol
     * @return the complete set, or empty after a problem
     */
    Optional<BehaviourSet> read(ObjectNode owner, String ownerPath, Optional<AgentType> type, boolean patrol) {
        String path = LineMap.child(ownerPath, Keys.BEHAVIOURS);
        JsonNode node = TreeReader.present(owner, Keys.BEHAVIOURS);
        ObjectNode given = null;
        if (node != null) {
            Optional<ObjectNode> m = reader.mapping(node, path);
            if (m.isEmpty()) {
                return Optional.empty();
            }
            given = m.get();
            reader.keys(given, path, Keys.LEVELS);
        }
        Map<DecisionLevel, BehaviourChoice> chosen = new EnumMap<>(DecisionLevel.class);
        for (DecisionLevel level : DecisionLevel.values()) {
            String levelPath = LineMap.child(path, level.id());
            JsonNode value = given == null ? null : TreeReader.present(given, level.id());
            Optional<BehaviourChoice> choice = value == null
                    ? type.flatMap(t -> byDefault(levelPath, level, t, patrol))
                    : choice(value, levelPath, level, type);
            choice.ifPresent(c -> chosen.put(level, c));
        }
        if (chosen.size() < DecisionLevel.values().length) {
            return Optional.empty();
        }
        return Optional.of(new BehaviourSet(chosen.get(DecisionLevel.STRATEGIC), chosen.get(DecisionLevel.TACTICAL),
                chosen.get(DecisionLevel.OPERATIONAL)));
    }

    private Optional<BehaviourChoice> byDefault(String path, DecisionLevel level, AgentType type, boolean patrol) {
        String id = defaults(type, patrol).get(level);
        Optional<? extends BehaviourCatalog.Entry> d = registry.find(id);
        if (d.isEmpty() || d.get().level() != level) {
            // a registry built without the library's behaviours cannot supply the defaults
            List<String> known = registry.ids(level);
            reader.problem(path, "no " + level.id() + " behaviour given, and the default '" + id
                    + "' is not registered; registered " + level.id() + " behaviours: "
                    + (known.isEmpty() ? "none" : String.join(", ", known)));
            return Optional.empty();
        }
        return Optional.of(new BehaviourChoice(id, Parameters.defaults(d.get().parameters())));
    }

    private Optional<BehaviourChoice> choice(JsonNode value, String path, DecisionLevel level,
                                             Optional<AgentType> type) {
        String expectation = article(level) + " behaviour id, or a mapping with id and parameters";
        String idPath = path;
        ObjectNode parameters = null;
        String id;
        if (value.isTextual()) {
            id = value.asText();
        } else if (value.isObject()) {
            ObjectNode m = (ObjectNode) value;
            reader.keys(m, path, Keys.CHOICE);
            Optional<String> given = reader.requiredText(m, path, Keys.ID, article(level) + " behaviour id");
            if (given.isEmpty()) {
                return Optional.empty();
            }
            id = given.get();
            idPath = LineMap.child(path, Keys.ID);
            JsonNode p = TreeReader.present(m, Keys.PARAMETERS);
            if (p != null) {
                Optional<ObjectNode> pm = reader.mapping(p, LineMap.child(path, Keys.PARAMETERS));
                if (pm.isEmpty()) {
                    return Optional.empty();
                }
                parameters = pm.get();
            }
        } else {
            reader.problem(path, "expected " + expectation + ", got " + TreeReader.describe(value));
            return Optional.empty();
        }
        Optional<? extends BehaviourCatalog.Entry> definition = resolve(id, idPath, level, type);
        if (definition.isEmpty()) {
            return Optional.empty();
        }
        if (parameters == null) {
            return Optional.of(new BehaviourChoice(id, Parameters.defaults(definition.get().parameters())));
        }
        return parameters(definition.get(), parameters, LineMap.child(path, Keys.PARAMETERS))
                .map(p -> new BehaviourChoice(id, p));
    }

    /** @return "a strategic", "an operational": the level with its indefinite article */
    private static String article(DecisionLevel level) {
        return ("aeiou".indexOf(level.id().charAt(0)) >= 0 ? "an " : "a ") + level.id();
    }

    private Optional<? extends BehaviourCatalog.Entry> resolve(String id, String path, DecisionLevel level,
                                                     Optional<AgentType> type) {
        List<String> known = registry.ids(level);
        Optional<? extends BehaviourCatalog.Entry> found = registry.find(id);
        if (found.isEmpty()) {
            reader.problem(path, Suggestions.unknown(level.id() + " behaviour", id, known));
            return Optional.empty();
        }
        BehaviourCatalog.Entry d = found.get();
        if (d.level() != level) {
            reader.problem(path, "'" + id + "' is " + article(d.level()) + " behaviour, not " + article(level)
                    + " one; known " + level.id() + " behaviours: " + String.join(", ", known));
            return Optional.empty();
        }
        if (type.isPresent() && !d.agentTypes().contains(type.get())) {
            List<String> suits = d.agentTypes().stream().sorted().map(AgentType::id).toList();
            reader.problem(path, "behaviour '" + id + "' is not for " + type.get().id() + " agents; it is for: "
                    + String.join(", ", suits));
            return Optional.empty();
        }
        return found;
    }

    private Optional<Parameters> parameters(BehaviourCatalog.Entry d, ObjectNode given, String path) {
        List<String> allowed = Keys.of(d.parameters());
        int before = reader.problemCount();
        for (Map.Entry<String, JsonNode> e : given.properties()) {
            String key = e.getKey();
            if (!allowed.contains(key)) {
                reader.problem(LineMap.child(path, key), "unknown parameter '" + key + "' of behaviour '" + d.id()
                        + "'; " + (allowed.isEmpty() ? "it takes no parameters"
                        : "expected one of: " + String.join(", ", allowed) + Suggestions.didYouMean(key, allowed)));
            }
        }
        Optional<Parameters> p = reader.parameters(given, path, d.parameters());
        return reader.problemCount() == before ? p : Optional.empty();
    }
}
