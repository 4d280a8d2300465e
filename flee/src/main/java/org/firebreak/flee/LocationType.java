package org.firebreak.flee;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The kinds of location in a FLEE location graph, with the names used in the
 * {@code location_type} column of FLEE's {@code locations.csv}.
 *
 * <p>The kind sets a location's daily move chance (see {@link FleeRules#moveChance(LocationType)}),
 * whether the camp weight applies to it and whether it counts as a camp in the validation output.
 */
public enum LocationType {
    /** A place people leave because of conflict; move chance 1 by default. */
    CONFLICT_ZONE("conflict_zone"),
    /** An ordinary settlement on the way; move chance 0.3 by default ("default" in FLEE). */
    TOWN("town"),
    /** A refugee camp, usually abroad; move chance 0.001 by default; a column of the output. */
    CAMP("camp"),
    /** A camp for internally displaced people; move chance 0.1 by default; a column of the output. */
    IDP_CAMP("idpcamp"),
    /** A transit point everybody leaves the day they arrive (move chance 1). */
    FORWARDING_HUB("forwarding_hub"),
    /** A waypoint that only shapes a route: never a destination, not counted in the awareness depth. */
    MARKER("marker");

    private final String fileName;

    LocationType(String fileName) {
        this.fileName = fileName;
    }

    /** @return the name FLEE's locations.csv uses for this kind */
    public String fileName() {
        return fileName;
    }

    /** @return whether this is a camp (ordinary or IDP), which the camp weight and the output concern */
    public boolean isCamp() {
        return this == CAMP || this == IDP_CAMP;
    }

    /**
     * Reads a {@code location_type} value the way FLEE does: case-insensitively and by what the
     * value contains, tested in FLEE's order ("camp", with "idp" for IDP camps; "conflict";
     * "forward"; "marker"; "town" or "default"). So {@code conflict_zone}, {@code forwarding_hub}
     * and {@code idpcamp} are read, and so are FLEE's older spellings such as {@code conflict}.
     *
     * @param value the field as written
     * @return the kind, or empty when the value names none of them
     */
    public static Optional<LocationType> parse(String value) {
        String v = value.trim().toLowerCase(Locale.ROOT);
        if (v.contains("camp")) {
            return Optional.of(v.contains("idp") ? IDP_CAMP : CAMP);
        }
        if (v.contains("conflict")) {
            return Optional.of(CONFLICT_ZONE);
        }
        if (v.contains("forward")) {
            return Optional.of(FORWARDING_HUB);
        }
        if (v.contains("marker")) {
            return Optional.of(MARKER);
        }
        if (v.contains("town") || v.contains("default")) {
            return Optional.of(TOWN);
        }
        return Optional.empty();
    }

    /** @return the accepted names, for messages */
    public static String accepted() {
        return Arrays.stream(values()).map(LocationType::fileName).collect(Collectors.joining(", "));
    }
}
