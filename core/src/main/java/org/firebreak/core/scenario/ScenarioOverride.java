package org.firebreak.core.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One value of a scenario replaced before the scenario is read, as sweeps and command lines
 * do: {@code crossings.zurbatiyah.lanes=12} or {@code sources[0].people=5000}. The key is a
 * path of mapping keys separated by dots, with {@code [i]} for the i-th element of a list;
 * every part of it but the last must exist in the file, and the last may name a key the file
 * leaves at its default. The value is a scalar written as in YAML: an integer, a number
 * ({@code .nan} and {@code .inf} included, so range checks can refuse them), {@code true},
 * {@code false}, or text. The overridden scenario is then validated like any file, so a value
 * out of range is reported under its key.
 *
 * @param key the dotted key path
 * @param value the value's text
 */
public record ScenarioOverride(String key, String value) {
    private static final Pattern PART = Pattern.compile("([A-Za-z0-9_\\-]+)((?:\\[\\d{1,9}])*)");
    private static final Pattern INDEX = Pattern.compile("\\[(\\d{1,9})]");
    private static final Pattern INTEGER = Pattern.compile("[-+]?\\d{1,18}");
    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");

    /** Rejects a malformed key. */
    public ScenarioOverride {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
        if (key.isEmpty() || !key.chars().allMatch(c -> c == '.' || c == '[' || c == ']' || c == '_' || c == '-'
                || Character.isLetterOrDigit(c)) || parts(key).isEmpty()) {
            throw new IllegalArgumentException("'" + key + "' is not a scenario key path; expected keys separated by "
                    + "dots, with [i] for list elements, e.g. crossings.zurbatiyah.lanes or sources[0].people");
        }
    }

    /**
     * @param assignment {@code key=value}
     * @return the override
     * @throws IllegalArgumentException naming the text and what was expected
     */
    public static ScenarioOverride parse(String assignment) {
        int eq = assignment.indexOf('=');
        if (eq <= 0) {
            throw new IllegalArgumentException("'" + assignment + "': expected KEY=VALUE, e.g. crossings.zurbatiyah.lanes=12");
        }
        return new ScenarioOverride(assignment.substring(0, eq).trim(), assignment.substring(eq + 1).trim());
    }

    /** @return the value as a tree node: integer, number, boolean or text */
    public JsonNode node() {
        String v = value;
        if (INTEGER.matcher(v).matches()) {
            return LongNode.valueOf(Long.parseLong(v));
        }
        if (NUMBER.matcher(v).matches()) {
            return DoubleNode.valueOf(Double.parseDouble(v));
        }
        switch (v.toLowerCase(java.util.Locale.ROOT)) {
            case ".nan":
                return DoubleNode.valueOf(Double.NaN);
            case ".inf": case "+.inf":
                return DoubleNode.valueOf(Double.POSITIVE_INFINITY);
            case "-.inf":
                return DoubleNode.valueOf(Double.NEGATIVE_INFINITY);
            case "true":
                return BooleanNode.TRUE;
            case "false":
                return BooleanNode.FALSE;
            default:
                return TextNode.valueOf(v);
        }
    }

    /**
     * Sets the value in a scenario tree.
     *
     * @param root the tree's root mapping
     * @param reader where a path that does not exist is reported
     */
    public void apply(ObjectNode root, TreeReader reader) {
        List<Object> path = parts(key);
        JsonNode at = root;
        String where = "";
        for (int i = 0; i < path.size() - 1; i++) {
            Object p = path.get(i);
            JsonNode next = step(at, p);
            if (next == null) {
                reader.problem(where, "override " + key + "=" + value + ": " + missing(at, p, where));
                return;
            }
            where = p instanceof Integer n ? LineMap.element(where, n) : LineMap.child(where, (String) p);
            at = next;
        }
        Object last = path.get(path.size() - 1);
        if (last instanceof Integer n) {
            if (!(at instanceof ArrayNode list) || n >= list.size()) {
                reader.problem(where, "override " + key + "=" + value + ": " + missing(at, last, where));
                return;
            }
            list.set(n, node());
        } else if (at instanceof ObjectNode map) {
            map.set((String) last, node());
        } else {
            reader.problem(where, "override " + key + "=" + value + ": '" + (where.isEmpty() ? "(top)" : where)
                    + "' is " + TreeReader.describe(at) + ", not a mapping with a key '" + last + "'");
        }
    }

    private static JsonNode step(JsonNode at, Object p) {
        if (p instanceof Integer n) {
            return at.isArray() && n < at.size() ? at.get(n) : null;
        }
        return at.isObject() ? at.get((String) p) : null;
    }

    private static String missing(JsonNode at, Object p, String where) {
        String place = where.isEmpty() ? "the top level" : "'" + where + "'";
        if (p instanceof Integer n) {
            return at.isArray() ? place + " has " + at.size() + " elements; there is no [" + n + "]"
                    : place + " is " + TreeReader.describe(at) + ", not a list";
        }
        if (!at.isObject()) {
            return place + " is " + TreeReader.describe(at) + ", not a mapping";
        }
        List<String> keys = new ArrayList<>();
        at.fieldNames().forEachRemaining(keys::add);
        return place + " has no key '" + p + "'" + Suggestions.didYouMean((String) p, keys) + "; its keys: "
                + String.join(", ", keys);
    }

    /** @return the path as mapping keys (String) and list indices (Integer), or empty if malformed */
    private static List<Object> parts(String key) {
        List<Object> out = new ArrayList<>();
        for (String part : key.split("\\.", -1)) {
            Matcher m = PART.matcher(part);
            if (!m.matches()) {
                return List.of();
            }
            out.add(m.group(1));
            Matcher idx = INDEX.matcher(m.group(2));
            while (idx.find()) {
                out.add(Integer.parseInt(idx.group(1)));
            }
        }
        return out;
    }

    @Override
    public String toString() {
        return key + "=" + value;
    }
}
