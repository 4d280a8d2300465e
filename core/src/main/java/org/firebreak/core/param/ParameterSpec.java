package org.firebreak.core.param;

import java.util.Locale;

/**
 * One named, numeric, range-checked parameter: the single source of truth for its key in
 * scenario files, its unit, its allowed range and its default.
 *
 * @param key the key used in scenario files (snake_case)
 * @param unit the unit, for documentation and messages (empty when dimensionless)
 * @param min the smallest allowed value (inclusive)
 * @param max the largest allowed value (inclusive)
 * @param defaultValue the value used when a scenario leaves the key out
 * @param description one line on what the parameter means and where its default comes from
 */
public record ParameterSpec(String key, String unit, double min, double max, double defaultValue,
                            String description) {

    /** Validates the spec itself: its default must lie in its range. */
    public ParameterSpec {
        if (!(min <= max) || !accepts(defaultValue, min, max)) {
            throw new IllegalArgumentException("parameter spec " + key + ": default " + defaultValue
                    + " outside [" + min + ", " + max + "]");
        }
    }

    /**
     * @param value a candidate value
     * @return whether the value is a finite number within the range
     */
    public boolean accepts(double value) {
        return accepts(value, min, max);
    }

    private static boolean accepts(double value, double min, double max) {
        return Double.isFinite(value) && value >= min && value <= max;
    }

    /**
     * @param value a candidate value
     * @return the value, if accepted
     * @throws IllegalArgumentException naming the key, the value and the allowed range
     */
    public double check(double value) {
        if (!accepts(value)) {
            throw new IllegalArgumentException(key + " = " + format(value) + " is out of range; expected "
                    + expectation());
        }
        return value;
    }

    /** @return what a valid value looks like, for messages: "a number in [0.1, 3] m/s" */
    public String expectation() {
        return "a number in [" + format(min) + ", " + format(max) + "]" + (unit.isEmpty() ? "" : " " + unit);
    }

    /**
     * @param v a number
     * @return the number without a trailing ".0", in a locale-independent form
     */
    public static String format(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return Double.toString(v);
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return String.format(Locale.ROOT, "%s", v);
    }
}
