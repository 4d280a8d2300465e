package org.firebreak.core.sweep;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.firebreak.core.scenario.ScenarioOverride;

/**
 * One scenario key a sweep varies, with its values: {@code crossings.zurbatiyah.lanes=4,8,12}.
 * On a grid every value is used; for a Latin hypercube sample the two values are the ends of a
 * range. Keys are paths as in {@link ScenarioOverride}.
 *
 * @param key the scenario key path
 * @param values the values as scenario text, at least one
 */
public record SweepParameter(String key, List<String> values) {
    /** Checks the key's form and copies the values. */
    public SweepParameter {
        Objects.requireNonNull(key, "key");
        values = List.copyOf(values);
        if (values.isEmpty() || values.stream().anyMatch(String::isEmpty)) {
            throw new IllegalArgumentException("--param " + key + ": expected one or more values separated by commas");
        }
        new ScenarioOverride(key, values.get(0)); // rejects a malformed key path
    }

    /**
     * @param text {@code key=v1,v2,...}
     * @return the parameter
     * @throws IllegalArgumentException naming the text and what was expected
     */
    public static SweepParameter parse(String text) {
        int eq = text.indexOf('=');
        if (eq <= 0 || eq == text.length() - 1) {
            throw new IllegalArgumentException("--param " + text + ": expected KEY=V1,V2,..., e.g. "
                    + "crossings.zurbatiyah.lanes=4,8,12");
        }
        return new SweepParameter(text.substring(0, eq).trim(),
                Arrays.stream(text.substring(eq + 1).split(",", -1)).map(String::trim).toList());
    }
}
