package org.firebreak.frontier.scenario;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.firebreak.core.param.ParameterSpec;
import org.firebreak.core.param.Parameters;
import org.firebreak.core.scenario.CanonicalJson;
import org.firebreak.core.terrain.TerrainSpeeds;
import org.firebreak.frontier.agent.kind.AgentType;
import org.firebreak.frontier.detection.DetectionLaws;
import org.firebreak.frontier.detection.DetectionModel;

/**
 * The canonical form of a scenario and its content hash.
 *
 * <p>The canonical form is format-v1 JSON with every value written out, defaults included,
 * keys in documented order, crossings sorted by id and every behaviour as {@code {id,
 * parameters}} with all its parameters. Loading it gives back an equal {@link Scenario}.
 * Two files that mean the same scenario (YAML or JSON, comments, key order, defaults left
 * out or written) have the same canonical form.
 *
 * <p>The content hash identifies what a run assumed: outputs record it next to the seed, so
 * it leaves the seed out and replicates of one scenario share it.
 */
public final class ScenarioCodec {
    private ScenarioCodec() {
    }

    /**
     * @param scenario a scenario
     * @return its canonical JSON, UTF-8 text ending with a line feed, byte-stable across runs and platforms
     */
    public static String toCanonicalJson(Scenario scenario) {
        return CanonicalJson.write(tree(scenario, true));
    }

    /**
     * @param scenario a scenario
     * @return lower-case hex SHA-256 of the UTF-8 canonical JSON written without the {@code seed} key
     */
    public static String contentHash(Scenario scenario) {
        return CanonicalJson.sha256(tree(scenario, false));
    }

    private static Map<String, Object> tree(Scenario s, boolean withSeed) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put(Keys.VERSION, s.version());
        root.put(Keys.NAME, s.name());
        root.put(Keys.DESCRIPTION, s.description());
        if (withSeed) {
            root.put(Keys.SEED, s.seed());
        }
        Map<String, Object> terrain = new LinkedHashMap<>();
        terrain.put(Keys.DATASET, s.terrain().dataset());
        terrain.put(TerrainSpec.CELL_SIZE_M.key(), s.terrain().cellSizeM());
        terrain.put(TerrainSpeeds.OFF_ROAD_FACTOR.key(), s.terrain().speeds().offRoadFactor());
        terrain.put(TerrainSpeeds.ROAD_FACTOR.key(), s.terrain().speeds().roadFactor());
        terrain.put(TerrainSpeeds.MARSH_FACTOR.key(), s.terrain().speeds().marshFactor());
        terrain.put(TerrainSpeeds.VEHICLE_ROAD_KMH.key(), s.terrain().speeds().vehicleRoadKmh());
        terrain.put(TerrainSpeeds.VEHICLE_OFF_ROAD_KMH.key(), s.terrain().speeds().vehicleOffRoadKmh());
        terrain.put(Keys.FORDS, new ArrayList<Object>(s.terrain().fords()));
        s.terrain().crs().ifPresent(crs -> terrain.put(Keys.CRS, crs));
        root.put(Keys.TERRAIN, terrain);
        Map<String, Object> time = new LinkedHashMap<>(numbers(TimeSettings.SPECS, Map.of(
                TimeSettings.STEP_SECONDS.key(), s.time().stepSeconds(),
                TimeSettings.DURATION_HOURS.key(), s.time().durationHours())));
        time.put(TimeSettings.START_UTC, s.time().start().toString());
        root.put(Keys.TIME, time);
        Map<String, Object> agents = new LinkedHashMap<>();
        for (AgentType type : AgentType.values()) {
            agents.put(type.id(), parameters(s.agents().of(type).asParameters()));
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> guard = (Map<String, Object>) agents.get(AgentType.GUARD.id());
        guard.put(Keys.DETECTION, detection(s.agents().guard().detection()));
        root.put(Keys.AGENTS, agents);
        Map<String, Object> crossings = new LinkedHashMap<>();
        new TreeMap<>(s.crossings()).forEach((id, c) -> crossings.put(id, capacity(c)));
        root.put(Keys.CROSSINGS, crossings);
        List<Object> sources = new ArrayList<>();
        s.sources().forEach(source -> sources.add(source(source)));
        root.put(Keys.SOURCES, sources);
        List<Object> guards = new ArrayList<>();
        s.guards().forEach(g -> guards.add(guard(g)));
        root.put(Keys.GUARDS, guards);
        List<Object> reallocations = new ArrayList<>();
        for (Reallocation r : s.reallocations()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put(Reallocation.AT_HOURS.key(), r.atHours());
            m.put(Keys.FROM, r.from());
            m.put(Keys.TO, r.to());
            m.put(Reallocation.GUARDS.key(), r.guards());
            reallocations.add(m);
        }
        root.put(Keys.REALLOCATIONS, reallocations);
        List<Object> camps = new ArrayList<>();
        for (Camp c : s.camps()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put(Keys.ID, c.id());
            m.put(Keys.PLACE, c.place());
            m.put(Camp.CAPACITY.key(), c.capacity());
            camps.add(m);
        }
        root.put(Keys.CAMPS, camps);
        return root;
    }

    /** The law's id, its parameters in spec order, then the modifiers in documented order. */
    private static Map<String, Object> detection(DetectionModel d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(DetectionLaws.LAW_KEY, d.lawId());
        m.putAll(d.lawParameters().asMap());
        m.putAll(d.modifiers().asMap());
        return m;
    }

    private static Map<String, Object> capacity(CrossingCapacity c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(CrossingCapacity.LANES.key(), c.lanes());
        m.put(CrossingCapacity.SERVICE_SECONDS_MEAN.key(), c.serviceSecondsMean());
        m.put(CrossingCapacity.FIGHTER_DETECTION_PROBABILITY.key(), c.fighterDetectionProbability());
        m.put(CrossingCapacity.CLOSED_FROM_HOURS.key(), c.closedFromHours());
        m.put(CrossingCapacity.CLOSED_TO_HOURS.key(), c.closedToHours());
        return m;
    }

    private static Map<String, Object> source(SourceSpec s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(Keys.ID, s.id());
        m.put(Keys.TYPE, s.type().id());
        m.put(Keys.PLACE, s.place());
        if (!s.area().isEmpty()) {
            List<Object> area = new ArrayList<>();
            s.area().forEach(v -> area.add(List.of(v.lon(), v.lat())));
            m.put(Keys.AREA, area);
        }
        m.put(SourceSpec.RADIUS_M.key(), s.radiusM());
        if (s.outflow().isEmpty()) {
            m.put(SourceSpec.START_HOURS.key(), s.startHours());
            m.put(SourceSpec.END_HOURS.key(), s.endHours());
            m.put(SourceSpec.PEOPLE.key(), s.people());
        } else {
            List<Object> outflow = new ArrayList<>();
            s.outflow().forEach(p -> outflow.add(List.of(p.hours(), p.perHour())));
            m.put(Keys.OUTFLOW, outflow);
        }
        Map<String, Object> group = new LinkedHashMap<>();
        group.put(GroupSize.MIN.key(), s.groupSize().min());
        group.put(GroupSize.MAX.key(), s.groupSize().max());
        group.put(GroupSize.MEAN.key(), s.groupSize().mean());
        m.put(Keys.GROUP_SIZE, group);
        List<Object> ages = new ArrayList<>();
        for (AgeGroup a : s.ageGroups()) {
            Map<String, Object> g = new LinkedHashMap<>();
            g.put(AgeGroup.SHARE.key(), a.share());
            g.put(AgeGroup.SPEED_FACTOR_MEAN.key(), a.speedFactorMean());
            g.put(AgeGroup.SPEED_FACTOR_SD.key(), a.speedFactorSd());
            ages.add(g);
        }
        m.put(Keys.AGE_GROUPS, ages);
        m.put(SourceSpec.VEHICLE_SHARE.key(), s.vehicleShare());
        m.put(Keys.DESTINATION, s.destination());
        m.put(Keys.BEHAVIOURS, behaviours(s.behaviours()));
        return m;
    }

    private static Map<String, Object> guard(GuardDeployment g) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(Keys.ID, g.id());
        g.post().ifPresent(post -> m.put(Keys.POST, post));
        g.patrol().ifPresent(p -> {
            Map<String, Object> patrol = new LinkedHashMap<>();
            patrol.put(Keys.BORDER, p.border());
            patrol.put(PatrolSector.FROM_KM.key(), p.fromKm());
            patrol.put(PatrolSector.TO_KM.key(), p.toKm());
            m.put(Keys.PATROL, patrol);
        });
        m.put(GuardDeployment.GUARDS.key(), g.guards());
        m.put(GuardDeployment.TEAM_SIZE.key(), g.teamSize());
        m.put(Keys.BEHAVIOURS, behaviours(g.behaviours()));
        return m;
    }

    private static Map<String, Object> behaviours(BehaviourSet set) {
        Map<DecisionLevel, BehaviourChoice> byLevel = new HashMap<>();
        byLevel.put(DecisionLevel.STRATEGIC, set.strategic());
        byLevel.put(DecisionLevel.TACTICAL, set.tactical());
        byLevel.put(DecisionLevel.OPERATIONAL, set.operational());
        Map<String, Object> m = new LinkedHashMap<>();
        for (DecisionLevel level : DecisionLevel.values()) {
            BehaviourChoice c = byLevel.get(level);
            Map<String, Object> choice = new LinkedHashMap<>();
            choice.put(Keys.ID, c.id());
            choice.put(Keys.PARAMETERS, parameters(c.parameters()));
            m.put(level.id(), choice);
        }
        return m;
    }

    /** Parameters keep their spec order, which is the documented order. */
    private static Map<String, Object> parameters(Parameters p) {
        return new LinkedHashMap<>(p.asMap());
    }

    private static Map<String, Object> numbers(List<ParameterSpec> specs, Map<String, Double> values) {
        Map<String, Object> m = new LinkedHashMap<>();
        specs.forEach(spec -> m.put(spec.key(), values.get(spec.key())));
        return m;
    }
}
