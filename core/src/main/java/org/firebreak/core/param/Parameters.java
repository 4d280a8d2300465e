package org.firebreak.core.param;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An immutable set of values for a list of {@link ParameterSpec}s, every value range-checked,
 * every missing value filled with its default.
 */
public final class Parameters implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    private final Map<String, Double> values;

    private Parameters(Map<String, Double> values) {
        this.values = Collections.unmodifiableMap(values);
    }

    /**
     * @param specs the parameters that exist
     * @param given the values given (may be a subset of the specs)
     * @return the complete, checked set
     * @throws IllegalArgumentException for an unknown key or a value out of range
     */
    public static Parameters of(List<ParameterSpec> specs, Map<String, Double> given) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (ParameterSpec spec : specs) {
            Double v = given.get(spec.key());
            out.put(spec.key(), v == null ? spec.defaultValue() : spec.check(v));
        }
        for (String key : given.keySet()) {
            if (!out.containsKey(key)) {
                throw new IllegalArgumentException("unknown parameter " + key);
            }
        }
        return new Parameters(out);
    }

    /**
     * @param specs the parameters that exist
     * @return every parameter at its default
     */
    public static Parameters defaults(List<ParameterSpec> specs) {
        return of(specs, Map.of());
    }

    /**
     * @param spec a parameter of this set
     * @return its value
     */
    public double get(ParameterSpec spec) {
        return get(spec.key());
    }

    /**
     * @param key a parameter key of this set
     * @return its value
     */
    public double get(String key) {
        Double v = values.get(key);
        if (v == null) {
            throw new IllegalArgumentException("no parameter " + key + " in " + values.keySet());
        }
        return v;
    }

    /** @return the values by key, in spec order */
    public Map<String, Double> asMap() {
        return values;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Parameters p && p.values.equals(values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
