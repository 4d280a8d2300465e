package org.firebreak.frontier.scenario;

import java.util.List;
import java.util.Objects;
import org.firebreak.core.param.ParameterSpec;

/**
 * A stretch of a border, measured along the border line from its first vertex.
 *
 * @param border border id, e.g. {@code IRN-IRQ}
 * @param fromKm start of the stretch, km along the border
 * @param toKm end of the stretch, km along the border
 */
public record PatrolSector(String border, double fromKm, double toKm) implements java.io.Serializable {
    /** Start. */
    public static final ParameterSpec FROM_KM = new ParameterSpec("from_km", "km", 0, 10_000, 0,
            "start of the sector, km along the border line from its first vertex");
    /** End. */
    public static final ParameterSpec TO_KM = new ParameterSpec("to_km", "km", 0, 10_000, 0,
            "end of the sector, km along the border line from its first vertex");
    /** The numeric keys, in file order. */
    public static final List<ParameterSpec> SPECS = List.of(FROM_KM, TO_KM);

    /** Checks every value. */
    public PatrolSector {
        Objects.requireNonNull(border, "border");
        FROM_KM.check(fromKm);
        TO_KM.check(toKm);
        if (toKm <= fromKm) {
            throw new IllegalArgumentException("to_km = " + ParameterSpec.format(toKm) + " must be greater than from_km = "
                    + ParameterSpec.format(fromKm));
        }
    }
}
