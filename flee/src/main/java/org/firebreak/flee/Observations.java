package org.firebreak.flee;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Observed populations over time (FLEE's {@code source_data}: {@code data_layout.csv} and the
 * files it names): a total series and one series per camp, each a list of dated counts.
 * Between two observations a count is interpolated linearly and truncated to a whole number;
 * before the first it is the first, after the last the last, as FLEE's DataTable does.
 */
public final class Observations {
    /**
     * One file of dated counts.
     *
     * @param days days from the start of the run, strictly increasing (may be negative)
     * @param counts counts on those days, non-negative
     */
    public record Points(int[] days, double[] counts) {
        /** Checks the series. */
        public Points {
            if (days.length == 0 || days.length != counts.length) {
                throw new IllegalArgumentException("a series needs at least one observation");
            }
            for (int i = 0; i < days.length; i++) {
                if (i > 0 && days[i] <= days[i - 1]) {
                    throw new IllegalArgumentException("observation days must increase");
                }
                if (!(counts[i] >= 0) || !Double.isFinite(counts[i])) {
                    throw new IllegalArgumentException("observed count " + counts[i]);
                }
            }
            days = days.clone();
            counts = counts.clone();
        }

        /**
         * @param day a day of the run
         * @return the count on that day, interpolated and truncated
         */
        public long valueOn(int day) {
            if (day <= days[0]) {
                return (long) counts[0];
            }
            for (int i = 1; i < days.length; i++) {
                if (day < days[i]) {
                    double fraction = (double) (day - days[i - 1]) / (days[i] - days[i - 1]);
                    return (long) (counts[i - 1] + fraction * (counts[i] - counts[i - 1]));
                }
            }
            return (long) counts[counts.length - 1];
        }
    }

    private final String totalName;
    private final List<Points> total;
    private final Map<String, List<Points>> camps;

    /**
     * @param totalName name of the first, total series in data_layout.csv
     * @param total its files
     * @param camps the files of each camp's series, by camp name, in data_layout.csv order;
     *     several files for one camp are added up
     */
    public Observations(String totalName, List<Points> total, Map<String, List<Points>> camps) {
        this.totalName = totalName;
        this.total = List.copyOf(total);
        Map<String, List<Points>> m = new LinkedHashMap<>();
        camps.forEach((k, v) -> m.put(k, List.copyOf(v)));
        this.camps = Collections.unmodifiableMap(m);
    }

    /** @return the name of the total series */
    public String totalName() {
        return totalName;
    }

    /** @return the camps with a series, in data_layout.csv order */
    public List<String> camps() {
        return List.copyOf(camps.keySet());
    }

    /**
     * @param camp a camp with a series
     * @return whether it has one
     */
    public boolean has(String camp) {
        return camps.containsKey(camp);
    }

    /**
     * @param camp a camp with a series
     * @param day a day of the run
     * @return its observed population that day
     */
    public long campOn(String camp, int day) {
        List<Points> parts = camps.get(camp);
        if (parts == null) {
            throw new IllegalArgumentException("no observations for " + camp);
        }
        return sum(parts, day);
    }

    /**
     * @param day a day of the run
     * @return the total series' value that day
     */
    public long totalOn(int day) {
        return sum(total, day);
    }

    private static long sum(List<Points> parts, int day) {
        long s = 0;
        for (Points p : parts) {
            s += p.valueOn(day);
        }
        return s;
    }
}
