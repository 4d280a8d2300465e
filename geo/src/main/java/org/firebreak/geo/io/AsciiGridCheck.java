package org.firebreak.geo.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.firebreak.core.scenario.Suggestions;

/**
 * Reads an ESRI ASCII grid's text and checks it before GeoTools' reader sees it, so that a bad
 * grid is reported with the file, the row and column, and what was expected, instead of the
 * reader's "END of File or invalid data" and a stack trace. The header's cell count is checked
 * against {@link #MAX_CELLS} before any cell is read or stored.
 *
 * <p>The layout (ESRI's "ASCII raster format"): header lines {@code ncols}, {@code nrows},
 * {@code xllcorner} or {@code xllcenter}, {@code yllcorner} or {@code yllcenter}, {@code cellsize}
 * and an optional {@code nodata_value}, keys in any case; then nrows × ncols numbers separated by
 * white space, row by row from the north. A grid whose last line lacks its newline is accepted,
 * as ESRI's own tools accept it.
 */
final class AsciiGridCheck {
    /** Most cells accepted, 50 million (200 MB as floats): a region's elevation at 100 m is far less. */
    static final long MAX_CELLS = 50_000_000L;

    private static final List<String> KEYS = List.of("ncols", "nrows", "xllcorner", "xllcenter", "yllcorner",
            "yllcenter", "cellsize", "nodata_value");
    private static final int HEADER_LINES_MAX = 6;
    /** Longest text one cell may take in a file (a sign, digits, a point, an exponent, a separator). */
    private static final int BYTES_PER_CELL_MAX = 40;

    private AsciiGridCheck() {
    }

    /**
     * @param source the file, for messages
     * @param in the grid's text
     * @return the same text, ending with a newline, for the reader
     * @throws GisInputException naming the file, the row and column or header key, and what was expected
     */
    static byte[] read(String source, InputStream in) throws GisInputException {
        byte[] head;
        try {
            head = in.readNBytes(64 * 1024);
        } catch (IOException e) {
            throw GisInputException.of(source, "cannot read: " + e.getMessage(), e);
        }
        Header h = header(source, new String(head, StandardCharsets.ISO_8859_1));
        ByteArrayOutputStream all = new ByteArrayOutputStream(head.length);
        all.writeBytes(head);
        long limit = h.bodyStart + h.cells() * BYTES_PER_CELL_MAX + 1024;
        try {
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0;) {
                all.write(buffer, 0, n);
                if (all.size() > limit) {
                    throw GisInputException.of(source, "is longer than a grid of " + h.ncols + " x " + h.nrows
                            + " cells can be; expected nrows x ncols values after the header");
                }
            }
        } catch (IOException e) {
            throw GisInputException.of(source, "cannot read: " + e.getMessage(), e);
        }
        byte[] text = all.toByteArray();
        cells(source, h, text);
        if (text.length == 0 || text[text.length - 1] != '\n') {
            byte[] withNewline = java.util.Arrays.copyOf(text, text.length + 1);
            withNewline[text.length] = '\n';
            return withNewline;
        }
        return text;
    }

    private record Header(long ncols, long nrows, int bodyStart, int bodyLine) {
        long cells() {
            return ncols * nrows;
        }
    }

    private static Header header(String source, String head) throws GisInputException {
        Map<String, String> values = new LinkedHashMap<>();
        int at = 0;
        int line = 0;
        while (at < head.length() && values.size() < HEADER_LINES_MAX) {
            int end = head.indexOf('\n', at);
            if (end < 0) {
                end = head.length();
            }
            String text = head.substring(at, end).trim();
            String[] parts = text.split("\\s+");
            if (text.isEmpty() || !Character.isLetter(parts[0].charAt(0))) {
                break;
            }
            String key = parts[0].toLowerCase(Locale.ROOT);
            if (!KEYS.contains(key) && values.containsKey("ncols") && values.containsKey("nrows")
                    && values.containsKey("cellsize")) {
                break; // the body, starting with a word such as NaN: reported with its row and column
            }
            line++;
            if (!KEYS.contains(key)) {
                throw GisInputException.of(source, "line " + line + ": unknown header key '" + parts[0] + "'"
                        + Suggestions.didYouMean(key, KEYS) + "; expected " + String.join(", ", KEYS));
            }
            if (parts.length != 2) {
                throw GisInputException.of(source, "line " + line + ": '" + text + "'; expected a key and one value");
            }
            values.put(key, parts[1]);
            at = end + 1;
        }
        long ncols = count(source, values, "ncols");
        long nrows = count(source, values, "nrows");
        if (ncols * nrows > MAX_CELLS) {
            throw GisInputException.of(source, "header says " + ncols + " x " + nrows + " = " + ncols * nrows
                    + " cells; this reader takes at most " + MAX_CELLS + " (cut the grid to the region or coarsen it)");
        }
        number(source, values, values.containsKey("xllcenter") ? "xllcenter" : "xllcorner");
        number(source, values, values.containsKey("yllcenter") ? "yllcenter" : "yllcorner");
        double cell = number(source, values, "cellsize");
        if (!(cell > 0)) {
            throw GisInputException.of(source, "cellsize " + values.get("cellsize") + "; expected a positive cell size");
        }
        if (values.containsKey("nodata_value")) {
            number(source, values, "nodata_value");
        }
        return new Header(ncols, nrows, Math.min(at, head.length()), line + 1);
    }

    private static long count(String source, Map<String, String> values, String key) throws GisInputException {
        String v = values.get(key);
        if (v == null) {
            throw GisInputException.of(source, "header has no " + key + "; expected ncols, nrows, xllcorner (or "
                    + "xllcenter), yllcorner (or yllcenter) and cellsize");
        }
        try {
            long n = Long.parseLong(v);
            if (n >= 1 && n <= Integer.MAX_VALUE) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw GisInputException.of(source, "header " + key + " " + v + "; expected a whole number of cells, 1 or more");
    }

    private static double number(String source, Map<String, String> values, String key) throws GisInputException {
        String v = values.get(key);
        if (v == null) {
            throw GisInputException.of(source, "header has no " + key + "; expected ncols, nrows, xllcorner (or "
                    + "xllcenter), yllcorner (or yllcenter) and cellsize");
        }
        try {
            double d = Double.parseDouble(v);
            if (Double.isFinite(d)) {
                return d;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw GisInputException.of(source, "header " + key + " " + v + "; expected a finite number");
    }

    /** Checks every cell's text, row by row, without storing the cells. */
    private static void cells(String source, Header h, byte[] text) throws GisInputException {
        long expected = h.cells();
        long seen = 0;
        int i = h.bodyStart;
        int n = text.length;
        while (i < n) {
            while (i < n && (text[i] == ' ' || text[i] == '\t' || text[i] == '\r' || text[i] == '\n')) {
                i++;
            }
            if (i >= n) {
                break;
            }
            int start = i;
            while (i < n && !(text[i] == ' ' || text[i] == '\t' || text[i] == '\r' || text[i] == '\n')) {
                i++;
            }
            long row = seen / h.ncols + 1;
            long col = seen % h.ncols + 1;
            if (seen >= expected) {
                throw GisInputException.of(source, "has more than the header's " + h.nrows + " x " + h.ncols + " = "
                        + expected + " values; expected exactly nrows x ncols values");
            }
            String token = new String(text, start, i - start, StandardCharsets.ISO_8859_1);
            double v;
            try {
                v = Double.parseDouble(token);
            } catch (NumberFormatException e) {
                v = Double.NaN;
            }
            if (!Double.isFinite(v) || Math.abs(v) > Float.MAX_VALUE) {
                throw GisInputException.of(source, "row " + row + ", column " + col + ": '" + shorten(token)
                        + "'; expected a number a 32-bit float holds (mark missing cells with nodata_value)");
            }
            seen++;
        }
        if (seen < expected) {
            throw GisInputException.of(source, "ends after " + seen + " values, in row " + (seen / h.ncols + 1)
                    + "; expected nrows x ncols = " + h.nrows + " x " + h.ncols + " = " + expected + " values");
        }
    }

    private static String shorten(String token) {
        return token.length() <= 20 ? token : token.substring(0, 20) + "...";
    }
}
