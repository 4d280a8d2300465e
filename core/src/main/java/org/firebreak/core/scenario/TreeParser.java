package org.firebreak.core.scenario;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Reads YAML or JSON text into a Jackson tree and, in the same pass, the line of every key.
 *
 * <p>The tree is built here rather than by {@code ObjectMapper.readTree} for three reasons:
 * the line of each key is known only while streaming; YAML's {@code .nan} and {@code .inf}
 * are floats that Jackson's tree reader rejects, and they must reach validation as numbers
 * to be reported as out of range; and a repeated key is reported like any other problem
 * instead of silently keeping the last value.
 */
public final class TreeParser {
    /** Largest scenario file accepted, in bytes (10 MB); a scenario is a page of settings, so more is a mistake. */
    public static final int MAX_FILE_BYTES = 10 * 1024 * 1024;

    private static final Pattern YAML_SPECIAL_FLOAT = Pattern.compile("([-+]?)\\.(inf|nan)", Pattern.CASE_INSENSITIVE);
    private static final Pattern YAML_MARK = Pattern.compile("line (\\d+), column \\d+");

    private static final JsonFactory JSON = JsonFactory.builder().build();
    private static final YAMLFactory YAML = yamlFactory();

    private final String file;
    private final LineMap lines = new LineMap();
    private final List<ScenarioProblem> problems = new ArrayList<>();
    private final JsonNodeFactory nodes = JsonNodeFactory.instance;

    /**
     * @param root the top-level value, or null for an empty file
     * @param lines the line of every key path
     * @param problems repeated keys and extra documents found while reading
     */
    public record Result(JsonNode root, LineMap lines, List<ScenarioProblem> problems) {
    }

    private TreeParser(String file) {
        this.file = file;
    }

    private static YAMLFactory yamlFactory() {
        LoaderOptions options = new LoaderOptions();
        // the loader enforces its own size limit before parsing; keep the YAML library's above it
        options.setCodePointLimit(MAX_FILE_BYTES + 1);
        return YAMLFactory.builder().loaderOptions(options).build();
    }

    /**
     * @param file the name used in problems
     * @param text the file's text
     * @param yaml whether to read YAML (else JSON)
     * @return the tree with its lines
     * @throws ScenarioException when the text is not well-formed YAML or JSON
     */
    public static Result parse(String file, String text, boolean yaml) throws ScenarioException {
        return new TreeParser(file).run(text, yaml);
    }

    private Result run(String text, boolean yaml) throws ScenarioException {
        try (JsonParser p = (yaml ? YAML : JSON).createParser(text)) {
            JsonNode root = null;
            if (p.nextToken() != null) {
                lines.record("", line(p));
                root = value(p, "");
                if (p.nextToken() != null) {
                    problems.add(new ScenarioProblem(file, line(p), "",
                            "more than one document; a scenario file holds a single mapping"));
                }
            }
            return new Result(root, lines, problems);
        } catch (JsonProcessingException e) {
            problems.add(new ScenarioProblem(file, errorLine(e), "", errorMessage(e, yaml)));
            throw new ScenarioException(file, problems);
        } catch (IOException e) {
            // reading from a String fails only by malformed content, reported above
            throw new IllegalStateException(e);
        }
    }

    private JsonNode value(JsonParser p, String path) throws IOException {
        JsonToken token = p.currentToken();
        switch (token) {
            case START_OBJECT:
                return mapping(p, path);
            case START_ARRAY:
                return list(p, path);
            case VALUE_NUMBER_INT:
                return switch (p.getNumberType()) {
                    case INT -> nodes.numberNode(p.getIntValue());
                    case LONG -> nodes.numberNode(p.getLongValue());
                    default -> nodes.numberNode(p.getBigIntegerValue());
                };
            case VALUE_NUMBER_FLOAT:
                return nodes.numberNode(floatValue(p));
            case VALUE_TRUE:
                return nodes.booleanNode(true);
            case VALUE_FALSE:
                return nodes.booleanNode(false);
            case VALUE_NULL:
                return nodes.nullNode();
            default:
                return nodes.textNode(p.getText());
        }
    }

    private ObjectNode mapping(JsonParser p, String path) throws IOException {
        ObjectNode node = nodes.objectNode();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            String keyPath = LineMap.child(path, key);
            int keyLine = line(p);
            p.nextToken();
            JsonNode value = value(p, keyPath);
            if (node.has(key)) {
                problems.add(new ScenarioProblem(file, keyLine, keyPath,
                        "duplicate key '" + key + "' (first given on line " + lines.line(keyPath) + ")"));
            } else {
                lines.record(keyPath, keyLine);
                node.set(key, value);
            }
        }
        return node;
    }

    private ArrayNode list(JsonParser p, String path) throws IOException {
        ArrayNode node = nodes.arrayNode();
        int index = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
            String elementPath = LineMap.element(path, index++);
            lines.record(elementPath, line(p));
            node.add(value(p, elementPath));
        }
        return node;
    }

    private static double floatValue(JsonParser p) throws IOException {
        Matcher special = YAML_SPECIAL_FLOAT.matcher(p.getText());
        if (special.matches()) {
            if (special.group(2).equalsIgnoreCase("nan")) {
                return Double.NaN;
            }
            return special.group(1).equals("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        return p.getDoubleValue();
    }

    private static int line(JsonParser p) {
        return Math.max(0, p.currentTokenLocation().getLineNr());
    }

    private static int errorLine(JsonProcessingException e) {
        // YAML errors name the offending mark in their text; it is more precise than the parser's position
        Matcher m = YAML_MARK.matcher(e.getOriginalMessage());
        int line = 0;
        while (m.find()) {
            line = Integer.parseInt(m.group(1));
        }
        if (line == 0 && e.getLocation() != null) {
            line = Math.max(0, e.getLocation().getLineNr());
        }
        return line;
    }

    /** Keeps the YAML library's explanation lines and drops its position lines and source snippets. */
    private static String errorMessage(JsonProcessingException e, boolean yaml) {
        List<String> parts = new ArrayList<>();
        for (String line : e.getOriginalMessage().split("\\R")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || Character.isWhitespace(line.charAt(0)) || trimmed.startsWith("in 'reader'")) {
                continue;
            }
            parts.add(trimmed);
        }
        return "malformed " + (yaml ? "YAML" : "JSON") + ": " + String.join("; ", parts);
    }
}
