package org.firebreak.core.output;

import java.util.Locale;

/** Locale-independent, byte-stable formatting for CSV and JSON outputs. */
public final class Csv {
    private Csv() {
    }

    /**
     * @param v a number
     * @param decimals digits after the point
     * @return the number with that many decimals, '.' as the separator, whatever the locale
     */
    public static String fixed(double v, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", v);
    }

    /**
     * @param v a number
     * @return the shortest exact form: no ".0" on whole numbers
     */
    public static String number(double v) {
        return org.firebreak.core.param.ParameterSpec.format(v);
    }

    /**
     * @param s a field
     * @return the field, quoted per RFC 4180 when it holds a comma, quote or line break
     */
    public static String field(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }

    /**
     * @param v a number
     * @param decimals digits after the point at most
     * @return the number rounded, for JSON
     */
    public static double round(double v, int decimals) {
        double f = Math.pow(10, decimals);
        return Math.round(v * f) / f;
    }
}
