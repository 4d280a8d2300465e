package org.firebreak.flee;

/**
 * One row of FLEE's {@code locations.csv}: {@code name, region, country, lat, lon,
 * location_type, conflict_date, population}.
 *
 * @param name unique name, used by every other file
 * @param region region, informative
 * @param country country; locations outside the first location's country are foreign
 * @param latitude degrees, NaN when not given (the rules do not use coordinates)
 * @param longitude degrees, NaN when not given
 * @param type the kind of location
 * @param conflictDate for conflict zones, the day the conflict starts (0: from the start); -1 otherwise
 * @param population for camps the capacity (0: no limit), otherwise the population, which
 *     weights where new agents appear in conflict zones
 */
public record FleeLocation(String name, String region, String country, double latitude, double longitude,
                           LocationType type, int conflictDate, int population) {
    /** Checks the values that the rules depend on. */
    public FleeLocation {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("location name missing");
        }
        if (type == null) {
            throw new IllegalArgumentException("location " + name + ": type missing");
        }
        if (population < 0) {
            throw new IllegalArgumentException("location " + name + ": negative population " + population);
        }
        if (conflictDate < -1) {
            throw new IllegalArgumentException("location " + name + ": conflict date " + conflictDate);
        }
    }

    /**
     * @param name name
     * @param country country
     * @param type kind
     * @param population population, or capacity for camps
     * @return a location without region, coordinates or a later conflict date
     */
    public static FleeLocation of(String name, String country, LocationType type, int population) {
        return new FleeLocation(name, "", country, Double.NaN, Double.NaN, type,
                type == LocationType.CONFLICT_ZONE ? 0 : -1, population);
    }
}
