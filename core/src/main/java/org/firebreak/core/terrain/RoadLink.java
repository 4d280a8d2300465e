package org.firebreak.core.terrain;

import java.util.Objects;
import org.locationtech.jts.geom.LineString;

/**
 * One link of the road graph, between two places.
 *
 * @param id stable id
 * @param from id of the place at the line's start
 * @param to id of the place at the line's end
 * @param line the link's course, metres
 * @param kind what the link is (e.g. {@code schematic}: a straight stand-in between towns)
 */
public record RoadLink(String id, String from, String to, LineString line, String kind) {
    /** Checks every field. */
    public RoadLink {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(line, "line");
        Objects.requireNonNull(kind, "kind");
        if (line.getNumPoints() < 2) {
            throw new IllegalArgumentException("road link " + id + ": a line needs two points");
        }
    }

    /** @return length, metres */
    public double length() {
        return line.getLength();
    }
}
