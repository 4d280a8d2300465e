package org.firebreak.crowd;

import java.util.List;

/**
 * Where people appear: a Poisson stream of arrivals at a mean rate, placed at random free spots
 * of an area; each then follows the route, a list of target names (gates, waiting areas,
 * and finally a sink).
 *
 * @param name unique among sources
 * @param area where people appear
 * @param ratePerSecond mean arrivals per second, 0 for a source fed only from outside
 * @param route target names, in order
 */
public record Source(String name, Polygon area, double ratePerSecond, List<String> route) {
    /** Rejects a negative or non-finite rate and copies the route. */
    public Source {
        CrowdGeometry.requireName(name, "source");
        if (area == null) {
            throw new IllegalArgumentException("source " + name + " needs an area");
        }
        if (!(ratePerSecond >= 0) || !Double.isFinite(ratePerSecond)) {
            throw new IllegalArgumentException("source " + name + ": rate must be >= 0 persons/s, was " + ratePerSecond);
        }
        route = List.copyOf(route);
    }
}
