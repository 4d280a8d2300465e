package org.firebreak.crowd;

/**
 * A passage with screening lanes. The passage segment is closed to walking: people heading
 * for the gate queue in front of it, on its left side (looking from the first end to the
 * second); a free lane takes the nearest person within reach, holds them for a drawn service
 * time and then lets them out on the right side, where they head for the next target of their
 * route. The lanes split the passage into equal parts. Capacity is {@code lanes / service.mean}
 * persons per second.
 *
 * @param name unique among targets
 * @param passage the passage, entered from its left side
 * @param lanes screening lanes, at least 1
 * @param service service time of one person at one lane
 */
public record Gate(String name, Segment passage, int lanes, ServiceTime service) {
    /** Rejects missing parts and fewer than one lane. */
    public Gate {
        CrowdGeometry.requireName(name, "gate");
        if (passage == null || service == null) {
            throw new IllegalArgumentException("gate " + name + " needs a passage segment and a service time");
        }
        if (lanes < 1) {
            throw new IllegalArgumentException("gate " + name + " needs at least 1 lane, had " + lanes);
        }
    }

    /** @return persons per second the gate can serve when saturated */
    public double capacityPerSecond() {
        return lanes / service.mean();
    }
}
