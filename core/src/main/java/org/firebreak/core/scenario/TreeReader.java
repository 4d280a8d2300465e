package org.firebreak.core.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.regex.Pattern;
import org.firebreak.core.param.ParameterSpec;
import org.firebreak.core.param.Parameters;

/**
 * Reads typed values out of a parsed tree by key path, collecting a problem for each value
 * that is missing, mistyped or out of range instead of stopping at the first.
 *
 * <p>Each reader returns an empty optional when it has recorded a problem, so callers build
 * a record only from parts that are all valid, and a bad part never hides the problems of
 * its siblings.
 */
public final class TreeReader {
    /** What an id looks like, for messages. */
    public static final String ID_EXPECTATION = "an id of lower-case letters, digits and hyphens ([a-z0-9-]+)";
    private static final Pattern ID = Pattern.compile("[a-z0-9-]+");
    /** Whole doubles beyond this lose integer precision, so they are not taken as integers. */
    private static final double EXACT_INTEGER_LIMIT = 0x1p53;

    private final String file;
    private final LineMap lines;
    private final List<ScenarioProblem> problems = new ArrayList<>();

    public TreeReader(String file, LineMap lines) {
        this.file = file;
        this.lines = lines;
    }

    public void problem(String path, String message) {
        problems.add(new ScenarioProblem(file, lines.line(path), path, message));
    }

    public void add(ScenarioProblem problem) {
        problems.add(problem);
    }

    public List<ScenarioProblem> problems() {
        return problems;
    }

    public int problemCount() {
        return problems.size();
    }

    /**
     * @param node a value
     * @return how to show the value in "got ..." messages
     */
    public static String describe(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return "nothing";
        }
        if (node.isTextual()) {
            return node.asText().isEmpty() ? "nothing" : "string \"" + node.asText() + "\"";
        }
        if (node.isBoolean()) {
            return "boolean " + node.asBoolean();
        }
        if (node.isFloatingPointNumber()) {
            return ParameterSpec.format(node.doubleValue());
        }
        if (node.isNumber()) {
            return node.asText();
        }
        return node.isObject() ? "a mapping" : node.isArray() ? "a list" : node.getNodeType().toString();
    }

    /**
     * A key written without a value ({@code key:} or {@code key: ~}) counts as absent.
     *
     * @param parent a mapping
     * @param key a key
     * @return its value, or null when absent or empty
     */
    public static JsonNode present(ObjectNode parent, String key) {
        JsonNode n = parent.get(key);
        if (n == null || n.isNull() || (n.isTextual() && n.asText().isEmpty())) {
            return null;
        }
        return n;
    }

    /**
     * Reports every key of a mapping that is not allowed there, with a suggestion.
     *
     * @param node a mapping
     * @param path its key path
     * @param allowed the keys allowed, in documented order
     */
    public void keys(ObjectNode node, String path, List<String> allowed) {
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            String key = e.getKey();
            if (!allowed.contains(key)) {
                problem(LineMap.child(path, key), "unknown key '" + key + "'; expected one of: "
                        + String.join(", ", allowed) + Suggestions.didYouMean(key, allowed));
            }
        }
    }

    /**
     * @param parent a mapping
     * @param path its key path
     * @param key a required key
     * @param expectation what a valid value looks like
     * @return the value, or null after reporting it missing
     */
    public JsonNode require(ObjectNode parent, String path, String key, String expectation) {
        JsonNode n = present(parent, key);
        if (n == null) {
            problem(LineMap.child(path, key), (parent.has(key) ? "no value for key '" : "missing key '") + key
                    + "'; expected " + expectation);
        }
        return n;
    }

    public Optional<ObjectNode> mapping(JsonNode node, String path) {
        if (node.isObject()) {
            return Optional.of((ObjectNode) node);
        }
        problem(path, "expected a mapping, got " + describe(node));
        return Optional.empty();
    }

    public Optional<ArrayNode> list(JsonNode node, String path) {
        if (node.isArray()) {
            return Optional.of((ArrayNode) node);
        }
        problem(path, "expected a list, got " + describe(node));
        return Optional.empty();
    }

    public Optional<String> text(JsonNode node, String path, String expectation) {
        if (node.isTextual()) {
            return Optional.of(node.asText());
        }
        problem(path, "expected " + expectation + ", got " + describe(node));
        return Optional.empty();
    }

    public Optional<String> requiredText(ObjectNode parent, String path, String key, String expectation) {
        JsonNode n = require(parent, path, key, expectation);
        return n == null ? Optional.empty() : text(n, LineMap.child(path, key), expectation);
    }

    public Optional<String> requiredId(ObjectNode parent, String path, String key) {
        String keyPath = LineMap.child(path, key);
        Optional<String> id = requiredText(parent, path, key, ID_EXPECTATION);
        if (id.isPresent() && !ID.matcher(id.get()).matches()) {
            problem(keyPath, "'" + id.get() + "' is not a valid id; expected " + ID_EXPECTATION);
            return Optional.empty();
        }
        return id;
    }

    /**
     * @param parent a mapping
     * @param path its key path
     * @param spec the number's key, range and default
     * @param required whether the key must be given
     * @return the checked value (the default when optional and absent), or empty after a problem
     */
    public OptionalDouble number(ObjectNode parent, String path, ParameterSpec spec, boolean required) {
        JsonNode n = required ? require(parent, path, spec.key(), spec.expectation()) : present(parent, spec.key());
        if (n == null) {
            return required ? OptionalDouble.empty() : OptionalDouble.of(spec.defaultValue());
        }
        String keyPath = LineMap.child(path, spec.key());
        if (!n.isNumber()) {
            problem(keyPath, "expected " + spec.expectation() + ", got " + describe(n));
            return OptionalDouble.empty();
        }
        // -0.0 would compare unequal to 0.0 in records and print as 0 in canonical form
        double v = n.doubleValue() + 0.0;
        try {
            return OptionalDouble.of(spec.check(v));
        } catch (IllegalArgumentException e) {
            problem(keyPath, e.getMessage());
            return OptionalDouble.empty();
        }
    }

    /**
     * @param parent a mapping
     * @param path its key path
     * @param key an optional key whose value is {@code true} or {@code false}
     * @param defaultValue the value when the key is absent
     * @return the value, or empty after a problem
     */
    public Optional<Boolean> bool(ObjectNode parent, String path, String key, boolean defaultValue) {
        JsonNode n = present(parent, key);
        if (n == null) {
            return Optional.of(defaultValue);
        }
        if (n.isBoolean()) {
            return Optional.of(n.booleanValue());
        }
        problem(LineMap.child(path, key), "expected true or false, got " + describe(n));
        return Optional.empty();
    }

    /**
     * As {@link #number}, for keys that must be whole numbers.
     *
     * @param parent a mapping
     * @param path its key path
     * @param spec the number's key, range and default
     * @param required whether the key must be given
     * @return the checked value, or empty after a problem
     */
    public OptionalLong integer(ObjectNode parent, String path, ParameterSpec spec, boolean required) {
        String expectation = integerExpectation(spec);
        JsonNode n = required ? require(parent, path, spec.key(), expectation) : present(parent, spec.key());
        if (n == null) {
            return required ? OptionalLong.empty() : OptionalLong.of((long) spec.defaultValue());
        }
        String keyPath = LineMap.child(path, spec.key());
        OptionalLong v = wholeNumber(n, keyPath, expectation);
        if (v.isPresent() && !spec.accepts(v.getAsLong())) {
            problem(keyPath, spec.key() + " = " + v.getAsLong() + " is out of range; expected " + expectation);
            return OptionalLong.empty();
        }
        return v;
    }

    /**
     * @param node a value
     * @param path its key path
     * @param expectation what a valid value looks like
     * @return the value if it is a whole number that fits a long, or empty after a problem
     */
    public OptionalLong wholeNumber(JsonNode node, String path, String expectation) {
        if (node.canConvertToLong() && node.isIntegralNumber()) {
            return OptionalLong.of(node.longValue());
        }
        if (node.isFloatingPointNumber()) {
            double d = node.doubleValue();
            if (d == Math.rint(d) && Math.abs(d) <= EXACT_INTEGER_LIMIT) {
                return OptionalLong.of((long) d);
            }
        }
        problem(path, "expected " + expectation + ", got " + describe(node));
        return OptionalLong.empty();
    }

    /**
     * @param spec a parameter whose values must be whole
     * @return "an integer in [min, max] unit"
     */
    public static String integerExpectation(ParameterSpec spec) {
        return "an integer in [" + ParameterSpec.format(spec.min()) + ", " + ParameterSpec.format(spec.max()) + "]"
                + (spec.unit().isEmpty() ? "" : " " + spec.unit());
    }

    /**
     * Reads a mapping of optional numbers, one per spec, into a complete parameter set.
     *
     * @param node the mapping
     * @param path its key path
     * @param specs the allowed parameters
     * @return the set with defaults filled in, or empty after a problem
     */
    public Optional<Parameters> parameters(ObjectNode node, String path, List<ParameterSpec> specs) {
        int before = problemCount();
        Map<String, Double> given = new LinkedHashMap<>();
        for (ParameterSpec spec : specs) {
            number(node, path, spec, false).ifPresent(v -> given.put(spec.key(), v));
        }
        return problemCount() == before ? Optional.of(Parameters.of(specs, given)) : Optional.empty();
    }
}
