package org.firebreak.core.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.firebreak.core.param.ParameterSpec;
import org.firebreak.core.param.Parameters;

/**
 * The regional scenario reader's parsing and checking helpers, opened to other file formats
 * (the crowd scenario format) so that every Firebreak file reports problems the same way: file,
 * line, key path, what was expected, and every problem at once.
 *
 * <p>One instance reads one file: {@link #parse} builds the tree with the line of every key, and
 * the reading methods record a {@link ScenarioProblem} for each missing, mistyped or
 * out-of-range value and return an empty optional, so a bad part never hides its siblings'
 * problems. {@link #failure()} turns them into one {@link ScenarioException}.
 */
public final class ScenarioTree {
    private final String file;
    private final JsonNode root;
    private final TreeReader reader;

    private ScenarioTree(String file, JsonNode root, TreeReader reader) {
        this.file = file;
        this.root = root;
        this.reader = reader;
    }

    /**
     * @param file the name used in problems
     * @param text the file's text (a leading byte-order mark is skipped)
     * @param yaml whether to read YAML (else JSON)
     * @return the tree; repeated keys are already recorded as problems
     * @throws ScenarioException when the text is not well-formed YAML or JSON
     */
    public static ScenarioTree parse(String file, String text, boolean yaml) throws ScenarioException {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        TreeParser.Result parsed = TreeParser.parse(file, body, yaml);
        TreeReader reader = new TreeReader(file, parsed.lines());
        parsed.problems().forEach(reader::add);
        return new ScenarioTree(file, parsed.root(), reader);
    }

    /** @return the file name used in problems */
    public String file() {
        return file;
    }

    /** @return the top-level value, or null for an empty file */
    public JsonNode root() {
        return root;
    }

    /**
     * @param value a tree of maps, lists, strings, numbers and booleans
     * @return lower-case hex SHA-256 of its canonical JSON in UTF-8: a content hash
     */
    public static String sha256(Object value) {
        return CanonicalJson.sha256(value);
    }

    /** @return the scenario format's canonical JSON text of a tree of maps, lists, strings, numbers and booleans */
    public static String canonicalJson(Object value) {
        return CanonicalJson.write(value);
    }

    /** @return the key path of a mapping's key */
    public static String child(String parent, String key) {
        return LineMap.child(parent, key);
    }

    /** @return the key path of a list element */
    public static String element(String parent, int index) {
        return LineMap.element(parent, index);
    }

    /** @return how a value is shown in "got ..." messages */
    public static String describe(JsonNode node) {
        return TreeReader.describe(node);
    }

    /** @return the value of a key, or null when absent or written without a value */
    public static JsonNode present(ObjectNode parent, String key) {
        return TreeReader.present(parent, key);
    }

    /** Records a problem at a key path (its line looked up). */
    public void problem(String path, String message) {
        reader.problem(path, message);
    }

    /** Records a problem found elsewhere (for example in a file this one refers to). */
    public void add(ScenarioProblem problem) {
        reader.add(problem);
    }

    /**
     * Puts a prefix (for example which feature of a GeoJSON file) before the messages of the
     * problems recorded since a count, unless they already start with it.
     *
     * @param from the problem count before the part was read
     * @param prefix the prefix
     */
    public void prefixSince(int from, String prefix) {
        List<ScenarioProblem> list = reader.problems();
        for (int i = from; i < list.size(); i++) {
            ScenarioProblem p = list.get(i);
            if (!p.message().startsWith(prefix)) {
                list.set(i, new ScenarioProblem(p.file(), p.line(), p.keyPath(), prefix + p.message()));
            }
        }
    }

    /** @return problems recorded so far */
    public int problemCount() {
        return reader.problemCount();
    }

    /** @return every problem recorded so far */
    public List<ScenarioProblem> problems() {
        return List.copyOf(reader.problems());
    }

    /** @return one exception carrying every problem recorded, in line order */
    public ScenarioException failure() {
        List<ScenarioProblem> sorted = new java.util.ArrayList<>(reader.problems());
        sorted.sort(java.util.Comparator.comparingInt(ScenarioProblem::line));
        return new ScenarioException(file, sorted);
    }

    /** Reports every key of a mapping not in {@code allowed}, with the nearest allowed one. */
    public void keys(ObjectNode node, String path, List<String> allowed) {
        reader.keys(node, path, allowed);
    }

    /** @return a required key's value, or null after reporting it missing */
    public JsonNode require(ObjectNode parent, String path, String key, String expectation) {
        return reader.require(parent, path, key, expectation);
    }

    /** @return the node as a mapping, or empty after a problem */
    public Optional<ObjectNode> mapping(JsonNode node, String path) {
        return reader.mapping(node, path);
    }

    /** @return the node as a list, or empty after a problem */
    public Optional<ArrayNode> list(JsonNode node, String path) {
        return reader.list(node, path);
    }

    /** @return the node as text, or empty after a problem */
    public Optional<String> text(JsonNode node, String path, String expectation) {
        return reader.text(node, path, expectation);
    }

    /** @return a required text, or empty after a problem */
    public Optional<String> requiredText(ObjectNode parent, String path, String key, String expectation) {
        return reader.requiredText(parent, path, key, expectation);
    }

    /** @return a required id ([a-z0-9-]+), or empty after a problem */
    public Optional<String> requiredId(ObjectNode parent, String path, String key) {
        return reader.requiredId(parent, path, key);
    }

    /** @return a range-checked number (the default when optional and absent), or empty after a problem */
    public OptionalDouble number(ObjectNode parent, String path, ParameterSpec spec, boolean required) {
        return reader.number(parent, path, spec, required);
    }

    /** @return a range-checked whole number, or empty after a problem */
    public OptionalLong integer(ObjectNode parent, String path, ParameterSpec spec, boolean required) {
        return reader.integer(parent, path, spec, required);
    }

    /** @return a whole number that fits a long, or empty after a problem */
    public OptionalLong wholeNumber(JsonNode node, String path, String expectation) {
        return reader.wholeNumber(node, path, expectation);
    }

    /** @return a boolean (the default when absent), or empty after a problem */
    public Optional<Boolean> bool(ObjectNode parent, String path, String key, boolean defaultValue) {
        return reader.bool(parent, path, key, defaultValue);
    }

    /** @return a mapping of optional numbers as a full parameter set, or empty after a problem */
    public Optional<Parameters> parameters(ObjectNode node, String path, List<ParameterSpec> specs) {
        return reader.parameters(node, path, specs);
    }
}
