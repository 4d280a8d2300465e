package org.firebreak.crowd;

/**
 * An area people walk into and stay in for a drawn time (they stop walking but still push and
 * are pushed), before heading for the next target of their route.
 *
 * @param name unique among targets
 * @param area the area
 * @param stay how long each person stays once inside
 */
public record WaitingArea(String name, Polygon area, ServiceTime stay) {
    /** Rejects missing parts. */
    public WaitingArea {
        CrowdGeometry.requireName(name, "waiting area");
        if (area == null || stay == null) {
            throw new IllegalArgumentException("waiting area " + name + " needs an area and a stay time");
        }
    }
}
