package org.firebreak.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The geographic datasets shipped in this jar, by name. Each dataset is a folder of resources
 * ({@code org/firebreak/data/NAME/}) whose {@code MANIFEST.sha256} lists every file with its
 * SHA-256; the index {@code org/firebreak/data/datasets.tsv} lists the datasets.
 *
 * <p>The {@code frontier} dataset holds GeoJSON layers (WGS84 longitude/latitude) and an ESRI
 * ASCII elevation grid; its {@code dataset.json} describes each layer, and the module's
 * {@code LICENSES.md} gives each file's source and licence (OpenStreetMap-derived files are
 * under ODbL 1.0: "© OpenStreetMap contributors"). This class only finds and opens the files;
 * the geo module parses them.
 */
public final class BundledDatasets {
    /** The name of the regional dataset of the Iran–Iraq frontier and the Iraq–Syria border. */
    public static final String FRONTIER = "frontier";
    /** The file of each dataset that lists its other files with their SHA-256. */
    public static final String MANIFEST = "MANIFEST.sha256";

    private static final String ROOT = "/org/firebreak/data/";
    private static final Map<String, String> INDEX = readIndex();
    private static final Map<String, Map<String, String>> MANIFESTS = new ConcurrentHashMap<>();

    private BundledDatasets() {
    }

    /** @return the names of the bundled datasets, in index order */
    public static List<String> names() {
        return List.copyOf(INDEX.keySet());
    }

    /**
     * @param dataset a bundled dataset's name
     * @return its one-line description
     * @throws IllegalArgumentException if no dataset of that name is bundled
     */
    public static String description(String dataset) {
        check(dataset);
        return INDEX.get(dataset);
    }

    /**
     * @param dataset a bundled dataset's name
     * @return the names of its files, sorted, as its manifest lists them (the manifest itself
     *         not included)
     * @throws IllegalArgumentException if no dataset of that name is bundled
     */
    public static List<String> files(String dataset) {
        return List.copyOf(checksums(dataset).keySet());
    }

    /**
     * @param dataset a bundled dataset's name
     * @return each file's SHA-256 (lower-case hex) as the manifest records it, by file name
     * @throws IllegalArgumentException if no dataset of that name is bundled
     */
    public static Map<String, String> checksums(String dataset) {
        check(dataset);
        return MANIFESTS.computeIfAbsent(dataset, BundledDatasets::readManifest);
    }

    /**
     * @param dataset a bundled dataset's name
     * @param file one of its {@link #files files}, or {@link #MANIFEST}
     * @return the absolute class-path name of the resource, e.g.
     *         {@code /org/firebreak/data/frontier/countries.geojson}
     * @throws IllegalArgumentException if the dataset or the file is unknown
     */
    public static String resourcePath(String dataset, String file) {
        if (!MANIFEST.equals(file) && !checksums(dataset).containsKey(file)) {
            throw new IllegalArgumentException("bundled dataset '" + dataset + "' has no file '" + file
                    + "'; its files: " + files(dataset));
        }
        return ROOT + dataset + "/" + file;
    }

    /**
     * @param dataset a bundled dataset's name
     * @param file one of its {@link #files files}, or {@link #MANIFEST}
     * @return the resource's URL (for readers that take one)
     * @throws IllegalArgumentException if the dataset or the file is unknown
     * @throws IllegalStateException if the manifest lists the file but the jar lacks it
     */
    public static URL url(String dataset, String file) {
        String path = resourcePath(dataset, file);
        URL url = BundledDatasets.class.getResource(path);
        if (url == null) {
            throw new IllegalStateException("bundled dataset '" + dataset + "' lists " + file
                    + " but the firebreak-data jar lacks " + path);
        }
        return url;
    }

    /**
     * Opens one file of a bundled dataset; the caller closes the stream.
     *
     * @param dataset a bundled dataset's name, e.g. {@link #FRONTIER}
     * @param file one of its {@link #files files}, e.g. {@code "borders.geojson"}, or {@link #MANIFEST}
     * @return the file's bytes
     * @throws IllegalArgumentException if the dataset or the file is unknown
     * @throws IllegalStateException if the manifest lists the file but the jar lacks it
     */
    public static InputStream open(String dataset, String file) {
        String path = resourcePath(dataset, file);
        InputStream in = BundledDatasets.class.getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("bundled dataset '" + dataset + "' lists " + file
                    + " but the firebreak-data jar lacks " + path);
        }
        return in;
    }

    private static void check(String dataset) {
        if (!INDEX.containsKey(dataset)) {
            throw new IllegalArgumentException("no bundled dataset '" + dataset + "'; bundled: " + names());
        }
    }

    private static Map<String, String> readManifest(String dataset) {
        Map<String, String> out = new LinkedHashMap<>();
        String path = ROOT + dataset + "/" + MANIFEST;
        for (String line : readLines(path, "manifest of bundled dataset '" + dataset + "'")) {
            if (line.isBlank()) {
                continue;
            }
            int gap = line.indexOf("  ");
            if (gap != 64) {
                throw new IllegalStateException(path + ": not a 'sha256  file' line: " + line);
            }
            out.put(line.substring(gap + 2), line.substring(0, gap));
        }
        if (out.isEmpty()) {
            throw new IllegalStateException(path + " lists no file");
        }
        return Collections.unmodifiableMap(out);
    }

    private static Map<String, String> readIndex() {
        Map<String, String> out = new LinkedHashMap<>();
        for (String line : readLines(ROOT + "datasets.tsv", "dataset index")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int tab = line.indexOf('\t');
            if (tab < 0) {
                throw new IllegalStateException("dataset index line without a tab: " + line);
            }
            out.put(line.substring(0, tab).trim(), line.substring(tab + 1).trim());
        }
        return Collections.unmodifiableMap(out);
    }

    private static List<String> readLines(String path, String what) {
        try (InputStream in = BundledDatasets.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(what + " missing from the firebreak-data jar: " + path);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> lines = new ArrayList<>();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                lines.add(line);
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
