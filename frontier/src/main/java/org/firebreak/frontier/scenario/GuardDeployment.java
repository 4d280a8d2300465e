package org.firebreak.frontier.scenario;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.firebreak.core.param.ParameterSpec;

/**
 * Guards placed at the start of a run: either at a post (a crossing) or on patrol along a
 * sector of a border. Exactly one of {@code post} and {@code patrol} is present.
 *
 * @param id stable id, used in outputs
 * @param post id of the crossing the guards hold, or empty
 * @param patrol the sector they patrol, or empty
 * @param guards how many guards
 * @param teamSize guards per team (a team moves as a group)
 * @param behaviours their behaviours
 */
public record GuardDeployment(String id, Optional<String> post, Optional<PatrolSector> patrol, int guards,
                              int teamSize, BehaviourSet behaviours) implements java.io.Serializable {
    /** Number of guards. */
    public static final ParameterSpec GUARDS = new ParameterSpec("guards", "persons", 1, 100_000, 4,
            "how many guards this deployment places");
    /** Team size. */
    public static final ParameterSpec TEAM_SIZE = new ParameterSpec("team_size", "persons", 1, 1_000, 2,
            "guards per team; a team moves together");
    /** The numeric keys, in file order. */
    public static final List<ParameterSpec> SPECS = List.of(GUARDS, TEAM_SIZE);

    /** Checks every value and that exactly one of post and patrol is given. */
    public GuardDeployment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(post, "post");
        Objects.requireNonNull(patrol, "patrol");
        Objects.requireNonNull(behaviours, "behaviours");
        if (post.isPresent() == patrol.isPresent()) {
            throw new IllegalArgumentException("guard deployment " + id + ": give exactly one of post and patrol");
        }
        GUARDS.check(guards);
        TEAM_SIZE.check(teamSize);
    }
}
