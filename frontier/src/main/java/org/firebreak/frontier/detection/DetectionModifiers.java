package org.firebreak.frontier.detection;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.firebreak.core.param.ParameterSpec;
import org.firebreak.core.param.Parameters;

/**
 * How conditions change detection, whatever the law: light, the sight line, cover from relief,
 * and the size of the group. Each factor is an assumption with a stated default; every default
 * leaves detection as scenario format 1 had it (daylight everywhere, no sight-line check, no
 * cover, each person detectable on their own), so files written before these keys existed
 * keep their meaning.
 *
 * @param nightRangeFactor multiplier on distances the law allows, at night
 * @param nightRateFactor multiplier on the detection intensity, at night
 * @param reliefCover k in exp(−k · slope), the intensity left on sloping ground at the target
 * @param groupExponent β in n^β, the intensity of a group of n relative to one person
 * @param lineOfSight whether the ground must not hide the target from the observer
 * @param observerHeightM the observer's eye height above the ground, metres
 * @param targetHeightM the height of the target that must be in sight, metres
 * @param terrainSampleM spacing of elevation samples for the sight line and the slope, metres
 */
public record DetectionModifiers(double nightRangeFactor, double nightRateFactor, double reliefCover,
                                 double groupExponent, boolean lineOfSight, double observerHeightM,
                                 double targetHeightM, double terrainSampleM) implements java.io.Serializable {
    /** Distances by night. */
    public static final ParameterSpec NIGHT_RANGE_FACTOR = new ParameterSpec("night_range_factor", "", 0, 1, 1,
            "multiplier on the law's distances at night (sun 6° or more below the horizon), linear through civil"
                    + " twilight; 1 = as by day, as in format 1 (assumption: unaided eyes see a walker at night at a"
                    + " fraction of the day distance)");
    /** Intensity by night. */
    public static final ParameterSpec NIGHT_RATE_FACTOR = new ParameterSpec("night_rate_factor", "", 0, 1, 1,
            "multiplier on the detection rate at night, linear through civil twilight; 1 = as by day, as in format 1"
                    + " (assumption)");
    /** Cover from relief near the target. */
    public static final ParameterSpec RELIEF_COVER = new ParameterSpec("relief_cover", "", 0, 100, 0,
            "cover from steep ground: the rate is multiplied by exp(−relief_cover · slope at the target), slope as"
                    + " rise over run; 0 = none, as in format 1 (assumption: broken ground hides walkers; 10 takes 63%"
                    + " off the rate on a 10% slope)");
    /** How a group's intensity grows with its size. */
    public static final ParameterSpec GROUP_EXPONENT = new ParameterSpec("group_exponent", "", 0, 1, 1,
            "a group of n is detected at n^group_exponent times one person's rate; 1 = each member independently"
                    + " detectable, as in format 1; 0 = a group no easier to see than one person (assumption)");
    /** Key of the sight-line switch, a boolean rather than a number. */
    public static final String LINE_OF_SIGHT = "line_of_sight";
    /** Eye height of the guard. */
    public static final ParameterSpec OBSERVER_HEIGHT_M = new ParameterSpec("observer_height_m", "m", 0, 500, 1.6,
            "guard's eye height above the ground, for the sight line (1.6 m: a standing adult; more on a tower)");
    /** Height of the target that must be seen. */
    public static final ParameterSpec TARGET_HEIGHT_M = new ParameterSpec("target_height_m", "m", 0, 10, 1.7,
            "height above the ground that must be in sight for a detection (1.7 m: the head of a standing adult;"
                    + " assumption)");
    /** Sampling of the elevation model. */
    public static final ParameterSpec TERRAIN_SAMPLE_M = new ParameterSpec("terrain_sample_m", "m", 1, 10_000, 250,
            "spacing of elevation samples along the sight line, and half the span of the slope at the target (about"
                    + " half an elevation cell or finer; finer costs more)");
    /** The numeric modifiers, in file order. */
    public static final List<ParameterSpec> SPECS = List.of(NIGHT_RANGE_FACTOR, NIGHT_RATE_FACTOR, RELIEF_COVER,
            GROUP_EXPONENT, OBSERVER_HEIGHT_M, TARGET_HEIGHT_M, TERRAIN_SAMPLE_M);
    /** Every modifier key, numbers and {@value #LINE_OF_SIGHT}, in file order. */
    public static final List<String> KEYS = List.of(NIGHT_RANGE_FACTOR.key(), NIGHT_RATE_FACTOR.key(),
            RELIEF_COVER.key(), GROUP_EXPONENT.key(), LINE_OF_SIGHT, OBSERVER_HEIGHT_M.key(), TARGET_HEIGHT_M.key(),
            TERRAIN_SAMPLE_M.key());

    /** Range-checks every value. */
    public DetectionModifiers {
        NIGHT_RANGE_FACTOR.check(nightRangeFactor);
        NIGHT_RATE_FACTOR.check(nightRateFactor);
        RELIEF_COVER.check(reliefCover);
        GROUP_EXPONENT.check(groupExponent);
        OBSERVER_HEIGHT_M.check(observerHeightM);
        TARGET_HEIGHT_M.check(targetHeightM);
        TERRAIN_SAMPLE_M.check(terrainSampleM);
    }

    /** @return every modifier at its default: detection as in scenario format 1 */
    public static DetectionModifiers defaults() {
        return of(Parameters.defaults(SPECS), false);
    }

    /**
     * @param p values for {@link #SPECS}
     * @param lineOfSight whether the ground may hide targets
     * @return the modifiers
     */
    public static DetectionModifiers of(Parameters p, boolean lineOfSight) {
        return new DetectionModifiers(p.get(NIGHT_RANGE_FACTOR), p.get(NIGHT_RATE_FACTOR), p.get(RELIEF_COVER),
                p.get(GROUP_EXPONENT), lineOfSight, p.get(OBSERVER_HEIGHT_M), p.get(TARGET_HEIGHT_M),
                p.get(TERRAIN_SAMPLE_M));
    }

    /** @return the values by key, in {@link #KEYS} order: doubles, and a boolean for {@value #LINE_OF_SIGHT} */
    public Map<String, Object> asMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(NIGHT_RANGE_FACTOR.key(), nightRangeFactor);
        m.put(NIGHT_RATE_FACTOR.key(), nightRateFactor);
        m.put(RELIEF_COVER.key(), reliefCover);
        m.put(GROUP_EXPONENT.key(), groupExponent);
        m.put(LINE_OF_SIGHT, lineOfSight);
        m.put(OBSERVER_HEIGHT_M.key(), observerHeightM);
        m.put(TARGET_HEIGHT_M.key(), targetHeightM);
        m.put(TERRAIN_SAMPLE_M.key(), terrainSampleM);
        return m;
    }
}
