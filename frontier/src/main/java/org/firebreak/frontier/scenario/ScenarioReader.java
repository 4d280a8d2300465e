package org.firebreak.frontier.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.firebreak.core.param.Parameters;
import org.firebreak.core.scenario.LineMap;
import org.firebreak.core.scenario.Suggestions;
import org.firebreak.core.scenario.TreeReader;
import org.firebreak.core.terrain.TerrainCatalog;
import org.firebreak.core.terrain.TerrainSpeeds;
import org.firebreak.frontier.agent.kind.AgentType;
import org.firebreak.frontier.detection.DetectionModel;

/**
 * Reads a format-v1 tree (already migrated) into a {@link Scenario}: the top-level keys,
 * terrain, time, agent parameters and crossing capacities here; sources and guards in
 * {@link DeploymentReader}; behaviours in {@link BehaviourReader}.
 */
final class ScenarioReader {
    private final TreeReader reader;
    private final TerrainCatalog terrains;
    /** Where relative dataset directories are resolved from: the scenario file's directory. */
    private final java.nio.file.Path baseDir;
    private final TerrainReferences references = new TerrainReferences();
    private final DeploymentReader deployments;
    private final DetectionReader detection;

    ScenarioReader(TreeReader reader, BehaviourCatalog registry, TerrainCatalog terrains, java.nio.file.Path baseDir) {
        this.baseDir = baseDir;
        this.reader = reader;
        this.terrains = terrains;
        this.deployments = new DeploymentReader(reader, new BehaviourReader(reader, registry), references);
        this.detection = new DetectionReader(reader, registry.detectionLaws());
    }

    /** @return the terrain ids the file names, for checking once the terrain is loaded */
    TerrainReferences references() {
        return references;
    }

    /**
     * @param root the top-level mapping, at format version {@link ScenarioLoader#CURRENT_VERSION}
     * @return the scenario, or empty when any problem was reported
     */
    Optional<Scenario> read(ObjectNode root) {
        reader.keys(root, "", Keys.TOP);
        Optional<String> name = reader.requiredId(root, "", Keys.NAME);
        Optional<String> description = description(root);
        JsonNode seedNode = reader.require(root, "", Keys.SEED, "an integer (64-bit)");
        OptionalLong seed = seedNode == null ? OptionalLong.empty()
                : reader.wholeNumber(seedNode, Keys.SEED, "an integer (64-bit)");
        Optional<TerrainSpec> terrain = terrain(root);
        Optional<TimeSettings> time = time(root);
        Optional<AgentSettings> agents = agents(root);
        Optional<Map<String, CrossingCapacity>> crossings = crossings(root);
        List<SourceSpec> sources = deployments.sources(root);
        List<GuardDeployment> guards = deployments.guards(root);
        List<Reallocation> reallocations = deployments.reallocations(root, guards);
        List<Camp> camps = deployments.camps(root);
        if (reader.problemCount() > 0) {
            return Optional.empty();
        }
        return Optional.of(new Scenario(ScenarioLoader.CURRENT_VERSION, name.get(), description.get(),
                seed.getAsLong(), terrain.get(), time.get(), agents.get(), crossings.get(), sources, guards,
                reallocations, camps));
    }

    private Optional<String> description(ObjectNode root) {
        Optional<String> d = reader.requiredText(root, "", Keys.DESCRIPTION, "a non-empty text");
        if (d.isPresent() && d.get().isBlank()) {
            reader.problem(Keys.DESCRIPTION, "expected a non-empty text, got only blanks");
            return Optional.empty();
        }
        return d;
    }

    private Optional<TerrainSpec> terrain(ObjectNode root) {
        JsonNode node = reader.require(root, "", Keys.TERRAIN, "a mapping with key: " + Keys.DATASET);
        Optional<ObjectNode> m = node == null ? Optional.empty() : reader.mapping(node, Keys.TERRAIN);
        if (m.isEmpty()) {
            return Optional.empty();
        }
        reader.keys(m.get(), Keys.TERRAIN, Keys.TERRAIN_KEYS);
        List<String> known = List.copyOf(terrains.datasets().keySet());
        Optional<String> dataset = reader.requiredText(m.get(), Keys.TERRAIN, Keys.DATASET,
                "a terrain dataset id, one of: " + String.join(", ", known) + ", or a dataset directory");
        Optional<Parameters> numbers = reader.parameters(m.get(), Keys.TERRAIN, TerrainSpec.specs());
        if (dataset.isPresent() && !known.contains(dataset.get())) {
            if (TerrainCatalog.looksLikePath(dataset.get())) {
                java.nio.file.Path dir = baseDir.resolve(dataset.get()).normalize();
                if (!terrains.loadsDirectories() || !java.nio.file.Files.isRegularFile(dir.resolve("dataset.json"))) {
                    reader.problem(LineMap.child(Keys.TERRAIN, Keys.DATASET), "'" + dataset.get() + "' (" + dir
                            + ") is not a dataset directory; expected a directory holding dataset.json"
                            + (terrains.loadsDirectories() ? "" : ", with the geo module's catalogue"));
                    return Optional.empty();
                }
                dataset = Optional.of(dir.toString());
            } else {
                reader.problem(LineMap.child(Keys.TERRAIN, Keys.DATASET),
                        Suggestions.unknown("terrain dataset", dataset.get(), known));
                return Optional.empty();
            }
        }
        Optional<String> declaredCrs = Optional.empty();
        if (TreeReader.present(m.get(), Keys.CRS) != null) {
            declaredCrs = reader.text(TreeReader.present(m.get(), Keys.CRS), LineMap.child(Keys.TERRAIN, Keys.CRS),
                    "a CRS code such as EPSG:32638");
            if (declaredCrs.isEmpty()) {
                return Optional.empty();
            }
        }
        if (dataset.isEmpty() || numbers.isEmpty()) {
            return Optional.empty();
        }
        Optional<List<String>> fords = fords(m.get());
        if (fords.isEmpty()) {
            return Optional.empty();
        }
        Parameters p = numbers.get();
        return Optional.of(new TerrainSpec(dataset.get(), p.get(TerrainSpec.CELL_SIZE_M), TerrainSpeeds.of(p),
                fords.get(), declaredCrs));
    }

    /** {@code terrain.fords}: a list of crossing or place ids, checked against the terrain later. */
    private Optional<List<String>> fords(ObjectNode terrain) {
        JsonNode node = TreeReader.present(terrain, Keys.FORDS);
        if (node == null) {
            return Optional.of(List.of());
        }
        String path = LineMap.child(Keys.TERRAIN, Keys.FORDS);
        Optional<com.fasterxml.jackson.databind.node.ArrayNode> list = reader.list(node, path);
        if (list.isEmpty()) {
            return Optional.empty();
        }
        java.util.List<String> out = new java.util.ArrayList<>();
        int before = reader.problemCount();
        for (int i = 0; i < list.get().size(); i++) {
            String itemPath = LineMap.element(path, i);
            reader.text(list.get().get(i), itemPath, "a crossing or place id").ifPresent(id -> {
                out.add(id);
                references.crossingOrPlace(id, itemPath);
            });
        }
        return reader.problemCount() > before ? Optional.empty() : Optional.of(List.copyOf(out));
    }

    /** An optional mapping section: empty map when absent, empty optional after a problem. */
    private Optional<ObjectNode> section(ObjectNode parent, String path, String key) {
        JsonNode node = TreeReader.present(parent, key);
        if (node == null) {
            return Optional.of(parent.objectNode());
        }
        return reader.mapping(node, LineMap.child(path, key));
    }

    private Optional<TimeSettings> time(ObjectNode root) {
        Optional<ObjectNode> m = section(root, "", Keys.TIME);
        if (m.isEmpty()) {
            return Optional.empty();
        }
        int before = reader.problemCount();
        reader.keys(m.get(), Keys.TIME, Keys.TIME_KEYS);
        OptionalDouble step = reader.number(m.get(), Keys.TIME, TimeSettings.STEP_SECONDS, false);
        OptionalDouble duration = reader.number(m.get(), Keys.TIME, TimeSettings.DURATION_HOURS, false);
        java.time.Instant start = TimeSettings.DEFAULT_START;
        JsonNode startNode = TreeReader.present(m.get(), TimeSettings.START_UTC);
        if (startNode != null) {
            String path = LineMap.child(Keys.TIME, TimeSettings.START_UTC);
            String expectation = "an instant in UTC like 2026-03-20T06:00:00Z";
            Optional<String> text = reader.text(startNode, path, expectation);
            try {
                start = text.isPresent() ? java.time.Instant.parse(text.get()) : start;
            } catch (java.time.format.DateTimeParseException e) {
                reader.problem(path, "'" + text.get() + "' is not " + expectation);
            }
        }
        if (reader.problemCount() > before) {
            return Optional.empty();
        }
        try {
            return Optional.of(new TimeSettings(step.getAsDouble(), duration.getAsDouble(), start));
        } catch (IllegalArgumentException e) {
            // the ranges are checked above; what is left is a step that does not divide an hour
            reader.problem(LineMap.child(Keys.TIME, TimeSettings.STEP_SECONDS.key()), e.getMessage());
            return Optional.empty();
        }
    }

    private Optional<AgentSettings> agents(ObjectNode root) {
        Optional<ObjectNode> m = section(root, "", Keys.AGENTS);
        if (m.isEmpty()) {
            return Optional.empty();
        }
        int before = reader.problemCount();
        reader.keys(m.get(), Keys.AGENTS, AgentType.ids());
        Map<AgentType, Parameters> byType = new LinkedHashMap<>();
        List<DetectionModel> guardDetection = new java.util.ArrayList<>(1);
        for (AgentType type : AgentType.values()) {
            String path = LineMap.child(Keys.AGENTS, type.id());
            section(m.get(), Keys.AGENTS, type.id()).ifPresent(section -> {
                reader.keys(section, path, Keys.agentKeys(type));
                reader.parameters(section, path, Keys.agentSpecs(type)).ifPresent(p -> byType.put(type, p));
                if (type == AgentType.GUARD) {
                    detection.read(section, path).ifPresent(guardDetection::add);
                }
            });
        }
        if (reader.problemCount() > before) {
            return Optional.empty();
        }
        return Optional.of(new AgentSettings(RefugeeParameters.of(byType.get(AgentType.REFUGEE)),
                FighterParameters.of(byType.get(AgentType.FIGHTER)),
                GuardParameters.of(byType.get(AgentType.GUARD), guardDetection.get(0))));
    }

    private Optional<Map<String, CrossingCapacity>> crossings(ObjectNode root) {
        Optional<ObjectNode> m = section(root, "", Keys.CROSSINGS);
        if (m.isEmpty()) {
            return Optional.empty();
        }
        int before = reader.problemCount();
        Map<String, CrossingCapacity> out = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : m.get().properties()) {
            String path = LineMap.child(Keys.CROSSINGS, e.getKey());
            references.officialCrossing(e.getKey(), path);
            reader.mapping(e.getValue(), path).ifPresent(c -> capacity(c, path).ifPresent(
                    capacity -> out.put(e.getKey(), capacity)));
        }
        return reader.problemCount() > before ? Optional.empty() : Optional.of(out);
    }

    private Optional<CrossingCapacity> capacity(ObjectNode node, String path) {
        int before = reader.problemCount();
        reader.keys(node, path, Keys.of(CrossingCapacity.SPECS));
        OptionalLong lanes = reader.integer(node, path, CrossingCapacity.LANES, false);
        OptionalDouble service = reader.number(node, path, CrossingCapacity.SERVICE_SECONDS_MEAN, false);
        OptionalDouble detection = reader.number(node, path, CrossingCapacity.FIGHTER_DETECTION_PROBABILITY, false);
        OptionalDouble closedFrom = reader.number(node, path, CrossingCapacity.CLOSED_FROM_HOURS, false);
        OptionalDouble closedTo = reader.number(node, path, CrossingCapacity.CLOSED_TO_HOURS, false);
        if (reader.problemCount() > before) {
            return Optional.empty();
        }
        double to = closedTo.getAsDouble();
        if (TreeReader.present(node, CrossingCapacity.CLOSED_TO_HOURS.key()) == null) {
            to = CrossingCapacity.NEVER;
        }
        try {
            return Optional.of(new CrossingCapacity((int) lanes.getAsLong(), service.getAsDouble(),
                    detection.getAsDouble(), closedFrom.getAsDouble(), to));
        } catch (IllegalArgumentException e) {
            reader.problem(LineMap.child(path, CrossingCapacity.CLOSED_TO_HOURS.key()), e.getMessage());
            return Optional.empty();
        }
    }
}
