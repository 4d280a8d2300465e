package org.firebreak.crowd.measure;

import java.util.Objects;
import org.locationtech.jts.geom.Polygon;

/**
 * A named region M in which density and speed are measured (Seyfried et al. 2005; Steffen and
 * Seyfried 2010), in local metres.
 *
 * @param id the name used in outputs
 * @param polygon the region; valid, with positive area
 */
public record MeasurementArea(String id, Polygon polygon) {
    /** Checks the id and the polygon. */
    public MeasurementArea {
        Objects.requireNonNull(id, "measurement area id");
        Objects.requireNonNull(polygon, "measurement area polygon");
        if (id.isBlank()) {
            throw new IllegalArgumentException("measurement area id is blank; expected a name");
        }
        if (!polygon.isValid() || !(polygon.getArea() > 0)) {
            throw new IllegalArgumentException("measurement area " + id
                    + ": expected a valid polygon with positive area in m²");
        }
    }

    /** @return the area |M| in m² */
    public double area() {
        return polygon.getArea();
    }
}
