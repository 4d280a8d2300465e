package org.firebreak.frontier.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.firebreak.core.param.ParameterSpec;
import org.firebreak.core.param.Parameters;
import org.firebreak.core.scenario.LineMap;
import org.firebreak.core.scenario.Suggestions;
import org.firebreak.core.scenario.TreeReader;
import org.firebreak.frontier.detection.DetectionLawDefinition;
import org.firebreak.frontier.detection.DetectionLaws;
import org.firebreak.frontier.detection.DetectionModel;
import org.firebreak.frontier.detection.DetectionModifiers;
import org.firebreak.frontier.detection.ExponentialLaw;

/**
 * Reads guards' detection from {@code agents.guard}: either the {@code detection} mapping
 * (a law by id, the law's parameters and the modifiers, all in one mapping) or format 1's
 * short form, {@code detection_range_m} and {@code detection_rate_per_hour}, which means the
 * exponential law with a constant rate and every modifier at its default. Files written
 * before the mapping existed therefore load into the same model as before.
 */
final class DetectionReader {
    private final TreeReader reader;
    private final DetectionLaws laws;

    DetectionReader(TreeReader reader, DetectionLaws laws) {
        this.reader = reader;
        this.laws = laws;
    }

    /**
     * @param guard the {@code agents.guard} mapping (empty when the file has none)
     * @param guardPath its key path
     * @return the model, or empty after a problem
     */
    Optional<DetectionModel> read(ObjectNode guard, String guardPath) {
        JsonNode node = TreeReader.present(guard, Keys.DETECTION);
        List<ParameterSpec> shortForm = new ArrayList<>();
        for (ParameterSpec spec : GuardParameters.SHORT_FORM_SPECS) {
            if (TreeReader.present(guard, spec.key()) != null) {
                shortForm.add(spec);
            }
        }
        if (node != null && !shortForm.isEmpty()) {
            for (ParameterSpec spec : shortForm) {
                reader.problem(LineMap.child(guardPath, spec.key()), "'" + spec.key() + "' is the short form of "
                        + Keys.DETECTION + "." + shortKey(spec) + "; give either the short form or a '" + Keys.DETECTION
                        + "' mapping, not both");
            }
            return Optional.empty();
        }
        return node == null ? shortForm(guard, guardPath) : mapping(node, LineMap.child(guardPath, Keys.DETECTION));
    }

    /** @return the law's key a short-form key stands for */
    private static String shortKey(ParameterSpec spec) {
        return spec == GuardParameters.DETECTION_RANGE_M ? ExponentialLaw.RANGE_M.key()
                : ExponentialLaw.RATE_PER_HOUR.key();
    }

    private Optional<DetectionModel> shortForm(ObjectNode guard, String guardPath) {
        OptionalDouble range = reader.number(guard, guardPath, GuardParameters.DETECTION_RANGE_M, false);
        OptionalDouble rate = reader.number(guard, guardPath, GuardParameters.DETECTION_RATE_PER_HOUR, false);
        if (range.isEmpty() || rate.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(DetectionModel.exponential(range.getAsDouble(), rate.getAsDouble()));
    }

    private Optional<DetectionModel> mapping(JsonNode node, String path) {
        Optional<ObjectNode> m = reader.mapping(node, path);
        if (m.isEmpty()) {
            return Optional.empty();
        }
        int before = reader.problemCount();
        Optional<DetectionLawDefinition> law = law(m.get(), path);
        law.ifPresent(d -> keys(m.get(), path, d));
        Optional<Parameters> lawParameters = law.flatMap(d -> reader.parameters(m.get(), path, d.parameters()));
        Optional<Parameters> numbers = reader.parameters(m.get(), path, DetectionModifiers.SPECS);
        Optional<Boolean> lineOfSight = reader.bool(m.get(), path, DetectionModifiers.LINE_OF_SIGHT, false);
        if (reader.problemCount() > before || law.isEmpty() || lawParameters.isEmpty() || numbers.isEmpty()
                || lineOfSight.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(DetectionModel.of(law.get(), lawParameters.get(),
                    DetectionModifiers.of(numbers.get(), lineOfSight.get())));
        } catch (IllegalArgumentException e) {
            // a law registered by a program may check its parameters together
            reader.problem(path, e.getMessage());
            return Optional.empty();
        }
    }

    /** The law named by {@code law}, by default the exponential law; empty after a problem. */
    private Optional<DetectionLawDefinition> law(ObjectNode m, String path) {
        String lawPath = LineMap.child(path, DetectionLaws.LAW_KEY);
        JsonNode given = TreeReader.present(m, DetectionLaws.LAW_KEY);
        String id = ExponentialLaw.ID;
        if (given != null) {
            Optional<String> text = reader.text(given, lawPath, "a detection law id, one of: "
                    + String.join(", ", laws.ids()));
            if (text.isEmpty()) {
                return Optional.empty();
            }
            id = text.get();
        }
        Optional<DetectionLawDefinition> found = laws.find(id);
        if (found.isEmpty()) {
            reader.problem(lawPath, Suggestions.unknown("detection law", id, laws.ids()));
        }
        return found;
    }

    /** Reports keys that are neither {@code law}, a parameter of the law, nor a modifier. */
    private void keys(ObjectNode m, String path, DetectionLawDefinition law) {
        List<String> allowed = new ArrayList<>();
        allowed.add(DetectionLaws.LAW_KEY);
        allowed.addAll(Keys.of(law.parameters()));
        allowed.addAll(DetectionModifiers.KEYS);
        for (Map.Entry<String, JsonNode> e : m.properties()) {
            String key = e.getKey();
            if (!allowed.contains(key)) {
                reader.problem(LineMap.child(path, key), "unknown key '" + key + "' for detection law '" + law.id()
                        + "'; expected one of: " + String.join(", ", allowed) + Suggestions.didYouMean(key, allowed));
            }
        }
    }
}
