package org.firebreak.crowd.scenario;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.firebreak.core.param.ParameterSpec;
import org.firebreak.core.param.Parameters;
import org.firebreak.crowd.CollisionFreeSpeedModel;
import org.firebreak.crowd.PedestrianModel;
import org.firebreak.crowd.SocialForceModel;
import org.firebreak.crowd.SocialForceParameters;

/**
 * The pedestrian model a scenario names by its stable id, with its parameters (defaults filled in).
 *
 * @param id {@value #SOCIAL_FORCE} or {@value #COLLISION_FREE_SPEED}
 * @param parameters every parameter of that model
 */
public record ModelChoice(String id, Parameters parameters) {
    /** Id of {@link SocialForceModel}. */
    public static final String SOCIAL_FORCE = "social-force";
    /** Id of {@link CollisionFreeSpeedModel}. */
    public static final String COLLISION_FREE_SPEED = "collision-free-speed";

    /** T of the collision-free speed model. */
    static final ParameterSpec TIME_GAP = new ParameterSpec("time_gap", "s", 0.05, 5, 1,
            "T: time gap kept to the person ahead (Tordeux, Chraibi & Seyfried 2016)");
    /** a. */
    static final ParameterSpec STRENGTH = new ParameterSpec("strength", "", 0, 100, 5,
            "a: how strongly neighbours turn the walking direction (Tordeux et al. 2016)");
    /** D. */
    static final ParameterSpec RANGE = new ParameterSpec("range", "m", 0.01, 1, 0.1,
            "D: range of that turning (Tordeux et al. 2016)");
    /** a_W. */
    static final ParameterSpec WALL_STRENGTH = new ParameterSpec("wall_strength", "", 0, 100, 5,
            "a_W: how strongly walls turn the walking direction (Tordeux et al. 2016)");
    /** D_W. */
    static final ParameterSpec WALL_RANGE = new ParameterSpec("wall_range", "m", 0.005, 1, 0.02,
            "D_W: range of the walls' turning (Tordeux et al. 2016)");

    /** Every model id with its parameters, in documented order. */
    public static final Map<String, List<ParameterSpec>> MODELS = models();

    /** Checks the id and that the parameters are the model's. */
    public ModelChoice {
        Objects.requireNonNull(parameters, "parameters");
        List<ParameterSpec> specs = MODELS.get(id);
        if (specs == null) {
            throw new IllegalArgumentException("unknown pedestrian model " + id + "; known: " + MODELS.keySet());
        }
        if (!parameters.asMap().keySet().equals(new java.util.LinkedHashSet<>(specs.stream().map(ParameterSpec::key)
                .toList()))) {
            throw new IllegalArgumentException("parameters " + parameters.asMap().keySet() + " are not those of " + id);
        }
    }

    private static Map<String, List<ParameterSpec>> models() {
        Map<String, List<ParameterSpec>> m = new LinkedHashMap<>();
        m.put(SOCIAL_FORCE, SocialForceParameters.SPECS);
        m.put(COLLISION_FREE_SPEED, List.of(TIME_GAP, STRENGTH, RANGE, WALL_STRENGTH, WALL_RANGE));
        return java.util.Collections.unmodifiableMap(m);
    }

    /** @return the social-force model with the library's calibrated defaults */
    public static ModelChoice defaults() {
        return new ModelChoice(SOCIAL_FORCE, Parameters.defaults(SocialForceParameters.SPECS));
    }

    /** @return a new instance of the model */
    public PedestrianModel create() {
        if (id.equals(SOCIAL_FORCE)) {
            return new SocialForceModel(SocialForceParameters.of(parameters));
        }
        return new CollisionFreeSpeedModel(parameters.get(TIME_GAP), parameters.get(STRENGTH), parameters.get(RANGE),
                parameters.get(WALL_STRENGTH), parameters.get(WALL_RANGE));
    }
}
