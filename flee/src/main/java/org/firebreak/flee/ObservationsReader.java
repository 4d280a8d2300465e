package org.firebreak.flee;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads FLEE's observed populations: {@code data_layout.csv} (rows {@code name,file[,file...]},
 * the first row the total series, the others one per camp) and the files it names (rows
 * {@code YYYY-MM-DD,count}, an optional header first).
 */
final class ObservationsReader {
    private ObservationsReader() {
    }

    /**
     * @param dir the directory holding data_layout.csv and the data files
     * @param label how messages name that directory, with a trailing slash (such as {@code source_data/}), or ""
     * @param locations the known locations; every camp must have a series
     * @param start the date of day 0
     * @param read receives each file read, in order, for the input hash
     * @return the observations
     * @throws FleeInputException naming the file, line and column of the first problem
     */
    static Observations read(Path dir, String label, Map<String, FleeLocation> locations, LocalDate start,
                             java.util.function.Consumer<Path> read) throws FleeInputException {
        CsvFile layout = CsvFile.read(dir.resolve("data_layout.csv"), label + "data_layout.csv");
        read.accept(dir.resolve("data_layout.csv"));
        String totalName = null;
        List<Observations.Points> total = null;
        Map<String, List<Observations.Points>> camps = new LinkedHashMap<>();
        for (CsvFile.Row r : layout.rows()) {
            String name = r.field(0);
            if (r.fields().size() < 2 || r.field(1).isEmpty()) {
                throw layout.error(r, "file", "missing; expected 'name,file.csv' (the first row is the total series)");
            }
            List<Observations.Points> parts = new ArrayList<>();
            for (int c = 1; c < r.fields().size(); c++) {
                if (r.field(c).isEmpty()) {
                    continue;
                }
                Path file = dir.resolve(r.field(c));
                parts.add(points(CsvFile.read(file, label + r.field(c)), start));
                read.accept(file);
            }
            if (total == null) {
                totalName = name;
                total = parts;
                continue;
            }
            FleeLocation loc = locations.get(name);
            if (loc == null || !loc.type().isCamp()) {
                throw layout.error(r, "name", (loc == null ? "unknown location '" + name + "'" : "'" + name
                        + "' is a " + loc.type().fileName()) + "; expected a camp of locations.csv (after the "
                        + "first row, which is the total)");
            }
            if (camps.put(name, parts) != null) {
                throw layout.error(r, "name", "'" + name + "' is listed twice; expected one row per camp");
            }
        }
        if (total == null) {
            throw new FleeInputException(layout.name(), 0, "holds no series; expected a total row, then one row per camp");
        }
        for (FleeLocation l : locations.values()) {
            if (l.type().isCamp() && !camps.containsKey(l.name())) {
                throw new FleeInputException(layout.name(), 0, "camp '" + l.name() + "' has no row; expected "
                        + "'" + l.name() + ",<file>.csv' for every camp of locations.csv");
            }
        }
        return new Observations(totalName, total, camps);
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
