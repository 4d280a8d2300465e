package org.firebreak.flee;

/**
 * One row of FLEE's {@code routes.csv}: a link usable in both directions.
 *
 * @param from one end's location name ({@code name1})
 * @param to the other end's location name ({@code name2})
 * @param distanceKm length, km, positive
 * @param forcedRedirection FLEE's {@code forced_redirection} flag (0, 1 or 2); read and kept,
 *     but, as in FLEE 3's rules, it does not change route choice
 */
public record FleeRoute(String from, String to, double distanceKm, int forcedRedirection) {
    /** Checks the link. */
    public FleeRoute {
        if (!(distanceKm > 0) || !Double.isFinite(distanceKm)) {
            throw new IllegalArgumentException("route " + from + " - " + to + ": distance " + distanceKm);
        }
        if (from.equals(to)) {
            throw new IllegalArgumentException("route from " + from + " to itself");
        }
    }

    /**
     * @param from one end
     * @param to the other end
     * @param distanceKm length, km
     * @return a link without forced redirection
     */
    public static FleeRoute of(String from, String to, double distanceKm) {
        return new FleeRoute(from, to, distanceKm, 0);
    }
}
