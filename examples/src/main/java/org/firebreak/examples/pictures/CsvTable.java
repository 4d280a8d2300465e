package org.firebreak.examples.pictures;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A CSV output of a run read back (header and rows, RFC 4180 quoting), so that pictures show the
 * very numbers the run published.
 */
final class CsvTable {
    private final Path file;
    private final List<String> header;
    private final List<String[]> rows;

    private CsvTable(Path file, List<String> header, List<String[]> rows) {
        this.file = file;
        this.header = header;
        this.rows = rows;
    }

    /**
     * @param file a CSV file with a header row
     * @return its content
     * @throws IOException if it cannot be read or has no header
     */
    static CsvTable read(Path file) throws IOException {
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String first = r.readLine();
            if (first == null) {
                throw new IOException(file + ": empty, expected a header row");
            }
            List<String> header = List.of(split(first));
            List<String[]> rows = new ArrayList<>();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isEmpty()) {
                    rows.add(split(line));
                }
            }
            return new CsvTable(file, header, rows);
        }
    }

    /** @return the rows */
    int size() {
        return rows.size();
    }

    /**
     * @param name a column
     * @return its index
     * @throws IOException if the file has no such column
     */
    int column(String name) throws IOException {
        int i = header.indexOf(name);
        if (i < 0) {
            throw new IOException(file + ": no column '" + name + "' in " + header);
        }
        return i;
    }

    /** @return the text of a cell */
    String text(int row, int column) {
        return rows.get(row)[column];
    }

    /** @return the number in a cell; NaN when it is empty ("no value") */
    double number(int row, int column) {
        String s = rows.get(row)[column];
        return s.isEmpty() ? Double.NaN : Double.parseDouble(s);
    }

    private static String[] split(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder b = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    b.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    b.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                out.add(b.toString());
                b.setLength(0);
            } else {
                b.append(c);
            }
        }
        out.add(b.toString());
        return out.toArray(new String[0]);
    }
}
