package org.firebreak.flee;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.firebreak.core.param.ParameterSpec;
import org.firebreak.core.scenario.Suggestions;

/** Reads what changes over a FLEE run: {@code sim_period.csv}, {@code conflicts.csv} and {@code closures.csv}. */
final class ScheduleReader {
    private ScheduleReader() {
    }

    /**
     * @param file sim_period.csv (rows {@code StartDate,YYYY-MM-DD} and {@code Length,N})
     * @return the period
     * @throws FleeInputException if a row is missing or malformed
     */
    static SimPeriod period(CsvFile file) throws FleeInputException {
        LocalDate start = null;
        Integer length = null;
        for (CsvFile.Row r : file.rows()) {
            String key = r.field(0);
            if (key.equalsIgnoreCase("StartDate")) {
                start = date(file, r, 1, "StartDate");
            } else if (key.equalsIgnoreCase("Length")) {
                length = file.integer(r, 1, "Length", "the number of days to simulate, a whole number >= 1");
                if (length < 1) {
                    throw file.error(r, "Length", length + " is not allowed; expected a whole number >= 1");
                }
            }
        }
        if (start == null) {
            throw new FleeInputException(file.name(), 0, "no StartDate row; expected 'StartDate,YYYY-MM-DD'");
        }
        if (length == null) {
            throw new FleeInputException(file.name(), 0, "no Length row; expected 'Length,<days>'");
        }
        return new SimPeriod(start, length);
    }

    /**
     * @param file the file
     * @param r the row
     * @param col the column
     * @param column its name
     * @return the field as an ISO date
     * @throws FleeInputException if it is not one
     */
    static LocalDate date(CsvFile file, CsvFile.Row r, int col, String column) throws FleeInputException {
        String s = r.field(col);
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw file.error(r, column, "'" + s + "' is not a date; expected YYYY-MM-DD");
        }
    }

    /**
     * @param file conflicts.csv: a header {@code #Day,<location>,...}, then one row per day from 0
     * @param locations the known locations
     * @return the table
     * @throws FleeInputException naming the line and column of the first problem
     */
    static ConflictTable conflicts(CsvFile file, Map<String, FleeLocation> locations) throws FleeInputException {
        CsvFile.Row header = file.commentedHeader();
        List<CsvFile.Row> rows = file.rows();
        if (header == null) {
            if (rows.isEmpty()) {
                throw new FleeInputException(file.name(), 0, "is empty; expected a header '#Day,<location>,...'");
            }
            header = rows.get(0);
            rows = rows.subList(1, rows.size());
        }
        List<String> names = new ArrayList<>();
        List<Integer> columns = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int c = 1; c < header.fields().size(); c++) {
            String name = header.field(c);
            if (name.isEmpty()) {
                continue;
            }
            if (!locations.containsKey(name)) {
                unknownColumn(file, header, rows, c, name, locations);
                continue;
            }
            if (!seen.add(name)) {
                throw file.error(header, "column " + (c + 1), "'" + name + "' has two columns; expected one");
            }
            names.add(name);
            columns.add(c);
        }
        double[][] values = new double[rows.size()][names.size()];
        for (int d = 0; d < rows.size(); d++) {
            CsvFile.Row r = rows.get(d);
            int day = file.integer(r, 0, "Day", "the day number " + d);
            if (day != d) {
                throw file.error(r, "Day", day + " is out of sequence; expected day " + d
                        + " (one row per day, from 0)");
            }
            for (int k = 0; k < names.size(); k++) {
                String column = names.get(k);
                double v = file.number(r, columns.get(k), column, "the conflict intensity, a number >= 0");
                if (v < 0) {
                    throw file.error(r, column, ParameterSpec.format(v)
                            + " is negative; expected the conflict intensity, a number >= 0");
                }
                values[d][k] = v;
            }
        }
        return new ConflictTable(names, values);
    }

    /**
     * A column for a name that is not a location: FLEE never sets its conflict, so a column of
     * zeros changes nothing and is ignored with a warning; a column that puts it in conflict
     * is refused (FLEE reports it as an error: there is no location to be in conflict).
     */
    private static void unknownColumn(CsvFile file, CsvFile.Row header, List<CsvFile.Row> rows, int c, String name,
                                      Map<String, FleeLocation> locations) throws FleeInputException {
        String column = "column " + (c + 1);
        for (CsvFile.Row r : rows) {
            String v = r.field(c);
            double intensity;
            try {
                intensity = v.isEmpty() ? 0 : Double.parseDouble(v);
            } catch (NumberFormatException e) {
                intensity = Double.NaN;
            }
            if (intensity != 0) {
                throw file.error(r, name, "'" + v + "' for '" + name + "', which is not a location; expected a name "
                        + "from locations.csv in the header of " + column + Suggestions.didYouMean(name,
                        locations.keySet()) + ", or only zeros in its column (FLEE ignores such a column)");
            }
        }
        file.warn(header, column, "'" + name + "' is not a location of locations.csv; its column holds only zeros and "
                + "is ignored, as FLEE ignores it" + Suggestions.didYouMean(name, locations.keySet()));
    }

    /**
     * @param file closures.csv: {@code closure_type,name1,name2,closure_start,closure_end}
     * @param locations the known locations
     * @param routes the known routes, to check link closures
     * @return the closures, in file order
     * @throws FleeInputException naming the line and column of the first problem
     */
    static List<Closure> closures(CsvFile file, Map<String, FleeLocation> locations, List<FleeRoute> routes)
            throws FleeInputException {
        Set<String> countries = new HashSet<>();
        locations.values().forEach(l -> countries.add(l.country()));
        List<Closure> out = new ArrayList<>();
        for (CsvFile.Row r : file.rowsAfterHeader("closure_type")) {
            if (r.fields().size() < 5) {
                throw new FleeInputException(file.name(), r.line(), "found " + r.fields().size()
                        + " column(s); expected closure_type, name1, name2, closure_start, closure_end");
            }
            Closure.Type type = Closure.Type.parse(r.field(0)).orElseThrow(() -> file.error(r, "closure_type",
                    "'" + r.field(0) + "' is not a closure type; expected one of " + Closure.Type.accepted()));
            String a = r.field(1);
            String b = r.field(2);
            switch (type) {
                case COUNTRY -> {
                    country(file, r, 1, "name1", countries);
                    country(file, r, 2, "name2", countries);
                }
                case LOCATION, CAMP, IDP_CAMP -> {
                    GraphReader.known(file, r, 1, "name1", locations);
                    b = "";
                }
                case LINK, REMOVE_FORCED_REDIRECTION -> {
                    GraphReader.known(file, r, 1, "name1", locations);
                    GraphReader.known(file, r, 2, "name2", locations);
                    String x = a;
                    String y = b;
                    if (routes.stream().noneMatch(l -> l.from().equals(x) && l.to().equals(y)
                            || l.from().equals(y) && l.to().equals(x))) {
                        throw file.error(r, "name2", "no route between '" + a + "' and '" + b
                                + "' in routes.csv; expected two locations joined by a route");
                    }
                }
                default -> throw new IllegalStateException(type.toString());
            }
            int start = day(file, r, 3, "closure_start");
            int end = day(file, r, 4, "closure_end");
            boolean camp = type == Closure.Type.CAMP || type == Closure.Type.IDP_CAMP;
            // a forced-redirection removal has no effect whatever its days (FLEE's own sets write 101,0)
            boolean inert = type == Closure.Type.REMOVE_FORCED_REDIRECTION;
            if (!camp && !inert && start >= 0 && end >= 0 && end < start) {
                throw file.error(r, "closure_end", end + " is before closure_start " + start
                        + "; expected -1 (to the end of the run) or a day >= closure_start");
            }
            out.add(new Closure(type, a, b, start, end));
        }
        return out;
    }

    private static void country(CsvFile file, CsvFile.Row r, int col, String column, Set<String> countries)
            throws FleeInputException {
        String c = r.field(col);
        if (!countries.contains(c)) {
            throw file.error(r, column, "unknown country '" + c + "'; expected a country of locations.csv"
                    + Suggestions.didYouMean(c, countries));
        }
    }

    private static int day(CsvFile file, CsvFile.Row r, int col, String column) throws FleeInputException {
        int d = file.integer(r, col, column, "a day of the run, or -1");
        if (d < -1) {
            throw file.error(r, column, d + " is not allowed; expected a day >= 0, or -1");
        }
        return d;
    }
}
