package org.firebreak.core.sweep;

import java.util.List;
import java.util.Map;
import org.firebreak.core.scenario.ScenarioOverride;

/**
 * One run of a sweep: which parameter point, which replicate, and its seed. Serializable, so
 * cluster backends can send it to other members.
 *
 * @param index the run's index in the sweep, 0 first; fixes its seed and its output directory
 * @param point the parameter point's index
 * @param replicate the replicate's index at that point
 * @param seed the run's seed, derived from the sweep's base seed and {@code index}
 * @param values the scenario values of the point, by key path, in the sweep's parameter order
 */
public record SweepRun(int index, int point, int replicate, long seed, Map<String, String> values)
        implements java.io.Serializable {
    /** Copies the values, keeping their order. */
    public SweepRun {
        values = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(values));
    }

    /** @return the point's values as scenario overrides */
    public List<ScenarioOverride> overrides() {
        return values.entrySet().stream().map(e -> new ScenarioOverride(e.getKey(), e.getValue())).toList();
    }

    /** @return the directory name of the run's outputs, e.g. {@code run-0007} */
    public String directoryName() {
        return String.format(java.util.Locale.ROOT, "run-%04d", index);
    }
}
