package org.firebreak.core.scenario;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

/**
 * A minimal JSON writer whose output depends on nothing but its input: two-space indents,
 * {@code \n} line ends, {@code ": "} after keys, keys in the order given, and numbers in a
 * fixed decimal form. Jackson's pretty printer is not used because its layout (and the line
 * separator it takes from the platform) may change between versions, which would change
 * every content hash.
 *
 * <p>Values are {@link String}, {@link Boolean}, {@link Long} or {@link Integer} (written as integers),
 * {@link Double} (see {@link #number}), {@link Map} with string keys, and {@link List}.
 */
public final class CanonicalJson {
    private final StringBuilder out = new StringBuilder();

    private CanonicalJson() {
    }

    /**
     * @param value the document
     * @return its canonical text, ending with a line feed
     */
    public static String write(Object value) {
        CanonicalJson w = new CanonicalJson();
        w.value(value, 0);
        return w.out.append('\n').toString();
    }

    /**
     * The number rounded to the fewest significant digits, from 15 to 17, that read back as the
     * same double, written without exponent and without trailing zeros (so whole numbers have
     * no fraction). Any decimal of up to 15 digits, as modellers write them, comes out as written. Computed with
     * {@link BigDecimal} rather than {@link Double#toString}, whose digits changed in Java 19.
     *
     * @param v a finite number
     * @return its canonical text
     */
    public static String number(double v) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException("not a finite number: " + v);
        }
        if (v == 0) {
            return "0";
        }
        BigDecimal exact = new BigDecimal(v);
        BigDecimal shortest = exact;
        for (int digits = 15; digits <= 17; digits++) {
            BigDecimal rounded = exact.round(new MathContext(digits, RoundingMode.HALF_EVEN));
            if (rounded.doubleValue() == v) {
                shortest = rounded;
                break;
            }
        }
        return shortest.stripTrailingZeros().toPlainString();
    }

    private void value(Object value, int depth) {
        if (value instanceof String s) {
            string(s);
        } else if (value instanceof Boolean b) {
            out.append(b.booleanValue());
        } else if (value instanceof Integer || value instanceof Long) {
            out.append(value);
        } else if (value instanceof Double d) {
            out.append(number(d));
        } else if (value instanceof Map<?, ?> map) {
            object(map, depth);
        } else if (value instanceof List<?> list) {
            array(list, depth);
        } else {
            throw new IllegalArgumentException("cannot write " + value);
        }
    }

    private void object(Map<?, ?> map, int depth) {
        if (map.isEmpty()) {
            out.append("{}");
            return;
        }
        out.append('{');
        boolean first = true;
        for (Map.Entry<?, ?> e : map.entrySet()) {
            out.append(first ? "\n" : ",\n");
            first = false;
            indent(depth + 1);
            string((String) e.getKey());
            out.append(": ");
            value(e.getValue(), depth + 1);
        }
        out.append('\n');
        indent(depth);
        out.append('}');
    }

    private void array(List<?> list, int depth) {
        if (list.isEmpty()) {
            out.append("[]");
            return;
        }
        out.append('[');
        boolean first = true;
        for (Object item : list) {
            out.append(first ? "\n" : ",\n");
            first = false;
            indent(depth + 1);
            value(item, depth + 1);
        }
        out.append('\n');
        indent(depth);
        out.append(']');
    }

    private void indent(int depth) {
        out.append("  ".repeat(depth));
    }

    private void string(String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    /**
     * @param tree a tree of maps, lists, strings, numbers and booleans
     * @return lower-case hex SHA-256 of its canonical JSON in UTF-8
     */
    public static String sha256(Object tree) {
        byte[] text = write(tree).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(text);
            StringBuilder hex = new StringBuilder(64);
            for (byte b : digest) {
                hex.append(Character.forDigit((b >> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
            }
            return hex.toString();
        } catch (java.security.NoSuchAlgorithmException e) {
            // every Java platform is required to provide SHA-256
            throw new IllegalStateException(e);
        }
    }
}
