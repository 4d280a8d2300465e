package org.firebreak.frontier.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.function.BiFunction;
import org.firebreak.core.scenario.LineMap;
import org.firebreak.core.scenario.Suggestions;
import org.firebreak.core.scenario.TreeReader;
import org.firebreak.frontier.agent.kind.AgentType;

/**
 * Reads the {@code sources} and {@code guards} lists: where agents appear and where guards
 * are placed. Ids must be unique across both lists, since outputs and random streams are
 * keyed by them.
 */
final class DeploymentReader {
    private static final List<String> SOURCE_TYPES = List.of(AgentType.REFUGEE.id(), AgentType.FIGHTER.id());

    private final TreeReader reader;
    private final BehaviourReader behaviours;
    private final TerrainReferences terrain;
    private final Map<String, String> idPaths = new HashMap<>();

    DeploymentReader(TreeReader reader, BehaviourReader behaviours, TerrainReferences terrain) {
        this.reader = reader;
        this.behaviours = behaviours;
        this.terrain = terrain;
    }

    List<SourceSpec> sources(ObjectNode root) {
        return items(root, Keys.SOURCES, this::source);
    }

    List<GuardDeployment> guards(ObjectNode root) {
        return items(root, Keys.GUARDS, this::guard);
    }

    /**
     * @param root the top-level mapping
     * @param guards the deployments read (for checking the ids reallocations name)
     * @return the reallocations
     */
    List<Reallocation> reallocations(ObjectNode root, List<GuardDeployment> guards) {
        List<String> ids = guards.stream().map(GuardDeployment::id).toList();
        return items(root, Keys.REALLOCATIONS, (item, path) -> reallocation(item, path, ids));
    }

    /**
     * @param root the top-level mapping
     * @return the camps
     */
    List<Camp> camps(ObjectNode root) {
        return items(root, Keys.CAMPS, this::camp);
    }

    private Optional<Reallocation> reallocation(ObjectNode item, String path, List<String> deploymentIds) {
        int before = reader.problemCount();
        reader.keys(item, path, Keys.REALLOCATION);
        OptionalDouble at = reader.number(item, path, Reallocation.AT_HOURS, true);
        Optional<String> from = deploymentRef(item, path, Keys.FROM, deploymentIds);
        Optional<String> to = deploymentRef(item, path, Keys.TO, deploymentIds);
        OptionalLong guards = reader.integer(item, path, Reallocation.GUARDS, true);
        if (reader.problemCount() > before) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Reallocation(at.getAsDouble(), from.get(), to.get(), (int) guards.getAsLong()));
        } catch (IllegalArgumentException e) {
            reader.problem(LineMap.child(path, Keys.TO), e.getMessage());
            return Optional.empty();
        }
    }

    private Optional<String> deploymentRef(ObjectNode item, String path, String key, List<String> ids) {
        Optional<String> id = reader.requiredText(item, path, key, "the id of a guard deployment");
        if (id.isPresent() && !ids.contains(id.get())) {
            reader.problem(LineMap.child(path, key), Suggestions.unknown("guard deployment", id.get(), ids));
            return Optional.empty();
        }
        return id;
    }

    private Optional<Camp> camp(ObjectNode item, String path) {
        int before = reader.problemCount();
        reader.keys(item, path, Keys.CAMP);
        Optional<String> id = uniqueId(item, path);
        Optional<String> place = placeRef(item, path, Keys.PLACE);
        OptionalLong capacity = reader.integer(item, path, Camp.CAPACITY, false);
        if (reader.problemCount() > before) {
            return Optional.empty();
        }
        return Optional.of(new Camp(id.get(), place.get(), (int) capacity.getAsLong()));
    }

    private <T> List<T> items(ObjectNode root, String key, BiFunction<ObjectNode, String, Optional<T>> read) {
        List<T> out = new ArrayList<>();
        JsonNode node = TreeReader.present(root, key);
        if (node == null) {
            return out;
        }
        reader.list(node, key).ifPresent(list -> readAll(list, key, read, out));
        return out;
    }

    private <T> void readAll(ArrayNode list, String key, BiFunction<ObjectNode, String, Optional<T>> read,
                             List<T> out) {
        for (int i = 0; i < list.size(); i++) {
            String path = LineMap.element(key, i);
            reader.mapping(list.get(i), path).flatMap(m -> read.apply(m, path)).ifPresent(out::add);
        }
    }

    private Optional<String> uniqueId(ObjectNode item, String path) {
        Optional<String> id = reader.requiredId(item, path, Keys.ID);
        if (id.isPresent()) {
            String first = idPaths.putIfAbsent(id.get(), path);
            if (first != null) {
                reader.problem(LineMap.child(path, Keys.ID), "duplicate id '" + id.get() + "'; already used by "
                        + first);
                return Optional.empty();
            }
        }
        return id;
    }

    private Optional<SourceSpec> source(ObjectNode item, String path) {
        int before = reader.problemCount();
        reader.keys(item, path, Keys.SOURCE);
        Optional<String> id = uniqueId(item, path);
        Optional<AgentType> type = sourceType(item, path);
        Optional<String> place = placeRef(item, path, Keys.PLACE);
        OptionalDouble radius = reader.number(item, path, SourceSpec.RADIUS_M, false);
        JsonNode outflowNode = TreeReader.present(item, Keys.OUTFLOW);
        Optional<List<OutflowPoint>> outflow = Optional.of(List.of());
        OptionalDouble start = OptionalDouble.of(0);
        OptionalDouble end = OptionalDouble.of(0);
        OptionalLong people = OptionalLong.of(0);
        if (outflowNode == null) {
            start = reader.number(item, path, SourceSpec.START_HOURS, false);
            end = reader.number(item, path, SourceSpec.END_HOURS, false);
            people = reader.integer(item, path, SourceSpec.PEOPLE, true);
        } else {
            for (String k : List.of(SourceSpec.START_HOURS.key(), SourceSpec.END_HOURS.key(), SourceSpec.PEOPLE.key())) {
                if (TreeReader.present(item, k) != null) {
                    reader.problem(LineMap.child(path, k), "'" + k + "' cannot be given with '" + Keys.OUTFLOW
                            + "'; the outflow profile sets when people leave and how many");
                }
            }
            outflow = outflow(outflowNode, LineMap.child(path, Keys.OUTFLOW));
        }
        Optional<GroupSize> groupSize = groupSize(item, path);
        Optional<List<AgeGroup>> ageGroups = ageGroups(item, path);
        OptionalDouble vehicleShare = reader.number(item, path, SourceSpec.VEHICLE_SHARE, false);
        Optional<String> destination = placeRef(item, path, Keys.DESTINATION);
        Optional<List<LonLat>> area = area(item, path);
        Optional<BehaviourSet> set = behaviours.read(item, path, type, false);
        if (reader.problemCount() > before) {
            return Optional.empty();
        }
        try {
            if (!outflow.get().isEmpty()) {
                return Optional.of(SourceSpec.withProfile(id.get(), type.get(), place.get(), radius.getAsDouble(),
                        outflow.get(), groupSize.get(), destination.get(), set.get(), ageGroups.get(),
                        vehicleShare.getAsDouble(), area.get()));
            }
            return Optional.of(new SourceSpec(id.get(), type.get(), place.get(), radius.getAsDouble(),
                    start.getAsDouble(), end.getAsDouble(), (int) people.getAsLong(), groupSize.get(),
                    destination.get(), set.get(), List.of(), ageGroups.get(), vehicleShare.getAsDouble(), area.get()));
        } catch (IllegalArgumentException e) {
            // the ranges are checked above; what is left is end before start, or shares not adding up to 1
            String key = e.getMessage().contains("age groups") ? Keys.AGE_GROUPS
                    : outflowNode != null ? Keys.OUTFLOW : SourceSpec.END_HOURS.key();
            reader.problem(LineMap.child(path, key), e.getMessage());
            return Optional.empty();
        }
    }

    /** {@code outflow}: a list of [hours, people per hour] pairs, hours strictly increasing. */
    private Optional<List<OutflowPoint>> outflow(JsonNode node, String path) {
        Optional<ArrayNode> list = reader.list(node, path);
        if (list.isEmpty()) {
            return Optional.empty();
        }
        int before = reader.problemCount();
        List<OutflowPoint> out = new ArrayList<>();
        String expectation = "a pair [hours, people per hour] of non-negative numbers";
        for (int i = 0; i < list.get().size(); i++) {
            String itemPath = LineMap.element(path, i);
            JsonNode pair = list.get().get(i);
            if (!pair.isArray() || pair.size() != 2 || !pair.get(0).isNumber() || !pair.get(1).isNumber()) {
                reader.problem(itemPath, "expected " + expectation + ", got " + TreeReader.describe(pair));
                continue;
            }
            try {
                OutflowPoint p = new OutflowPoint(pair.get(0).doubleValue() + 0.0, pair.get(1).doubleValue() + 0.0);
                if (!out.isEmpty() && !(p.hours() > out.get(out.size() - 1).hours())) {
                    reader.problem(itemPath, "hours = " + org.firebreak.core.param.ParameterSpec.format(p.hours())
                            + " is not after the breakpoint before; expected hours strictly increasing");
                }
                out.add(p);
            } catch (IllegalArgumentException e) {
                reader.problem(itemPath, e.getMessage());
            }
        }
        if (reader.problemCount() == before && out.size() < 2) {
            reader.problem(path, "expected at least two breakpoints [hours, people per hour], got " + out.size());
        }
        return reader.problemCount() > before ? Optional.empty() : Optional.of(out);
    }

    /** {@code area}: a polygon of [lon, lat] vertices, simple (not self-intersecting). */
    private Optional<List<LonLat>> area(ObjectNode item, String path) {
        JsonNode node = TreeReader.present(item, Keys.AREA);
        if (node == null) {
            return Optional.of(List.of());
        }
        String areaPath = LineMap.child(path, Keys.AREA);
        Optional<ArrayNode> list = reader.list(node, areaPath);
        if (list.isEmpty()) {
            return Optional.empty();
        }
        int before = reader.problemCount();
        List<LonLat> out = new ArrayList<>();
        for (int i = 0; i < list.get().size(); i++) {
            String itemPath = LineMap.element(areaPath, i);
            JsonNode pair = list.get().get(i);
            if (!pair.isArray() || pair.size() != 2 || !pair.get(0).isNumber() || !pair.get(1).isNumber()) {
                reader.problem(itemPath, "expected a vertex [longitude, latitude] in degrees, got "
                        + TreeReader.describe(pair));
                continue;
            }
            try {
                out.add(new LonLat(pair.get(0).doubleValue() + 0.0, pair.get(1).doubleValue() + 0.0));
            } catch (IllegalArgumentException e) {
                reader.problem(itemPath, e.getMessage());
            }
        }
        if (reader.problemCount() > before) {
            return Optional.empty();
        }
        if (out.size() < 3) {
            reader.problem(areaPath, "expected a polygon of at least three vertices [longitude, latitude], got "
                    + out.size());
            return Optional.empty();
        }
        org.locationtech.jts.geom.Polygon p = SourceAreas.polygon(out);
        if (!p.isValid()) {
            reader.problem(areaPath, "the vertices do not make a simple polygon ("
                    + new org.locationtech.jts.operation.valid.IsValidOp(p).getValidationError().getMessage()
                    + "); expected the outline in order, without crossing itself");
            return Optional.empty();
        }
        return Optional.of(out);
    }

    /** {@code age_groups}: a list of mappings with share and speed spread. */
    private Optional<List<AgeGroup>> ageGroups(ObjectNode item, String path) {
        JsonNode node = TreeReader.present(item, Keys.AGE_GROUPS);
        if (node == null) {
            return Optional.of(List.of());
        }
        String listPath = LineMap.child(path, Keys.AGE_GROUPS);
        Optional<ArrayNode> list = reader.list(node, listPath);
        if (list.isEmpty()) {
            return Optional.empty();
        }
        int before = reader.problemCount();
        List<AgeGroup> out = new ArrayList<>();
        for (int i = 0; i < list.get().size(); i++) {
            String itemPath = LineMap.element(listPath, i);
            reader.mapping(list.get().get(i), itemPath).ifPresent(m -> {
                reader.keys(m, itemPath, Keys.of(AgeGroup.SPECS));
                OptionalDouble share = reader.number(m, itemPath, AgeGroup.SHARE, true);
                OptionalDouble mean = reader.number(m, itemPath, AgeGroup.SPEED_FACTOR_MEAN, false);
                OptionalDouble sd = reader.number(m, itemPath, AgeGroup.SPEED_FACTOR_SD, false);
                if (share.isPresent() && mean.isPresent() && sd.isPresent()) {
                    out.add(new AgeGroup(share.getAsDouble(), mean.getAsDouble(), sd.getAsDouble()));
                }
            });
        }
        return reader.problemCount() > before ? Optional.empty() : Optional.of(out);
    }

    private Optional<AgentType> sourceType(ObjectNode item, String path) {
        String typePath = LineMap.child(path, Keys.TYPE);
        Optional<String> text = reader.requiredText(item, path, Keys.TYPE, "one of: " + String.join(", ", SOURCE_TYPES));
        if (text.isEmpty()) {
            return Optional.empty();
        }
        if (text.get().equals(AgentType.GUARD.id())) {
            reader.problem(typePath, "guards are not a source type; place guards under '" + Keys.GUARDS
                    + "' as posts or patrols (a source's type is one of: " + String.join(", ", SOURCE_TYPES) + ")");
            return Optional.empty();
        }
        Optional<AgentType> type = AgentType.byId(text.get());
        if (type.isEmpty()) {
            reader.problem(typePath, Suggestions.unknown("agent type", text.get(), SOURCE_TYPES));
        }
        return type;
    }

    private Optional<String> placeRef(ObjectNode item, String path, String key) {
        Optional<String> id = reader.requiredText(item, path, key, "a place id of the terrain");
        id.ifPresent(p -> terrain.place(p, LineMap.child(path, key)));
        return id;
    }

    private Optional<GroupSize> groupSize(ObjectNode item, String path) {
        JsonNode node = TreeReader.present(item, Keys.GROUP_SIZE);
        if (node == null) {
            return Optional.of(GroupSize.fixed(1));
        }
        String gsPath = LineMap.child(path, Keys.GROUP_SIZE);
        Optional<ObjectNode> m = reader.mapping(node, gsPath);
        if (m.isEmpty()) {
            return Optional.empty();
        }
        int before = reader.problemCount();
        reader.keys(m.get(), gsPath, Keys.of(GroupSize.SPECS));
        OptionalLong min = reader.integer(m.get(), gsPath, GroupSize.MIN, false);
        OptionalLong max = reader.integer(m.get(), gsPath, GroupSize.MAX, false);
        OptionalDouble mean = reader.number(m.get(), gsPath, GroupSize.MEAN, false);
        if (reader.problemCount() > before) {
            return Optional.empty();
        }
        try {
            return Optional.of(new GroupSize((int) min.getAsLong(), (int) max.getAsLong(), mean.getAsDouble()));
        } catch (IllegalArgumentException e) {
            reader.problem(gsPath, e.getMessage());
            return Optional.empty();
        }
    }

    private Optional<GuardDeployment> guard(ObjectNode item, String path) {
        int before = reader.problemCount();
        reader.keys(item, path, Keys.GUARD);
        Optional<String> id = uniqueId(item, path);
        Optional<String> post = Optional.empty();
        JsonNode postNode = TreeReader.present(item, Keys.POST);
        if (postNode != null) {
            String postPath = LineMap.child(path, Keys.POST);
            post = reader.text(postNode, postPath, "a crossing id of the terrain");
            post.ifPresent(c -> terrain.crossing(c, postPath));
        }
        JsonNode patrolNode = TreeReader.present(item, Keys.PATROL);
        Optional<PatrolSector> patrol = patrolNode == null ? Optional.empty()
                : patrol(patrolNode, LineMap.child(path, Keys.PATROL));
        OptionalLong guards = reader.integer(item, path, GuardDeployment.GUARDS, true);
        OptionalLong teamSize = reader.integer(item, path, GuardDeployment.TEAM_SIZE, false);
        Optional<BehaviourSet> set = behaviours.read(item, path, Optional.of(AgentType.GUARD), patrolNode != null);
        if (reader.problemCount() > before) {
            return Optional.empty();
        }
        try {
            return Optional.of(new GuardDeployment(id.get(), post, patrol, (int) guards.getAsLong(),
                    (int) teamSize.getAsLong(), set.get()));
        } catch (IllegalArgumentException e) {
            // the ranges are checked above; what is left is post and patrol both given, or neither
            reader.problem(postNode != null && patrolNode != null ? LineMap.child(path, Keys.PATROL) : path,
                    e.getMessage());
            return Optional.empty();
        }
    }

    private Optional<PatrolSector> patrol(JsonNode node, String path) {
        Optional<ObjectNode> m = reader.mapping(node, path);
        if (m.isEmpty()) {
            return Optional.empty();
        }
        int before = reader.problemCount();
        reader.keys(m.get(), path, Keys.PATROL_KEYS);
        Optional<String> border = reader.requiredText(m.get(), path, Keys.BORDER, "a border id of the terrain");
        OptionalDouble from = reader.number(m.get(), path, PatrolSector.FROM_KM, false);
        OptionalDouble to = reader.number(m.get(), path, PatrolSector.TO_KM, true);
        border.ifPresent(b -> terrain.border(b, LineMap.child(path, Keys.BORDER)));
        if (reader.problemCount() > before) {
            return Optional.empty();
        }
        String toPath = LineMap.child(path, PatrolSector.TO_KM.key());
        try {
            PatrolSector sector = new PatrolSector(border.get(), from.getAsDouble(), to.getAsDouble());
            terrain.sector(sector.border(), sector.toKm(), toPath);
            return Optional.of(sector);
        } catch (IllegalArgumentException e) {
            reader.problem(toPath, e.getMessage());
            return Optional.empty();
        }
    }
}
