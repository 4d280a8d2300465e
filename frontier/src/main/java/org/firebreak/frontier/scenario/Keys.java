package org.firebreak.frontier.scenario;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.firebreak.core.param.ParameterSpec;
import org.firebreak.frontier.agent.kind.AgentType;

/**
 * The keys of format v1 that are not parameters, and every mapping's keys in documented
 * order. Reader, canonical writer and messages share them, so they cannot drift apart.
 */
final class Keys {
    static final String VERSION = "version";
    static final String NAME = "name";
    static final String DESCRIPTION = "description";
    static final String SEED = "seed";
    static final String TERRAIN = "terrain";
    static final String TIME = "time";
    static final String AGENTS = "agents";
    static final String CROSSINGS = "crossings";
    static final String SOURCES = "sources";
    static final String GUARDS = "guards";
    static final String REALLOCATIONS = "reallocations";
    static final String CAMPS = "camps";
    static final List<String> TOP = List.of(VERSION, NAME, DESCRIPTION, SEED, TERRAIN, TIME, AGENTS, CROSSINGS,
            SOURCES, GUARDS, REALLOCATIONS, CAMPS);
    static final List<String> TIME_KEYS = List.of(TimeSettings.STEP_SECONDS.key(), TimeSettings.DURATION_HOURS.key(),
            TimeSettings.START_UTC);

    static final String DATASET = "dataset";
    static final String FORDS = "fords";
    static final String CRS = "crs";
    static final List<String> TERRAIN_KEYS;

    static {
        List<String> k = new ArrayList<>();
        k.add(DATASET);
        TerrainSpec.specs().forEach(spec -> k.add(spec.key()));
        k.add(FORDS);
        k.add(CRS);
        TERRAIN_KEYS = List.copyOf(k);
    }

    static final String ID = "id";
    static final String TYPE = "type";
    static final String PLACE = "place";
    static final String GROUP_SIZE = "group_size";
    static final String DESTINATION = "destination";
    static final String BEHAVIOURS = "behaviours";
    static final String OUTFLOW = "outflow";
    static final String AGE_GROUPS = "age_groups";
    static final String AREA = "area";
    static final List<String> SOURCE = List.of(ID, TYPE, PLACE, AREA, SourceSpec.RADIUS_M.key(),
            SourceSpec.START_HOURS.key(), SourceSpec.END_HOURS.key(), SourceSpec.PEOPLE.key(), OUTFLOW, GROUP_SIZE,
            AGE_GROUPS, SourceSpec.VEHICLE_SHARE.key(), DESTINATION, BEHAVIOURS);
    static final String FROM = "from";
    static final String TO = "to";
    static final List<String> REALLOCATION = List.of(Reallocation.AT_HOURS.key(), FROM, TO,
            Reallocation.GUARDS.key());
    static final List<String> CAMP = List.of(ID, PLACE, Camp.CAPACITY.key());

    static final String POST = "post";
    static final String PATROL = "patrol";
    static final List<String> GUARD = List.of(ID, POST, PATROL, GuardDeployment.GUARDS.key(),
            GuardDeployment.TEAM_SIZE.key(), BEHAVIOURS);
    static final String BORDER = "border";
    static final List<String> PATROL_KEYS = List.of(BORDER, PatrolSector.FROM_KM.key(), PatrolSector.TO_KM.key());

    static final String DETECTION = "detection";
    /** Keys under {@code agents.guard}: its numbers, the detection mapping, and format 1's short form. */
    static final List<String> GUARD_AGENT;

    static {
        List<String> k = new ArrayList<>(of(GuardParameters.SPECS));
        k.add(DETECTION);
        k.addAll(of(GuardParameters.SHORT_FORM_SPECS));
        GUARD_AGENT = List.copyOf(k);
    }

    static final String PARAMETERS = "parameters";
    static final List<String> CHOICE = List.of(ID, PARAMETERS);
    static final List<String> LEVELS = Arrays.stream(DecisionLevel.values()).map(DecisionLevel::id).toList();

    private Keys() {
    }

    /**
     * @param specs parameters
     * @return their keys, in the same order
     */
    static List<String> of(List<ParameterSpec> specs) {
        List<String> out = new ArrayList<>();
        specs.forEach(s -> out.add(s.key()));
        return List.copyOf(out);
    }

    /**
     * @param type an agent type
     * @return every key allowed in its section under {@code agents}
     */
    static List<String> agentKeys(AgentType type) {
        return type == AgentType.GUARD ? GUARD_AGENT : of(agentSpecs(type));
    }

    /**
     * @param type an agent type
     * @return the numbers of its section under {@code agents} (for guards, without detection)
     */
    static List<ParameterSpec> agentSpecs(AgentType type) {
        return switch (type) {
            case REFUGEE -> RefugeeParameters.SPECS;
            case FIGHTER -> FighterParameters.SPECS;
            case GUARD -> GuardParameters.SPECS;
        };
    }
}
