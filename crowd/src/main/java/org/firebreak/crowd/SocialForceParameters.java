package org.firebreak.crowd;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.firebreak.core.param.ParameterSpec;
import org.firebreak.core.param.Parameters;

/**
 * Parameters of the social-force model ({@link SocialForceModel}).
 *
 * <p>Body force, sliding friction, mass, relaxation time and the wall terms are those of
 * Helbing, Farkas &amp; Vicsek (2000). The person-to-person social repulsion is calibrated
 * within published ranges so that the model reproduces Weidmann's (1993) fundamental diagram,
 * which the 2000 set (A = 2000 N, B = 0.08 m, isotropic, radii 0.25–0.35 m) does not: in a
 * homogeneous stream moving one way the isotropic pushes from front and back cancel, so people
 * walk at their desired speed up to about 2 /m² and then jam outright near 3 /m² (the radii are
 * too large for Weidmann's jam density of 5.4 /m²). The calibration:
 * <ul>
 * <li>anisotropy λ = 0.3 (Helbing, Buzna, Johansson &amp; Werner 2005, w = λ + (1 − λ)(1 + cos φ)/2;
 *     values of 0.06–0.5 are reported there and by Johansson, Helbing &amp; Shukla 2007), so a
 *     crowd ahead slows one down more than a crowd behind pushes one on;</li>
 * <li>range B = 0.3 m, the σ of Helbing &amp; Molnár (1995), with strength A = 165 N
 *     (A/m ≈ 2 m/s² at contact, the order of the 1995 and 2007 calibrations);</li>
 * <li>a speed-dependent space requirement τ_a = 0.3 s (Chraibi, Seyfried &amp; Schadschneider
 *     2010 use 0.53 s), without which the speed falls almost linearly with density;</li>
 * <li>wall strength A_W = 200 N (range B_W = 0.08 m as in 2000): with 2000 N a 1 m door
 *     lets people through in single file only, at 1.1 persons/(m·s) against the 1.5–2.1 measured
 *     (Seyfried et al. 2009; Kretz et al. 2006), where people pass a 1 m door in two staggered
 *     lanes;</li>
 * <li>cut-off 1.5 m, radii 0.20–0.25 m ({@link CrowdSettings}: disks that pack to about Weidmann's
 *     jam density).</li>
 * </ul>
 * With these defaults the periodic-corridor test measures speeds within 15 % of Weidmann's curve
 * at 0.5–4 persons/m² (docs/crowd.md has the table).
 *
 * @param mass m, kg
 * @param relaxationTime τ, s
 * @param socialStrength A of the person-to-person repulsion, N
 * @param socialRange B of the person-to-person repulsion, m
 * @param anisotropy λ, weight of a push from directly behind relative to one from ahead
 * @param wallStrength A of the wall repulsion, N
 * @param wallRange B of the wall repulsion, m
 * @param bodyStiffness k, kg/s²
 * @param friction κ, kg/(m·s)
 * @param speedSpace τ_a, extra social distance per m/s of speed in the walking direction, s
 * @param cutoff centre-to-centre distance beyond which people do not interact, m
 * @param speedCap speeds are capped at this multiple of the desired speed
 */
public record SocialForceParameters(double mass, double relaxationTime, double socialStrength, double socialRange,
        double anisotropy, double speedSpace, double wallStrength, double wallRange, double bodyStiffness,
        double friction, double cutoff, double speedCap) {

    /** m. */
    public static final ParameterSpec MASS = new ParameterSpec("mass", "kg", 20, 200, 80,
            "body mass (Helbing, Farkas & Vicsek 2000)");
    /** τ. */
    public static final ParameterSpec RELAXATION_TIME = new ParameterSpec("relaxation_time", "s", 0.05, 5, 0.5,
            "time to reach the desired velocity (Helbing & Molnar 1995; Helbing, Farkas & Vicsek 2000)");
    /** A. */
    public static final ParameterSpec SOCIAL_STRENGTH = new ParameterSpec("social_strength", "N", 0, 10000, 165,
            "A of the person-to-person repulsion A exp((r_ij - d_ij)/B); calibrated, see docs/crowd.md");
    /** B. */
    public static final ParameterSpec SOCIAL_RANGE = new ParameterSpec("social_range", "m", 0.01, 2, 0.3,
            "B of the person-to-person repulsion; calibrated, see docs/crowd.md");
    /** λ. */
    public static final ParameterSpec ANISOTROPY = new ParameterSpec("anisotropy", "", 0, 1, 0.3,
            "weight of a push from behind relative to one from ahead (1 = isotropic; Helbing et al. 2005)");
    /** τ_a. */
    public static final ParameterSpec SPEED_SPACE = new ParameterSpec("speed_space", "s", 0, 1, 0.3,
            "tau_a: room kept ahead grows by this many metres per m/s of walking speed "
            + "(Chraibi, Seyfried & Schadschneider 2010 use 0.53 s); calibrated, see docs/crowd.md");
    /** A of walls. */
    public static final ParameterSpec WALL_STRENGTH = new ParameterSpec("wall_strength", "N", 0, 10000, 200,
            "A of the wall repulsion; Helbing, Farkas & Vicsek 2000 use 2000 N; calibrated, see docs/crowd.md");
    /** B of walls. */
    public static final ParameterSpec WALL_RANGE = new ParameterSpec("wall_range", "m", 0.01, 1, 0.08,
            "B of the wall repulsion (Helbing, Farkas & Vicsek 2000)");
    /** k. */
    public static final ParameterSpec BODY_STIFFNESS = new ParameterSpec("body_stiffness", "kg/s2", 0, 1e7, 1.2e5,
            "k, body compression (Helbing, Farkas & Vicsek 2000)");
    /** κ. */
    public static final ParameterSpec FRICTION = new ParameterSpec("friction", "kg/(m s)", 0, 1e7, 2.4e5,
            "kappa, sliding friction (Helbing, Farkas & Vicsek 2000)");
    /** Cut-off. */
    public static final ParameterSpec CUTOFF = new ParameterSpec("cutoff", "m", 0.5, 5, 1.5,
            "centre distance beyond which people ignore each other; the repulsion is shifted to vanish there");
    /** Speed cap. */
    public static final ParameterSpec SPEED_CAP = new ParameterSpec("speed_cap", "", 1, 3, 1.3,
            "speeds capped at this multiple of the desired speed (Helbing & Molnar 1995: 1.3)");
    /** Every parameter, in file order. */
    public static final List<ParameterSpec> SPECS = List.of(MASS, RELAXATION_TIME, SOCIAL_STRENGTH, SOCIAL_RANGE,
            ANISOTROPY, SPEED_SPACE, WALL_STRENGTH, WALL_RANGE, BODY_STIFFNESS, FRICTION, CUTOFF, SPEED_CAP);

    /** Range-checks every value. */
    public SocialForceParameters {
        MASS.check(mass);
        RELAXATION_TIME.check(relaxationTime);
        SOCIAL_STRENGTH.check(socialStrength);
        SOCIAL_RANGE.check(socialRange);
        ANISOTROPY.check(anisotropy);
        SPEED_SPACE.check(speedSpace);
        WALL_STRENGTH.check(wallStrength);
        WALL_RANGE.check(wallRange);
        BODY_STIFFNESS.check(bodyStiffness);
        FRICTION.check(friction);
        CUTOFF.check(cutoff);
        SPEED_CAP.check(speedCap);
    }

    /** @return the library's calibrated defaults */
    public static SocialForceParameters defaults() {
        return of(Parameters.defaults(SPECS));
    }

    /**
     * @param p values for {@link #SPECS}
     * @return the parameters
     */
    public static SocialForceParameters of(Parameters p) {
        return new SocialForceParameters(p.get(MASS), p.get(RELAXATION_TIME), p.get(SOCIAL_STRENGTH),
                p.get(SOCIAL_RANGE), p.get(ANISOTROPY), p.get(SPEED_SPACE), p.get(WALL_STRENGTH), p.get(WALL_RANGE),
                p.get(BODY_STIFFNESS), p.get(FRICTION), p.get(CUTOFF), p.get(SPEED_CAP));
    }

    /** @return the values by key */
    public Parameters asParameters() {
        Map<String, Double> m = new LinkedHashMap<>();
        double[] v = {mass, relaxationTime, socialStrength, socialRange, anisotropy, speedSpace, wallStrength, wallRange,
            bodyStiffness, friction, cutoff, speedCap};
        for (int i = 0; i < v.length; i++) {
            m.put(SPECS.get(i).key(), v[i]);
        }
        return Parameters.of(SPECS, m);
    }
}
