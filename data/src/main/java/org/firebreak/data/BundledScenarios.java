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
 * ({@code org/firebreak/data/scenarios/index.tsv}) lists each with a one-line description;
 * its first entry is the default scenario of the command-line app.
 */
public final class BundledScenarios {
    private static final String DIR = "scenarios/";
    private static final List<Entry> ENTRIES = readIndex();

    /**
     * A bundled scenario.
     *
     * @param name the name used on the command line ({@code --scenario NAME})
     * @param description one line
     */
    public record Entry(String name, String description) {
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
                out.add(new Entry(line.substring(0, tab).trim(), line.substring(tab + 1).trim()));
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
