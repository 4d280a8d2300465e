package org.firebreak.crowd;

/**
 * A named line for measurement code to count crossings on; the simulation only carries it.
 *
 * @param name unique among measurement lines
 * @param line the line
 */
public record MeasurementLine(String name, Segment line) {
    /** Rejects missing parts. */
    public MeasurementLine {
        CrowdGeometry.requireName(name, "measurement line");
        if (line == null) {
            throw new IllegalArgumentException("measurement line " + name + " needs a segment");
        }
    }
}
