package org.firebreak.flee;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One CSV input file read the way FLEE's inputs are written: comma-separated, fields may be
 * double-quoted, spaces around fields ignored (inside quotes too: FLEE's own files write
 * {@code " Adigrat"} in headers, and FLEE strips such names), blank lines skipped, and a line
 * whose first field starts with {@code #} a comment (FLEE's header lines are written that way).
 * Every row keeps its line number for messages.
 */
final class CsvFile {
    private static final System.Logger LOG = System.getLogger(CsvFile.class.getName());

    /**
     * A data row.
     *
     * @param line its 1-based line number in the file
     * @param fields its fields, unquoted and trimmed
     */
    record Row(int line, List<String> fields) {
        /**
         * @param i a 0-based column
         * @return the field, or "" past the end of the row
         */
        String field(int i) {
            return i < fields.size() ? fields.get(i) : "";
        }
    }

    private final String name;
    private final List<Row> rows;
    private final Row commentedHeader;

    private CsvFile(String name, List<Row> rows, Row commentedHeader) {
        this.name = name;
        this.rows = rows;
        this.commentedHeader = commentedHeader;
    }

    /**
     * @param path the file
     * @param name the file as messages name it
     * @return the file's data rows
     * @throws FleeInputException if the file is missing, unreadable or has an unclosed quote
     */
    static CsvFile read(Path path, String name) throws FleeInputException {
        List<String> lines;
        try {
            lines = Files.readAllLines(path, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new FleeInputException(name, 0, "file not found");
        } catch (IOException e) {
            throw new FleeInputException(name, 0, "cannot be read: " + e.getMessage());
        }
        List<Row> rows = new ArrayList<>();
        Row commentedHeader = null;
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i);
            if (i == 0 && text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            if (text.isBlank()) {
                continue;
            }
            List<String> fields = split(text, name, i + 1);
            if (fields.get(0).startsWith("#")) {
                if (rows.isEmpty() && commentedHeader == null) {
                    List<String> header = new ArrayList<>(fields);
                    header.set(0, header.get(0).substring(1).trim());
                    commentedHeader = new Row(i + 1, header);
                }
                continue;
            }
            rows.add(new Row(i + 1, fields));
        }
        return new CsvFile(name, rows, commentedHeader);
    }

    private static List<String> split(String text, String name, int line) throws FleeInputException {
        List<String> out = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.toString().isBlank()) {
                quoted = true;
                wasQuoted = true;
                field.setLength(0);
            } else if (c == ',') {
                out.add(field.toString().trim());
                field.setLength(0);
                wasQuoted = false;
            } else if (!wasQuoted) {
                field.append(c);
            }
        }
        if (quoted) {
            throw new FleeInputException(name, line, "a quoted field is not closed; expected a closing '\"'");
        }
        out.add(field.toString().trim());
        return out;
    }

    /** @return the file as messages name it */
    String name() {
        return name;
    }

    /** @return the first line, with its '#' removed, if it is a comment before any data row; or null */
    Row commentedHeader() {
        return commentedHeader;
    }

    /** @return the data rows, without comments and blank lines */
    List<Row> rows() {
        return rows;
    }

    /**
     * @return the data rows after a first row that is a plain-text header (one whose first
     *     field is {@code header}, in any case); FLEE writes headers as comments, but files
     *     written by spreadsheets often do not
     * @param header the first column's name
     */
    List<Row> rowsAfterHeader(String header) {
        if (!rows.isEmpty() && rows.get(0).field(0).equalsIgnoreCase(header)) {
            return rows.subList(1, rows.size());
        }
        return rows;
    }

    /**
     * @param row the row
     * @param column the column's name
     * @param message what is wrong and what was expected
     * @return an exception naming this file, the row's line and the column
     */
    FleeInputException error(Row row, String column, String message) {
        return new FleeInputException(name, row.line(), column + ": " + message);
    }

    /**
     * Reports something FLEE reads and goes on from, where Firebreak does the same: once, as a
     * warning naming this file, the row's line and the column.
     *
     * @param row the row
     * @param column the column's name
     * @param message what was found and what is done with it
     */
    void warn(Row row, String column, String message) {
        LOG.log(System.Logger.Level.WARNING, "{0}:{1}: {2}: {3}", name, row.line(), column, message);
    }

    /**
     * @param row the row
     * @param col the 0-based column
     * @param column the column's name
     * @param expected what the column holds, for messages (such as "the distance in km")
     * @return the field as a finite number
     * @throws FleeInputException if it is empty, not a number, NaN or infinite
     */
    double number(Row row, int col, String column, String expected) throws FleeInputException {
        String s = row.field(col);
        if (s.isEmpty()) {
            throw error(row, column, "missing; expected " + expected);
        }
        double v;
        try {
            v = Double.parseDouble(s);
        } catch (NumberFormatException e) {
            throw error(row, column, "'" + s + "' is not a number; expected " + expected);
        }
        if (!Double.isFinite(v)) {
            throw error(row, column, "'" + s + "' is not a finite number; expected " + expected);
        }
        return v;
    }

    /**
     * @param row the row
     * @param col the 0-based column
     * @param column the column's name
     * @param expected what the column holds, for messages
     * @return the field as a whole number
     * @throws FleeInputException if it is empty or not a whole number
     */
    int integer(Row row, int col, String column, String expected) throws FleeInputException {
        String s = row.field(col);
        if (s.isEmpty()) {
            throw error(row, column, "missing; expected " + expected);
        }
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            throw error(row, column, "'" + s + "' is not a whole number; expected " + expected);
        }
    }
}
