package org.firebreak.flee;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.firebreak.core.param.ParameterSpec;
import org.firebreak.core.scenario.Suggestions;

/**
 * Reads FLEE's observed populations: {@code data_layout.csv} (rows {@code name,file[,file...]},
 * the first row the total series, the others one per camp, or for places FLEE only counts)
 * and the files it names (rows {@code YYYY-MM-DD,count}, an optional header first), with
 * FLEE's registration corrections applied.
 */
final class ObservationsReader {
    private ObservationsReader() {
    }

    /**
     * @param dir the directory holding data_layout.csv and the data files
     * @param label how messages name that directory, with a trailing slash (such as {@code source_data/}), or ""
     * @param locations the known locations; every camp must have a series
     * @param start the date of day 0
     * @param hasten divisor of every count (FLEE's {@code hasten}; 1: none)
     * @param corrections FLEE's registration_corrections.csv, or null
     * @param read receives each file read, in order, for the input hash
     * @return the observations, corrected
     * @throws FleeInputException naming the file, line and column of the first problem
     */
    static Observations read(Path dir, String label, Map<String, FleeLocation> locations, LocalDate start,
                             int hasten, CsvFile corrections, Consumer<Path> read) throws FleeInputException {
        CsvFile layout = CsvFile.read(dir.resolve("data_layout.csv"), label + "data_layout.csv");
        read.accept(dir.resolve("data_layout.csv"));
        String totalName = null;
        // every series by name, merged, in layout order: the total first
        Map<String, Observations.Points> series = new LinkedHashMap<>();
        Map<String, String> fileOf = new LinkedHashMap<>();
        List<String> camps = new ArrayList<>();
        List<String> others = new ArrayList<>();
        for (CsvFile.Row r : layout.rows()) {
            String name = r.field(0);
            if (r.fields().size() < 2 || r.field(1).isEmpty()) {
                throw layout.error(r, "file", "missing; expected 'name,file.csv' (the first row is the total series)");
            }
            Observations.Points merged = null;
            for (int c = 1; c < r.fields().size(); c++) {
                if (r.field(c).isEmpty()) {
                    continue;
                }
                Path file = dir.resolve(r.field(c));
                Observations.Points p = points(CsvFile.read(file, label + r.field(c)), start);
                read.accept(file);
                p = hasten == 1 ? p : p.dividedBy(hasten);
                merged = merged == null ? p : merged.merge(p);
            }
            if (totalName == null) {
                totalName = name;
                series.put(name, merged);
                fileOf.put(name, label + r.field(1));
                continue;
            }
            if (camps.contains(name) || others.contains(name)) {
                throw layout.error(r, "name", "'" + name + "' is listed twice; expected one row per camp");
            }
            FleeLocation loc = locations.get(name);
            if (loc != null && loc.type().isCamp()) {
                camps.add(name);
            } else {
                layout.warn(r, "name", (loc == null ? "'" + name + "' is not a location of locations.csv"
                        : "'" + name + "' is a " + loc.type().fileName() + ", not a camp") + "; its series is "
                        + "compared with no camp but counted in the daily totals, as FLEE counts it");
                others.add(name);
            }
            series.put(name, merged);
            fileOf.put(name, label + r.field(1));
        }
        if (totalName == null) {
            throw new FleeInputException(layout.name(), 0, "holds no series; expected a total row, then one row per camp");
        }
        for (FleeLocation l : locations.values()) {
            if (l.type().isCamp() && !camps.contains(l.name())) {
                throw new FleeInputException(layout.name(), 0, "camp '" + l.name() + "' has no row; expected "
                        + "'" + l.name() + ",<file>.csv' for every camp of locations.csv");
            }
        }
        if (corrections != null) {
            correct(corrections, series, fileOf, start, layout.name());
        }
        Map<String, List<Observations.Points>> campSeries = new LinkedHashMap<>();
        camps.forEach(c -> campSeries.put(c, List.of(series.get(c))));
        Map<String, List<Observations.Points>> otherSeries = new LinkedHashMap<>();
        others.forEach(c -> otherSeries.put(c, List.of(series.get(c))));
        return new Observations(totalName, List.of(series.get(totalName)), campSeries, otherSeries);
    }

    /**
     * Applies FLEE's registration_corrections.csv (rows {@code name,YYYY-MM-DD[,normalize]}) in
     * file order, as {@code RefugeeTable.correctLevel1Registrations} does: a date before the
     * start is ignored; otherwise it must be an observation date of the named series, not its
     * first, and every earlier count is scaled by (count that date) / (count the observation
     * before). FLEE stops on the other cases, so they are refused.
     */
    private static void correct(CsvFile file, Map<String, Observations.Points> series, Map<String, String> fileOf,
                                LocalDate start, String layoutName) throws FleeInputException {
        for (CsvFile.Row r : file.rowsAfterHeader("name")) {
            if (r.fields().size() < 2) {
                continue; // FLEE reads only rows with a name and a date
            }
            String name = r.field(0);
            Observations.Points p = series.get(name);
            if (p == null) {
                throw file.error(r, "name", "'" + name + "' has no row in " + layoutName + "; expected the name of a "
                        + "series of " + layoutName + Suggestions.didYouMean(name, series.keySet()));
            }
            LocalDate date = ScheduleReader.date(file, r, 1, "date");
            long day = ChronoUnit.DAYS.between(start, date);
            if (day < 0) {
                continue; // before the run: FLEE ignores the correction
            }
            int i = day > Integer.MAX_VALUE ? -1 : p.indexOf((int) day);
            if (i < 1) {
                throw file.error(r, "date", date + (i == 0 ? " is the first observation" : " is no observation date")
                        + " of '" + name + "' (" + fileOf.get(name) + "); expected the date of one of its later rows, "
                        + "where the counts before it are rescaled to join it");
            }
            double before = p.counts()[i - 1];
            if (before < 1) {
                throw file.error(r, "date", "the observation of '" + name + "' before " + date + " is "
                        + ParameterSpec.format(before) + "; expected at least 1, to scale the earlier counts by");
            }
            series.put(name, p.correctedBefore(i));
        }
    }

    private static Observations.Points points(CsvFile file, LocalDate start) throws FleeInputException {
        List<CsvFile.Row> rows = file.rows();
        if (!rows.isEmpty() && !isDate(rows.get(0).field(0))) {
            rows = rows.subList(1, rows.size());
        }
        if (rows.isEmpty()) {
            throw new FleeInputException(file.name(), 0, "holds no observations; expected rows 'YYYY-MM-DD,count'");
        }
        int[] days = new int[rows.size()];
        double[] counts = new double[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            CsvFile.Row r = rows.get(i);
            LocalDate date = ScheduleReader.date(file, r, 0, "date");
            long day = ChronoUnit.DAYS.between(start, date);
            if (Math.abs(day) > 1_000_000) {
                throw file.error(r, "date", date + " is too far from the start date " + start);
            }
            days[i] = (int) day;
            if (i > 0 && days[i] <= days[i - 1]) {
                throw file.error(r, "date", date + " is not after the previous row's date; expected dates in "
                        + "increasing order");
            }
            counts[i] = file.number(r, 1, "count", "the observed population, a number >= 0");
            if (counts[i] < 0) {
                throw file.error(r, "count", r.field(1) + " is negative; expected the observed population, "
                        + "a number >= 0");
            }
        }
        return new Observations.Points(days, counts);
    }

    private static boolean isDate(String s) {
        try {
            LocalDate.parse(s);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
