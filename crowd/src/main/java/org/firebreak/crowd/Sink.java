package org.firebreak.crowd;

/**
 * Where people leave: a person heading here is removed once its centre is inside the area.
 *
 * @param name unique among targets
 * @param area the exit area
 */
public record Sink(String name, Polygon area) {
    /** Rejects missing parts. */
    public Sink {
        CrowdGeometry.requireName(name, "sink");
        if (area == null) {
            throw new IllegalArgumentException("sink " + name + " needs an area");
        }
    }
}
