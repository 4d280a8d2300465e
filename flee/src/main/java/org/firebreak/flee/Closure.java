package org.firebreak.flee;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One row of FLEE's {@code closures.csv}: {@code closure_type, name1, name2, closure_start,
 * closure_end}, days counted from the start of the run.
 *
 * <p>Links, locations and borders are closed in both directions on the days
 * {@code start <= day < end} ({@code end = -1}: to the end of the run). A camp closure turns
 * the camp into a town on its start day and into a camp again on its end day, as in FLEE,
 * so {@code camp,X,,-1,30} opens a camp at X on day 30.
 *
 * @param type what is closed
 * @param name1 a location, or for {@link Type#COUNTRY} a country
 * @param name2 the other location of a link, the other country of a border; empty otherwise
 * @param startDay first day of the closure, or -1 for never
 * @param endDay day of reopening, or -1 for never
 */
public record Closure(Type type, String name1, String name2, int startDay, int endDay) {
    /** What a closure closes. */
    public enum Type {
        /** Every link between locations of two countries. */
        COUNTRY("country"),
        /** Every link to and from a location. */
        LOCATION("location"),
        /** The link between two locations. */
        LINK("link"),
        /** A camp, which becomes a town while closed. */
        CAMP("camp"),
        /** An IDP camp, which becomes a town while closed. */
        IDP_CAMP("idpcamp"),
        /** FLEE's removal of a forced redirection; accepted, without effect here (see docs). */
        REMOVE_FORCED_REDIRECTION("remove_forced_redirection");

        private final String id;

        Type(String id) {
            this.id = id;
        }

        /** @return the name used in closures.csv */
        public String id() {
            return id;
        }

        /**
         * @param s a closure_type field
         * @return the type, if one has that name (case-insensitive)
         */
        public static Optional<Type> parse(String s) {
            String v = s.trim().toLowerCase(Locale.ROOT);
            return Arrays.stream(values()).filter(t -> t.id.equals(v)).findFirst();
        }

        /** @return the accepted names, for messages */
        public static String accepted() {
            return Arrays.stream(values()).map(Type::id).collect(Collectors.joining(", "));
        }
    }

    /**
     * Checks the day range: a closure that ends before it starts is refused, except a camp
     * closure (which opens a camp that way) and a forced-redirection removal (which has no effect).
     */
    public Closure {
        if (startDay < -1 || endDay < -1) {
            throw new IllegalArgumentException("closure days must be -1 or non-negative: " + startDay + ", " + endDay);
        }
        boolean reversible = type == Type.CAMP || type == Type.IDP_CAMP || type == Type.REMOVE_FORCED_REDIRECTION;
        if (!reversible && endDay >= 0 && startDay >= 0 && endDay < startDay) {
            throw new IllegalArgumentException("closure ends on day " + endDay + " before it starts on day " + startDay);
        }
    }

    /**
     * @param day a day of the run
     * @return whether a link, location or border closure holds on that day
     */
    public boolean activeOn(int day) {
        return startDay >= 0 && day >= startDay && (endDay < 0 || day < endDay);
    }
}
