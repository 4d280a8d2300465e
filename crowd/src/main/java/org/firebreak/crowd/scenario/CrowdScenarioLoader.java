package org.firebreak.crowd.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import org.firebreak.core.scenario.ScenarioException;
import org.firebreak.core.scenario.ScenarioProblem;
import org.firebreak.core.scenario.ScenarioTree;
import org.firebreak.core.scenario.TreeParser;

/**
 * Reads crowd scenario files (format in docs/crowd-scenarios.md) into validated
 * {@link CrowdScenario}s. A crowd file says {@code kind: crowd} at the top, which tells it
 * apart from a regional scenario (the regional engine's {@code ScenarioLoader}); each loader refuses the other's
 * files with a message saying which command runs them. Every problem of a file (and of the
 * GeoJSON file it names) is reported at once, with file, line, key path and what was expected.
 */
public final class CrowdScenarioLoader {
    /** The format version this library reads and writes. */
    public static final int CURRENT_VERSION = 1;
    /** Largest scenario or GeoJSON file accepted, in bytes (the regional format's limit, 10 MB). */
    public static final int MAX_FILE_BYTES = TreeParser.MAX_FILE_BYTES;
    private static final String VERSION_EXPECTATION = "an integer, the format version (" + CURRENT_VERSION
            + " for this library)";
    private static final List<String> REGIONAL_KEYS = List.of("terrain", "time", "agents", "guards", "crossings");

    /**
     * A file's text and the name problems give it.
     *
     * @param label the file's name in problems
     * @param text its text
     */
    public record Text(String label, String text) {
    }

    /** Reads the files a scenario refers to (its geometry file), by the name written in it. */
    @FunctionalInterface
    public interface Resolver {
        /**
         * @param name the name as written in the scenario
         * @param tree where to report a file that cannot be read
         * @return the file's text, or empty after a problem
         */
        Optional<Text> read(String name, ScenarioTree tree);
    }

    private CrowdScenarioLoader() {
    }

    /**
     * @param file a crowd scenario file, YAML or JSON
     * @return the validated scenario; a geometry file is read relative to the file's directory
     * @throws ScenarioException listing every problem
     */
    public static CrowdScenario load(Path file) throws ScenarioException {
        String label = file.toString();
        String text = readText(file, label);
        return load(label, text, file.toAbsolutePath().getParent());
    }

    /**
     * @param label the name used in problems; a {@code .json} ending reads JSON, else YAML
     * @param text the file's text
     * @param baseDir where a {@code geometry_file} is looked for
     * @return the validated scenario
     * @throws ScenarioException listing every problem
     */
    public static CrowdScenario load(String label, String text, Path baseDir) throws ScenarioException {
        return load(label, text, directory(baseDir));
    }

    /**
     * @param label the name used in problems; a {@code .json} ending reads JSON, else YAML
     * @param text the file's text
     * @param files reads a {@code geometry_file} by its name
     * @return the validated scenario
     * @throws ScenarioException listing every problem
     */
    public static CrowdScenario load(String label, String text, Resolver files) throws ScenarioException {
        top(label, text);
        ScenarioTree tree = ScenarioTree.parse(label, text, isYaml(label));
        Optional<CrowdScenario> s = new CrowdScenarioReader(tree, files).read((ObjectNode) tree.root());
        if (s.isEmpty() || tree.problemCount() > 0) {
            throw tree.failure();
        }
        return s.get();
    }

    /**
     * @param label the name used in problems
     * @param text a scenario file's text
     * @return whether it is a crowd scenario (top-level {@code kind: crowd}); false also for text that does not parse
     */
    public static boolean isCrowdScenario(String label, String text) {
        try {
            JsonNode root = ScenarioTree.parse(label, text, isYaml(label)).root();
            return root != null && root.isObject() && CrowdKeys.CROWD.equals(root.path(CrowdKeys.KIND).asText());
        } catch (ScenarioException e) {
            return false;
        }
    }

    /** Parses, checks size, version and kind; throws unless the file is a crowd scenario of this version. */
    private static ObjectNode top(String label, String text) throws ScenarioException {
        int size = text.getBytes(StandardCharsets.UTF_8).length;
        if (size > MAX_FILE_BYTES) {
            throw fileProblem(label, tooLarge(Integer.toString(size)));
        }
        ScenarioTree tree = ScenarioTree.parse(label, text, isYaml(label));
        JsonNode root = tree.root();
        if (root == null || !root.isObject()) {
            tree.problem("", (root == null ? "the file is empty" : "the top level is " + ScenarioTree.describe(root))
                    + "; expected a mapping with the keys: " + String.join(", ", CrowdKeys.TOP));
            throw tree.failure();
        }
        ObjectNode m = (ObjectNode) root;
        JsonNode kind = ScenarioTree.present(m, CrowdKeys.KIND);
        if (kind == null) {
            boolean regional = REGIONAL_KEYS.stream().anyMatch(m::has);
            tree.problem("", regional ? "this is a regional scenario (it has no 'kind: crowd' and has regional keys "
                    + "such as terrain); run it with 'firebreak run', or add kind: crowd and a crowd site"
                    : "missing key 'kind'; expected kind: crowd for a crowd scenario");
            throw tree.failure();
        }
        if (!CrowdKeys.CROWD.equals(kind.asText())) {
            tree.problem(CrowdKeys.KIND, "kind is " + ScenarioTree.describe(kind) + "; expected crowd");
            throw tree.failure();
        }
        JsonNode v = tree.require(m, "", CrowdKeys.VERSION, VERSION_EXPECTATION);
        OptionalLong version = v == null ? OptionalLong.empty() : tree.wholeNumber(v, CrowdKeys.VERSION,
                VERSION_EXPECTATION);
        if (version.isPresent() && version.getAsLong() > CURRENT_VERSION) {
            tree.problem(CrowdKeys.VERSION, "written for a newer Firebreak (crowd format version "
                    + version.getAsLong() + "); this library reads up to " + CURRENT_VERSION);
        } else if (version.isPresent() && version.getAsLong() < CURRENT_VERSION) {
            tree.problem(CrowdKeys.VERSION, "no crowd format version " + version.getAsLong()
                    + "; expected " + CURRENT_VERSION);
        }
        if (tree.problemCount() > 0) {
            throw tree.failure();
        }
        return m;
    }

    /** @return a reader of files relative to a directory, with the size limit */
    public static Resolver directory(Path baseDir) {
        return (name, tree) -> {
            Path file = baseDir.resolve(name).normalize();
            try {
                return Optional.of(new Text(file.toString(), readText(file, file.toString())));
            } catch (ScenarioException e) {
                tree.problem(CrowdKeys.GEOMETRY_FILE, "cannot use '" + name + "': "
                        + e.problems().get(0).message());
                return Optional.empty();
            }
        };
    }

    /**
     * @param label how problems name the file
     * @param bytes the file's bytes
     * @return the text, checked for size and UTF-8
     * @throws ScenarioException when too large or not UTF-8
     */
    public static String decode(String label, byte[] bytes) throws ScenarioException {
        if (bytes.length > MAX_FILE_BYTES) {
            throw fileProblem(label, tooLarge(Integer.toString(bytes.length)));
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw fileProblem(label, "the file is not UTF-8 text");
        }
    }

    private static String readText(Path file, String label) throws ScenarioException {
        try {
            long size = java.nio.file.Files.size(file);
            if (size > MAX_FILE_BYTES) {
                throw fileProblem(label, tooLarge(Long.toString(size)));
            }
            return decode(label, java.nio.file.Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            throw fileProblem(label, "no such file");
        } catch (IOException e) {
            throw fileProblem(label, "cannot read the file: " + e.getMessage());
        }
    }

    private static String tooLarge(String size) {
        return "the file is " + size + " bytes; crowd scenario and geometry files are limited to " + MAX_FILE_BYTES
                + " bytes (10 MB)";
    }

    private static ScenarioException fileProblem(String label, String message) {
        return ScenarioException.of(new ScenarioProblem(label, 0, "", message));
    }

    static boolean isYaml(String label) {
        return !label.toLowerCase(Locale.ROOT).endsWith(".json") && !label.toLowerCase(Locale.ROOT).endsWith(".geojson");
    }
}
