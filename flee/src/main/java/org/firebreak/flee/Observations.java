package org.firebreak.flee;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Observed populations over time (FLEE's {@code source_data}: {@code data_layout.csv} and the
 * files it names): a total series, one series per camp, and possibly series for rows that name
 * no camp of locations.csv, which FLEE still counts in its spawn totals. Between two
 * observations a count is interpolated linearly and truncated to a whole number; before the
 * first it is the first, after the last the last, as FLEE's DataTable does. Several files on
 * one row are merged into one series as FLEE merges them (see {@link Points#merge}).
 */
public final class Observations {
    /**
     * One series of dated counts.
     *
     * @param days days from the start of the run, strictly increasing (may be negative)
     * @param counts counts on those days, non-negative (not necessarily whole: FLEE's
     *     {@code hasten} and registration corrections scale them)
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

        /** @return the days, a copy */
        @Override
        public int[] days() {
            return days.clone();
        }

        /** @return the counts, a copy */
        @Override
        public double[] counts() {
            return counts.clone();
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

        /**
         * Merges a second file of the same series into this one the way FLEE's
         * {@code DataTable.AddCSVTables} does, which is a step merge, not a sum of
         * interpolations: walking the other file's dates in order, this series' dates before
         * each are kept with the other's previous count (0 before its first) added; each of
         * the other's dates gets this series' count at the same date or, if there is none, at
         * its next date. This series' dates after its last one are kept at most once, and
         * whichever file runs out first ends the merge (FLEE drops the rest of the other).
         *
         * @param other the next file of the row
         * @return the merged series
         */
        public Points merge(Points other) {
            List<int[]> rows = new ArrayList<>();
            List<Double> values = new ArrayList<>();
            int offset = 0;
            double lastOther = 0;
            int last = days.length - 1;
            for (int k = 0; k < other.days.length; k++) {
                int day = other.days[k];
                double count = other.counts[k];
                while (day > days[offset]) {
                    add(rows, values, days[offset], lastOther + counts[offset]);
                    if (offset < last) {
                        offset++;
                    } else {
                        break;
                    }
                }
                if (day == days[offset]) {
                    add(rows, values, day, count + counts[offset]);
                    if (offset < last) {
                        offset++;
                    }
                    lastOther = count;
                } else if (day < days[offset]) {
                    add(rows, values, day, count + counts[offset]);
                    lastOther = count;
                }
            }
            int[] d = new int[rows.size()];
            double[] c = new double[rows.size()];
            for (int i = 0; i < d.length; i++) {
                d[i] = rows.get(i)[0];
                c[i] = values.get(i);
            }
            return new Points(d, c);
        }

        /** Appends a merged entry; FLEE repeats its last date with the same count, kept once here. */
        private static void add(List<int[]> rows, List<Double> values, int day, double count) {
            if (!rows.isEmpty() && rows.get(rows.size() - 1)[0] == day) {
                return;
            }
            rows.add(new int[] {day});
            values.add(count);
        }

        /**
         * @param divisor a divisor, positive
         * @return this series with every count divided by it, as FLEE's {@code hasten} divides them
         */
        public Points dividedBy(double divisor) {
            double[] c = counts.clone();
            for (int i = 0; i < c.length; i++) {
                c[i] /= divisor;
            }
            return new Points(days, c);
        }

        /**
         * FLEE's registration correction ({@code RefugeeTable.correctLevel1Registrations}):
         * the counts before the observation of index {@code index} are multiplied by
         * counts[index] / counts[index - 1], so that a count registered on a different basis
         * before that date joins the later ones without a jump.
         *
         * @param index an observation after the first, whose previous count is at least 1
         * @return the corrected series
         */
        public Points correctedBefore(int index) {
            if (index < 1 || index >= days.length || counts[index - 1] < 1) {
                throw new IllegalArgumentException("no correction at observation " + index);
            }
            double factor = counts[index] / counts[index - 1];
            double[] c = counts.clone();
            for (int i = 0; i < index; i++) {
                c[i] *= factor;
            }
            return new Points(days, c);
        }

        /**
         * @param day a day of the run
         * @return the index of the observation on that day, or -1
         */
        public int indexOf(int day) {
            for (int i = 0; i < days.length; i++) {
                if (days[i] == day) {
                    return i;
                }
            }
            return -1;
        }
    }

    private final String totalName;
    private final Points total;
    private final Map<String, Points> camps;
    private final Map<String, Points> others;

    /**
     * @param totalName name of the first, total series in data_layout.csv
     * @param total its files
     * @param camps the files of each camp's series, by camp name, in data_layout.csv order;
     *     several files for one camp are merged as FLEE merges them
     */
    public Observations(String totalName, List<Points> total, Map<String, List<Points>> camps) {
        this(totalName, total, camps, Map.of());
    }

    /**
     * @param totalName name of the first, total series in data_layout.csv
     * @param total its files
     * @param camps the files of each camp's series, by camp name, in data_layout.csv order;
     *     several files for one camp are merged as FLEE merges them
     * @param others the files of rows naming no camp of locations.csv, in data_layout.csv
     *     order: not compared with any camp, but counted in the daily totals as FLEE counts them
     */
    public Observations(String totalName, List<Points> total, Map<String, List<Points>> camps,
                        Map<String, List<Points>> others) {
        this.totalName = totalName;
        this.total = merged(total);
        Map<String, Points> m = new LinkedHashMap<>();
        camps.forEach((k, v) -> m.put(k, merged(v)));
        this.camps = Collections.unmodifiableMap(m);
        Map<String, Points> o = new LinkedHashMap<>();
        others.forEach((k, v) -> {
            if (m.containsKey(k)) {
                throw new IllegalArgumentException("series " + k + " given as a camp and as another series");
            }
            o.put(k, merged(v));
        });
        this.others = Collections.unmodifiableMap(o);
    }

    private static Points merged(List<Points> parts) {
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("a series needs at least one file");
        }
        Points p = parts.get(0);
        for (int i = 1; i < parts.size(); i++) {
            p = p.merge(parts.get(i));
        }
        return p;
    }

    /** @return the name of the total series */
    public String totalName() {
        return totalName;
    }

    /** @return the camps with a series, in data_layout.csv order */
    public List<String> camps() {
        return List.copyOf(camps.keySet());
    }

    /** @return the series of rows that name no camp, in data_layout.csv order */
    public List<String> others() {
        return List.copyOf(others.keySet());
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
        Points p = camps.get(camp);
        if (p == null) {
            throw new IllegalArgumentException("no observations for " + camp);
        }
        return p.valueOn(day);
    }

    /**
     * @param day a day of the run
     * @return the total series' value that day
     */
    public long totalOn(int day) {
        return total.valueOn(day);
    }

    /**
     * FLEE's sum over the series: every row of data_layout.csv after the total, camps and
     * others alike, each interpolated and truncated.
     *
     * @param day a day of the run
     * @return the sum that day
     */
    public long seriesSumOn(int day) {
        long s = 0;
        for (Points p : camps.values()) {
            s += p.valueOn(day);
        }
        for (Points p : others.values()) {
            s += p.valueOn(day);
        }
        return s;
    }
}
