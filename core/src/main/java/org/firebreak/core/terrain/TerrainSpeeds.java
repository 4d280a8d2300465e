package org.firebreak.core.terrain;

import java.util.List;
import org.firebreak.core.param.ParameterSpec;
import org.firebreak.core.param.Parameters;

/**
 * Multipliers on Tobler's walking speed by kind of ground. Tobler's function is for
 * footpaths; he gives 3/5 of it for travel off paths, which a scenario can set as
 * {@code off_road_factor}.
 *
 * @param offRoadFactor multiplier on open ground off roads
 * @param roadFactor multiplier on road cells (roads also bridge rivers)
 * @param marshFactor multiplier in marshes
 * @param vehicleRoadKmh speed of vehicles on roads, km/h
 * @param vehicleOffRoadKmh speed of vehicles off roads (to and from the road network), km/h
 */
public record TerrainSpeeds(double offRoadFactor, double roadFactor, double marshFactor, double vehicleRoadKmh,
                            double vehicleOffRoadKmh) implements java.io.Serializable {
    /** Open ground. */
    public static final ParameterSpec OFF_ROAD_FACTOR = new ParameterSpec("off_road_factor", "", 0.05, 1.5, 1.0,
            "multiplier on Tobler's speed off roads (Tobler 1993 suggests 0.6 for travel off paths)");
    /** Roads. */
    public static final ParameterSpec ROAD_FACTOR = new ParameterSpec("road_factor", "", 0.05, 1.5, 1.0,
            "multiplier on Tobler's speed on roads, for people on foot");
    /** Marsh. */
    public static final ParameterSpec MARSH_FACTOR = new ParameterSpec("marsh_factor", "", 0.01, 1.0, 0.3,
            "multiplier on Tobler's speed in marshes (assumption: wading through reeds and shallow water)");
    /** Vehicles on roads. */
    public static final ParameterSpec VEHICLE_ROAD_KMH = new ParameterSpec("vehicle_road_kmh", "km/h", 1, 130, 40,
            "speed of vehicles on roads (assumption: loaded cars on crowded roads, checkpoints included)");
    /** Vehicles off roads. */
    public static final ParameterSpec VEHICLE_OFF_ROAD_KMH = new ParameterSpec("vehicle_off_road_kmh", "km/h", 1, 60,
            10, "speed of vehicles between the road network and points off it (assumption: tracks and open ground)");
    /** All, in file order. */
    public static final List<ParameterSpec> SPECS = List.of(OFF_ROAD_FACTOR, ROAD_FACTOR, MARSH_FACTOR,
            VEHICLE_ROAD_KMH, VEHICLE_OFF_ROAD_KMH);

    /** Range-checks every value. */
    public TerrainSpeeds {
        OFF_ROAD_FACTOR.check(offRoadFactor);
        ROAD_FACTOR.check(roadFactor);
        MARSH_FACTOR.check(marshFactor);
        VEHICLE_ROAD_KMH.check(vehicleRoadKmh);
        VEHICLE_OFF_ROAD_KMH.check(vehicleOffRoadKmh);
    }

    /**
     * @param p values for {@link #SPECS}
     * @return the speeds
     */
    public static TerrainSpeeds of(Parameters p) {
        return new TerrainSpeeds(p.get(OFF_ROAD_FACTOR), p.get(ROAD_FACTOR), p.get(MARSH_FACTOR),
                p.get(VEHICLE_ROAD_KMH), p.get(VEHICLE_OFF_ROAD_KMH));
    }

    /** @return the defaults */
    public static TerrainSpeeds defaults() {
        return of(Parameters.defaults(SPECS));
    }
}
