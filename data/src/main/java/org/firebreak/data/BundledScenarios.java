package org.firebreak.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The scenario files shipped in this jar, by name. The index
 * ({@code org/firebreak/data/scenarios/index.tsv}) lists each with a one-line description and,
 * in an optional third column, its kind ({@code regional}, the default, or {@code crowd});
 * its first entry is the default (regional) scenario of the command-line app.
 */
public final class BundledScenarios {
    private static final String DIR = "scenarios/";
    private static final List<Entry> ENTRIES = readIndex();

    /** What a scenario simulates, and so which command runs it. */
    public enum Kind {
        /** Movement over the frontier terrain ({@code firebreak run}). */
        REGIONAL,
        /** A crowd-scale site in metres ({@code firebreak crowd}). */
        CROWD;

        /** @return the index's name of the kind */
        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * A bundled scenario.
     *
     * @param name the name used on the command line ({@code --scenario NAME})
     * @param description one line
     * @param kind regional or crowd
     */
    public record Entry(String name, String description, Kind kind) {
        /**
         * A regional scenario.
         *
         * @param name the name used on the command line
         * @param description one line
         */
        public Entry(String name, String description) {
            this(name, description, Kind.REGIONAL);
        }

        /** @return the resource path of the file, relative to this class's package */
        public String resource() {
            return DIR + name + ".yaml";
        }
    }

    private BundledScenarios() {
    }

    /** @return every bundled scenario, the default first */
    public static List<Entry> list() {
        return ENTRIES;
    }

    /**
     * @param kind regional or crowd
     * @return the bundled scenarios of that kind, in index order
     */
    public static List<Entry> list(Kind kind) {
        return ENTRIES.stream().filter(e -> e.kind() == kind).toList();
    }

    /** @return the name of the default scenario */
    public static String defaultName() {
        return ENTRIES.get(0).name();
    }

    /**
     * @param name a scenario name
     * @return the entry, if a scenario of that name is bundled
     */
    public static Optional<Entry> find(String name) {
        return ENTRIES.stream().filter(e -> e.name().equals(name)).findFirst();
    }

    /**
     * @param name a bundled scenario's name
     * @return the file's text (UTF-8)
     * @throws IllegalArgumentException if no scenario of that name is bundled
     */
    public static String read(String name) {
        Entry e = find(name).orElseThrow(() -> new IllegalArgumentException("no bundled scenario '" + name
                + "'; bundled: " + ENTRIES.stream().map(Entry::name).toList()));
        try (InputStream in = BundledScenarios.class.getResourceAsStream(e.resource())) {
            if (in == null) {
                throw new IllegalStateException("bundled scenario " + name + " is indexed but " + e.resource()
                        + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static Kind kindOf(String id, String line) {
        for (Kind k : Kind.values()) {
            if (k.id().equals(id)) {
                return k;
            }
        }
        throw new IllegalStateException("scenario index line with an unknown kind (expected regional or crowd): "
                + line);
    }

    private static List<Entry> readIndex() {
        List<Entry> out = new ArrayList<>();
        try (InputStream in = BundledScenarios.class.getResourceAsStream(DIR + "index.tsv")) {
            if (in == null) {
                throw new IllegalStateException("scenario index missing from the firebreak-data jar");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int tab = line.indexOf('\t');
                if (tab < 0) {
                    throw new IllegalStateException("scenario index line without a tab: " + line);
                }
                String[] cols = line.split("\t", -1);
                Kind kind = Kind.REGIONAL;
                if (cols.length > 2) {
                    kind = kindOf(cols[2].trim(), line);
                }
                out.add(new Entry(cols[0].trim(), cols[1].trim(), kind));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (out.isEmpty()) {
            throw new IllegalStateException("scenario index lists no scenario");
        }
        return List.copyOf(out);
    }
}
