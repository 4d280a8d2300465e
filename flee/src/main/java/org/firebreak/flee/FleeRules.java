package org.firebreak.flee;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.firebreak.core.param.ParameterSpec;
import org.firebreak.core.param.Parameters;

/**
 * The parameters of FLEE's movement rules (Suleimenova, Bell &amp; Groen 2017, Scientific
 * Reports 7:13377; the Flee 3 rule set), each range-checked, with the pure functions that
 * turn them into decisions. The functions are the contract other models reuse: a model that
 * moves people over terrain asks them whether someone leaves today and how attractive each
 * destination is, and gets FLEE's answer.
 *
 * <p>Keys and defaults are those of FLEE's {@code simsetting.yml} ({@code move_rules}), with
 * FLEE's defaults where a file leaves a key out. Booleans are 0 or 1.
 *
 * @param maxMoveSpeedKm distance an agent can cover in a day, km ({@code max_move_speed})
 * @param maxWalkSpeedKm distance covered in a day on foot, km ({@code max_walk_speed})
 * @param startOnFoot whether the first link of a journey is walked ({@code start_on_foot})
 * @param avoidShortStints whether agents who moved little recently keep going from towns ({@code avoid_short_stints})
 * @param campWeight score multiplier of camps ({@code camp_weight})
 * @param foreignWeight score multiplier of locations outside the home country ({@code foreign_weight})
 * @param conflictWeight base of the conflict factor, raised to the intensity ({@code conflict_weight})
 * @param conflictMoveChance daily chance of leaving a conflict zone ({@code conflict_movechance})
 * @param campMoveChance daily chance of leaving a camp ({@code camp_movechance})
 * @param idpCampMoveChance daily chance of leaving an IDP camp ({@code idpcamp_movechance})
 * @param defaultMoveChance daily chance of leaving a town ({@code default_movechance})
 * @param awarenessLevel how many links ahead agents look when choosing a route ({@code awareness_level})
 * @param capacityBuffer occupancy share above which a location's attraction falls ({@code capacity_buffer})
 * @param capacityScaling multiplier on the capacities of locations.csv ({@code capacity_scaling})
 * @param distanceSofteningKm km added to every route length ({@code softening})
 * @param weightSoftening constant added to every score ({@code weight_softening})
 * @param distancePower power of the softened route length ({@code distance_power})
 * @param weightPower power of the whole weight ({@code weight_power})
 */
public record FleeRules(double maxMoveSpeedKm, double maxWalkSpeedKm, boolean startOnFoot, boolean avoidShortStints,
                        double campWeight, double foreignWeight, double conflictWeight, double conflictMoveChance,
                        double campMoveChance, double idpCampMoveChance, double defaultMoveChance, int awarenessLevel,
                        double capacityBuffer, double capacityScaling, double distanceSofteningKm,
                        double weightSoftening, double distancePower, double weightPower) implements java.io.Serializable {

    /** Daily distance. */
    public static final ParameterSpec MAX_MOVE_SPEED = new ParameterSpec("max_move_speed", "km/day", 0.001, 100_000,
            360, "distance an agent can cover in a day; FLEE's default 360 (30 km/h for 12 h), 200 in the 2017 rules");
    /** Daily distance on foot. */
    public static final ParameterSpec MAX_WALK_SPEED = new ParameterSpec("max_walk_speed", "km/day", 0.001, 100_000,
            35, "distance covered in a day on foot (3.5 km/h for 10 h), used with start_on_foot");
    /** First link on foot. */
    public static final ParameterSpec START_ON_FOOT = new ParameterSpec("start_on_foot", "", 0, 1, 0,
            "1: the first link of every journey is walked at max_walk_speed");
    /** Short-stint avoidance. */
    public static final ParameterSpec AVOID_SHORT_STINTS = new ParameterSpec("avoid_short_stints", "", 0, 1, 0,
            "1: an agent who covered less than half a day's distance on average over recent days leaves a town surely");
    /** Camp multiplier. */
    public static final ParameterSpec CAMP_WEIGHT = new ParameterSpec("camp_weight", "", 0, 1_000, 1,
            "score multiplier of camps and IDP camps; 2 in the 2017 rules");
    /** Foreign multiplier. */
    public static final ParameterSpec FOREIGN_WEIGHT = new ParameterSpec("foreign_weight", "", 0, 1_000, 1,
            "score multiplier of locations outside the home country (the country of the first location)");
    /** Conflict base. */
    public static final ParameterSpec CONFLICT_WEIGHT = new ParameterSpec("conflict_weight", "", 0, 1_000,
            1.0 / Math.sqrt(10.0), "score factor of a conflict zone is conflict_weight^intensity; FLEE's default "
                    + "1/sqrt(10), 0.25 in the 2017 rules and FLEE's settings template");
    /** Leaving a conflict zone. */
    public static final ParameterSpec CONFLICT_MOVE_CHANCE = new ParameterSpec("conflict_movechance", "", 0, 1, 1,
            "daily chance of leaving a location in conflict");
    /** Leaving a camp. */
    public static final ParameterSpec CAMP_MOVE_CHANCE = new ParameterSpec("camp_movechance", "", 0, 1, 0.001,
            "daily chance of leaving a camp");
    /** Leaving an IDP camp. */
    public static final ParameterSpec IDP_CAMP_MOVE_CHANCE = new ParameterSpec("idpcamp_movechance", "", 0, 1, 0.1,
            "daily chance of leaving an IDP camp");
    /** Leaving a town. */
    public static final ParameterSpec DEFAULT_MOVE_CHANCE = new ParameterSpec("default_movechance", "", 0, 1, 0.3,
            "daily chance of leaving a town");
    /** Look-ahead depth. */
    public static final ParameterSpec AWARENESS_LEVEL = new ParameterSpec("awareness_level", "links", 0, 4, 1,
            "how many links ahead an agent weighs destinations (markers not counted); 0: a random link");
    /** Nearly-full threshold. */
    public static final ParameterSpec CAPACITY_BUFFER = new ParameterSpec("capacity_buffer", "", 0, 0.99, 0.9,
            "occupancy share of capacity above which attraction falls linearly, to 0 when full");
    /** Capacity multiplier. */
    public static final ParameterSpec CAPACITY_SCALING = new ParameterSpec("capacity_scaling", "", 0.000001, 1_000_000,
            1, "multiplier on the capacities given in locations.csv");
    /** Distance softening. */
    public static final ParameterSpec SOFTENING = new ParameterSpec("softening", "km", 0, 100_000, 10,
            "km added to every route length so that very short routes are not favoured without bound");
    /** Score softening. */
    public static final ParameterSpec WEIGHT_SOFTENING = new ParameterSpec("weight_softening", "", 0, 1_000, 0,
            "constant added to every score, making route choice more random");
    /** Distance power. */
    public static final ParameterSpec DISTANCE_POWER = new ParameterSpec("distance_power", "", 0, 10, 1,
            "power of the softened route length in the weight; 1: inverse-linear");
    /** Weight power. */
    public static final ParameterSpec WEIGHT_POWER = new ParameterSpec("weight_power", "", 0, 10, 1,
            "power of the whole weight; 0: uniform choice, above 1: sharper preferences");

    /** Every parameter, in the order of the record's components. */
    public static final List<ParameterSpec> SPECS = List.of(MAX_MOVE_SPEED, MAX_WALK_SPEED, START_ON_FOOT,
            AVOID_SHORT_STINTS, CAMP_WEIGHT, FOREIGN_WEIGHT, CONFLICT_WEIGHT, CONFLICT_MOVE_CHANCE, CAMP_MOVE_CHANCE,
            IDP_CAMP_MOVE_CHANCE, DEFAULT_MOVE_CHANCE, AWARENESS_LEVEL, CAPACITY_BUFFER, CAPACITY_SCALING, SOFTENING,
            WEIGHT_SOFTENING, DISTANCE_POWER, WEIGHT_POWER);

    /** Range-checks every value. */
    public FleeRules {
        MAX_MOVE_SPEED.check(maxMoveSpeedKm);
        MAX_WALK_SPEED.check(maxWalkSpeedKm);
        CAMP_WEIGHT.check(campWeight);
        FOREIGN_WEIGHT.check(foreignWeight);
        CONFLICT_WEIGHT.check(conflictWeight);
        CONFLICT_MOVE_CHANCE.check(conflictMoveChance);
        CAMP_MOVE_CHANCE.check(campMoveChance);
        IDP_CAMP_MOVE_CHANCE.check(idpCampMoveChance);
        DEFAULT_MOVE_CHANCE.check(defaultMoveChance);
        AWARENESS_LEVEL.check(awarenessLevel);
        CAPACITY_BUFFER.check(capacityBuffer);
        CAPACITY_SCALING.check(capacityScaling);
        SOFTENING.check(distanceSofteningKm);
        WEIGHT_SOFTENING.check(weightSoftening);
        DISTANCE_POWER.check(distancePower);
        WEIGHT_POWER.check(weightPower);
    }

    /** @return FLEE's defaults (Flee 3, no settings file) */
    public static FleeRules defaults() {
        return of(Map.of());
    }

    /**
     * @param values values by key (a subset of {@link #SPECS}); the rest take their defaults
     * @return the rules
     * @throws IllegalArgumentException for an unknown key, a value out of range, or a flag or
     *     awareness level that is not a whole number
     */
    public static FleeRules of(Map<String, Double> values) {
        Parameters p = Parameters.of(SPECS, values);
        return new FleeRules(p.get(MAX_MOVE_SPEED), p.get(MAX_WALK_SPEED), flag(p, START_ON_FOOT),
                flag(p, AVOID_SHORT_STINTS), p.get(CAMP_WEIGHT), p.get(FOREIGN_WEIGHT), p.get(CONFLICT_WEIGHT),
                p.get(CONFLICT_MOVE_CHANCE), p.get(CAMP_MOVE_CHANCE), p.get(IDP_CAMP_MOVE_CHANCE),
                p.get(DEFAULT_MOVE_CHANCE), whole(p, AWARENESS_LEVEL), p.get(CAPACITY_BUFFER), p.get(CAPACITY_SCALING),
                p.get(SOFTENING), p.get(WEIGHT_SOFTENING), p.get(DISTANCE_POWER), p.get(WEIGHT_POWER));
    }

    private static boolean flag(Parameters p, ParameterSpec spec) {
        return whole(p, spec) == 1;
    }

    private static int whole(Parameters p, ParameterSpec spec) {
        double v = p.get(spec);
        if (v != Math.rint(v)) {
            throw new IllegalArgumentException(spec.key() + " = " + ParameterSpec.format(v)
                    + " is not a whole number; expected " + spec.expectation());
        }
        return (int) v;
    }

    /** @return every value by key, in {@link #SPECS} order (flags as 0 or 1) */
    public Map<String, Double> asMap() {
        double[] v = {maxMoveSpeedKm, maxWalkSpeedKm, startOnFoot ? 1 : 0, avoidShortStints ? 1 : 0, campWeight,
            foreignWeight, conflictWeight, conflictMoveChance, campMoveChance, idpCampMoveChance, defaultMoveChance,
            awarenessLevel, capacityBuffer, capacityScaling, distanceSofteningKm, weightSoftening, distancePower,
            weightPower};
        Map<String, Double> m = new LinkedHashMap<>();
        for (int i = 0; i < v.length; i++) {
            m.put(SPECS.get(i).key(), v[i]);
        }
        return m;
    }

    /**
     * The daily chance that an agent at a location of this kind sets off (FLEE's {@code movechance}).
     * Forwarding hubs and markers are always left (1), as in FLEE.
     *
     * @param type the kind of location the agent is at
     * @return a probability in [0, 1]
     */
    public double moveChance(LocationType type) {
        return switch (type) {
            case CONFLICT_ZONE -> conflictMoveChance;
            case TOWN -> defaultMoveChance;
            case CAMP -> campMoveChance;
            case IDP_CAMP -> idpCampMoveChance;
            case FORWARDING_HUB, MARKER -> 1.0;
        };
    }

    /**
     * The attractiveness of a destination (FLEE's location score): 1, times the foreign weight
     * if it is abroad, times the camp weight if it is a camp, times conflict_weight^intensity if
     * it is in conflict.
     *
     * @param type the kind of location (only whether it is a camp matters here)
     * @param foreign whether it lies outside the home country
     * @param conflictIntensity its conflict intensity today, 0 when there is no conflict
     * @return the score, non-negative
     */
    public double score(LocationType type, boolean foreign, double conflictIntensity) {
        double s = 1.0;
        if (foreign) {
            s *= foreignWeight;
        }
        if (type.isCamp()) {
            s *= campWeight;
        }
        if (conflictIntensity > 0) {
            s *= Math.pow(conflictWeight, conflictIntensity);
        }
        return s;
    }

    /**
     * The weight of a route ending at a destination with no capacity limit:
     * {@code ((weight_softening + score) / (softening + link + prior)^distance_power)^weight_power}.
     * With FLEE's defaults, score / (10 km + link distance + prior distance).
     *
     * @param score the destination's {@link #score}
     * @param linkDistanceKm length of the route's last link, km
     * @param priorDistanceKm length of the route before that link, km: 0 for a neighbour, the
     *     earlier links' total when looking further ahead (awareness above 1)
     * @return the weight, non-negative; route choice is proportional to it
     */
    public double linkWeight(double score, double linkDistanceKm, double priorDistanceKm) {
        return linkWeight(score, linkDistanceKm, priorDistanceKm, 1.0);
    }

    /**
     * The weight of a route to a destination whose attraction is throttled by its occupancy:
     * {@code ((weight_softening + score) / (softening + link + prior)^distance_power
     * × capacity factor)^weight_power}, as FLEE computes it.
     *
     * @param score the destination's {@link #score}
     * @param linkDistanceKm length of the route's last link, km
     * @param priorDistanceKm length of the route before that link, km
     * @param capacityFactor the destination's {@link #capacityFactor}
     * @return the weight, non-negative
     */
    public double linkWeight(double score, double linkDistanceKm, double priorDistanceKm, double capacityFactor) {
        double length = distanceSofteningKm + linkDistanceKm + priorDistanceKm;
        double w = (weightSoftening + score) / (distancePower == 1.0 ? length : Math.pow(length, distancePower))
                * capacityFactor;
        return weightPower == 1.0 ? w : Math.pow(w, weightPower);
    }

    /**
     * How much of a location's attraction is left given how full it is: 1 up to
     * capacity_buffer × capacity, then falling linearly to 0 at capacity, 0 beyond. Capacities
     * are scaled by capacity_scaling first; a scaled capacity below 1 means "no limit".
     *
     * @param occupancy agents at the location (not those on their way to it)
     * @param capacity the capacity given in locations.csv; 0 or negative for no limit
     * @return a factor in [0, 1]
     */
    public double capacityFactor(double occupancy, double capacity) {
        double cap = capacity * capacityScaling;
        if (cap < 1) {
            return 1.0;
        }
        if (occupancy <= capacityBuffer * cap) {
            return 1.0;
        }
        if (occupancy >= cap) {
            return 0.0;
        }
        return 1.0 - (occupancy - capacityBuffer * cap) / (cap * (1.0 - capacityBuffer));
    }
}
