package org.firebreak.frontier.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.firebreak.core.scenario.LineMap;
import org.firebreak.core.scenario.ScenarioException;
import org.firebreak.core.scenario.ScenarioOverride;
import org.firebreak.core.scenario.ScenarioProblem;
import org.firebreak.core.scenario.TreeParser;
import org.firebreak.core.scenario.TreeReader;
import org.firebreak.core.terrain.Terrain;
import org.firebreak.core.terrain.TerrainCatalog;

/**
 * Reads scenario files (format documented in {@code docs/scenario-format.md}) into validated
 * {@link Scenario}s.
 *
 * <p>Loading runs in stages, each reporting every problem it finds before the next starts:
 * the text is parsed (YAML or JSON); the format version is checked and older files are
 * migrated; every key is read, typed and range-checked, and behaviour ids are resolved in the
 * registry; finally the terrain is loaded and the place, crossing and border ids are looked up
 * in it. Any problem ends in one {@link ScenarioException} listing all problems of the stage
 * with file, line and key path. A loader is immutable and may be shared between threads.
 */
public final class ScenarioLoader {
    /** The format version this library reads natively and writes. */
    public static final int CURRENT_VERSION = 1;
    /** Largest file accepted, in bytes (10 MB); a scenario is a page of settings, so more is a mistake. */
    public static final int MAX_FILE_BYTES = TreeParser.MAX_FILE_BYTES;

    private static final String VERSION_EXPECTATION = "an integer, the format version (" + CURRENT_VERSION
            + " for this library)";

    private final BehaviourCatalog registry;
    private final TerrainCatalog terrains;
    private final ScenarioMigrations migrations;
    private final List<ScenarioOverride> overrides;

    /**
     * A loader with the library's own migrations.
     *
     * @param registry resolves behaviour ids
     * @param terrains resolves {@code terrain.dataset} and supplies the terrain for id checks
     */
    public ScenarioLoader(BehaviourCatalog registry, TerrainCatalog terrains) {
        this(registry, terrains, ScenarioMigrations.standard());
    }

    /**
     * @param registry resolves behaviour ids
     * @param terrains resolves {@code terrain.dataset} and supplies the terrain for id checks
     * @param migrations brings files of older format versions up to date
     */
    public ScenarioLoader(BehaviourCatalog registry, TerrainCatalog terrains, ScenarioMigrations migrations) {
        this.registry = Objects.requireNonNull(registry, "registry");
        this.terrains = Objects.requireNonNull(terrains, "terrains");
        this.migrations = Objects.requireNonNull(migrations, "migrations");
        this.overrides = List.of();
    }

    private ScenarioLoader(ScenarioLoader base, List<ScenarioOverride> overrides) {
        this.registry = base.registry;
        this.terrains = base.terrains;
        this.migrations = base.migrations;
        this.overrides = List.copyOf(overrides);
    }

    /**
     * A loader that replaces values in every file it reads before reading it (after migrating
     * the file to the current format), so sweeps and command lines vary a scenario without
     * copies of it. An override whose key path does not exist is a problem like any other.
     *
     * @param replaced the values to replace, applied in order
     * @return a loader applying them, on top of this loader's own
     */
    public ScenarioLoader withOverrides(List<ScenarioOverride> replaced) {
        List<ScenarioOverride> all = new ArrayList<>(overrides);
        all.addAll(replaced);
        return new ScenarioLoader(this, all);
    }

    /**
     * @param file a {@code .yaml}, {@code .yml} or {@code .json} file (other names: JSON if it starts with
     *             a left brace, else YAML)
     * @return the validated scenario
     * @throws ScenarioException listing every problem, with the path as file name
     */
    public Scenario load(Path file) throws ScenarioException {
        return parse(file.toString(), readText(file), file.toAbsolutePath().getParent());
    }

    /**
     * Reads a scenario file's text with the checks {@link #load(Path)} makes (size, readable, UTF-8),
     * for a caller that carries the text elsewhere, such as a sweep's task.
     *
     * @param file the file
     * @return its text
     * @throws ScenarioException naming the file and what is wrong with it
     */
    public static String readText(Path file) throws ScenarioException {
        String label = file.toString();
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                throw fileProblem(label, tooLarge(Long.toString(size)));
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw fileProblem(label, "no such file");
        } catch (AccessDeniedException e) {
            throw fileProblem(label, "cannot read the file: permission denied");
        } catch (IOException e) {
            throw fileProblem(label, "cannot read the file: " + e.getMessage());
        }
        return decode(label, bytes);
    }

    /**
     * @param label the name used in problems, e.g. a resource name; its extension chooses the format as for files
     * @param in the file's bytes, UTF-8; read (at most {@link #MAX_FILE_BYTES} + 1 bytes) but not closed
     * @return the validated scenario
     * @throws ScenarioException listing every problem
     */
    public Scenario load(String label, InputStream in) throws ScenarioException {
        byte[] bytes;
        try {
            bytes = in.readNBytes(MAX_FILE_BYTES + 1);
        } catch (IOException e) {
            throw fileProblem(label, "cannot read the file: " + e.getMessage());
        }
        if (bytes.length > MAX_FILE_BYTES) {
            throw fileProblem(label, tooLarge("more than " + MAX_FILE_BYTES));
        }
        return load(label, bytes, workingDirectory());
    }

    /**
     * @param label the name used in problems, e.g. a resource name; its extension chooses the format as for files
     * @param text the file's text
     * @return the validated scenario
     * @throws ScenarioException listing every problem
     */
    public Scenario load(String label, String text) throws ScenarioException {
        int size = text.getBytes(StandardCharsets.UTF_8).length;
        if (size > MAX_FILE_BYTES) {
            throw fileProblem(label, tooLarge(Integer.toString(size)));
        }
        return parse(label, text, workingDirectory());
    }

    /**
     * @param label the name used in problems; its extension chooses the format as for files
     * @param text the file's text
     * @param baseDir the directory that dataset directories named in the text are relative to
     * @return the validated scenario
     * @throws ScenarioException listing every problem
     */
    public Scenario load(String label, String text, Path baseDir) throws ScenarioException {
        int size = text.getBytes(StandardCharsets.UTF_8).length;
        if (size > MAX_FILE_BYTES) {
            throw fileProblem(label, tooLarge(Integer.toString(size)));
        }
        return parse(label, text, baseDir);
    }

    /** Dataset directories in a scenario given as text are relative to the working directory. */
    private static Path workingDirectory() {
        return Path.of("").toAbsolutePath();
    }

    private Scenario load(String label, byte[] bytes, Path baseDir) throws ScenarioException {
        return parse(label, decode(label, bytes), baseDir);
    }

    private static String decode(String label, byte[] bytes) throws ScenarioException {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw fileProblem(label, "the file is not UTF-8 text");
        }
    }

    private static String tooLarge(String size) {
        return "the file is " + size + " bytes; scenario files are limited to " + MAX_FILE_BYTES + " bytes (10 MB)";
    }

    private static ScenarioException fileProblem(String label, String message) {
        return ScenarioException.of(new ScenarioProblem(label, 0, "", message));
    }

    private Scenario parse(String label, String text, Path baseDir) throws ScenarioException {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        TreeParser.Result parsed = TreeParser.parse(label, body, isYaml(label, body));
        TreeReader reader = new TreeReader(label, parsed.lines());
        parsed.problems().forEach(reader::add);
        JsonNode root = parsed.root();
        if (root == null || !root.isObject()) {
            reader.problem("", (root == null ? "the file is empty" : "the top level is " + TreeReader.describe(root))
                    + "; expected a mapping with the keys: " + String.join(", ", Keys.TOP));
            throw failure(label, reader);
        }
        Optional<ObjectNode> current = atCurrentVersion((ObjectNode) root, reader);
        if (current.isEmpty()) {
            throw failure(label, reader);
        }
        int before = reader.problemCount();
        for (ScenarioOverride o : overrides) {
            o.apply(current.get(), reader);
        }
        if (reader.problemCount() > before) {
            throw failure(label, reader);
        }
        ScenarioReader scenarioReader = new ScenarioReader(reader, registry, terrains, baseDir);
        Optional<Scenario> scenario = scenarioReader.read(current.get());
        if (scenario.isEmpty() || reader.problemCount() > 0) {
            throw failure(label, reader);
        }
        String dataset = scenario.get().terrain().dataset();
        try {
            Terrain terrain = terrains.load(dataset, scenario.get().terrain().crs()).orElseThrow();
            scenarioReader.references().check(terrain, reader);
        } catch (RuntimeException e) {
            reader.problem(LineMap.child(Keys.TERRAIN, Keys.DATASET),
                    "cannot load terrain dataset '" + dataset + "': " + e.getMessage());
        }
        if (reader.problemCount() > 0) {
            throw failure(label, reader);
        }
        return scenario.get();
    }

    /** @return the tree at the current version, or empty after a problem that makes reading further pointless */
    private Optional<ObjectNode> atCurrentVersion(ObjectNode root, TreeReader reader) {
        JsonNode node = reader.require(root, "", Keys.VERSION, VERSION_EXPECTATION);
        OptionalLong version = node == null ? OptionalLong.empty()
                : reader.wholeNumber(node, Keys.VERSION, VERSION_EXPECTATION);
        if (version.isEmpty() || version.getAsLong() == CURRENT_VERSION) {
            // without a usable version, reading on as the current format still reports the other problems
            return Optional.of(root);
        }
        long v = version.getAsLong();
        if (v > CURRENT_VERSION) {
            reader.problem(Keys.VERSION, "written for a newer Firebreak (format version " + v
                    + "); this library reads up to " + CURRENT_VERSION);
            return Optional.empty();
        }
        if (v < migrations.oldestReadable()) {
            reader.problem(Keys.VERSION, "no migration from format version " + v + " (this library reads versions "
                    + migrations.oldestReadable() + " to " + CURRENT_VERSION + ")");
            return Optional.empty();
        }
        try {
            return Optional.of(migrations.migrate(root, (int) v));
        } catch (RuntimeException e) {
            reader.problem(Keys.VERSION, "migrating from format version " + v + " failed: " + e.getMessage());
            return Optional.empty();
        }
    }

    private static ScenarioException failure(String label, TreeReader reader) {
        List<ScenarioProblem> sorted = new ArrayList<>(reader.problems());
        // stable: problems on one line keep the order they were found in
        sorted.sort(Comparator.comparingInt(ScenarioProblem::line));
        return new ScenarioException(label, sorted);
    }

    private static boolean isYaml(String label, String text) {
        String name = label.toLowerCase(Locale.ROOT);
        if (name.endsWith(".yaml") || name.endsWith(".yml")) {
            return true;
        }
        if (name.endsWith(".json")) {
            return false;
        }
        String start = text.stripLeading();
        return !start.startsWith("{");
    }
}
