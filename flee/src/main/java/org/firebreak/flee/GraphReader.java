package org.firebreak.flee;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.firebreak.core.param.ParameterSpec;
import org.firebreak.core.scenario.Suggestions;

/** Reads FLEE's location graph: {@code locations.csv} and {@code routes.csv}. */
final class GraphReader {
    private static final String LOCATION_COLUMNS =
            "name, region, country, lat, lon, location_type, conflict_date, population";

    private GraphReader() {
    }

    /**
     * @param file locations.csv
     * @return the locations, by name, in file order
     * @throws FleeInputException naming the line and column of the first problem
     */
    static Map<String, FleeLocation> locations(CsvFile file) throws FleeInputException {
        Map<String, FleeLocation> out = new LinkedHashMap<>();
        for (CsvFile.Row r : file.rowsAfterHeader("name")) {
            if (r.fields().size() < 6) {
                throw new FleeInputException(file.name(), r.line(), "found " + r.fields().size()
                        + " column(s); expected 8: " + LOCATION_COLUMNS);
            }
            String name = r.field(0);
            if (name.isEmpty()) {
                throw file.error(r, "name", "missing; expected a unique location name");
            }
            if (out.containsKey(name)) {
                throw file.error(r, "name", "'" + name + "' is listed twice; expected unique names");
            }
            double lat = coordinate(file, r, 3, "lat");
            double lon = coordinate(file, r, 4, "lon");
            LocationType type = LocationType.parse(r.field(5)).orElseThrow(() -> file.error(r, "location_type",
                    "'" + r.field(5) + "' is not a location type; expected one of " + LocationType.accepted()));
            int conflictDate = -1;
            if (type == LocationType.CONFLICT_ZONE) {
                conflictDate = r.field(6).isEmpty() ? 0 : file.integer(r, 6, "conflict_date",
                        "the day the conflict starts, a whole number >= 0");
                if (conflictDate < 0) {
                    throw file.error(r, "conflict_date", conflictDate + " is negative; expected a day >= 0");
                }
            }
            int population = 0;
            if (!r.field(7).isEmpty()) {
                population = file.integer(r, 7, "population", "a whole number >= 0 (the capacity for camps)");
                if (population < 0) {
                    throw file.error(r, "population", population + " is negative; expected a whole number >= 0");
                }
            }
            out.put(name, new FleeLocation(name, r.field(1), r.field(2), lat, lon, type, conflictDate, population));
        }
        if (out.isEmpty()) {
            throw new FleeInputException(file.name(), 0, "holds no locations; expected rows of " + LOCATION_COLUMNS);
        }
        return out;
    }

    private static double coordinate(CsvFile file, CsvFile.Row r, int col, String column) throws FleeInputException {
        return r.field(col).isEmpty() ? Double.NaN : file.number(r, col, column, "degrees, or nothing");
    }

    /**
     * @param file routes.csv
     * @param locations the known locations
     * @return the routes, in file order
     * @throws FleeInputException naming the line and column of the first problem
     */
    static List<FleeRoute> routes(CsvFile file, Map<String, FleeLocation> locations) throws FleeInputException {
        List<FleeRoute> out = new ArrayList<>();
        for (CsvFile.Row r : file.rowsAfterHeader("name1")) {
            if (r.fields().size() < 3) {
                throw new FleeInputException(file.name(), r.line(), "found " + r.fields().size()
                        + " column(s); expected name1, name2, distance[, forced_redirection]");
            }
            String a = known(file, r, 0, "name1", locations);
            String b = known(file, r, 1, "name2", locations);
            if (a.equals(b)) {
                throw file.error(r, "name2", "'" + b + "' is name1 too; expected a route between two locations");
            }
            double km = file.number(r, 2, "distance", "the route's length in km, a positive number");
            if (km <= 0) {
                throw file.error(r, "distance", ParameterSpec.format(km)
                        + " is not positive; expected the route's length in km, a positive number");
            }
            int forced = 0;
            if (!r.field(3).isEmpty()) {
                forced = file.integer(r, 3, "forced_redirection", "0, 1 or 2");
                if (forced < 0 || forced > 2) {
                    throw file.error(r, "forced_redirection", forced + " is not allowed; expected 0, 1 or 2");
                }
            }
            out.add(new FleeRoute(a, b, km, forced));
        }
        return out;
    }

    /**
     * @param file the file
     * @param r the row
     * @param col the column holding a location name
     * @param column the column's name
     * @param locations the known locations
     * @return the name, if known
     * @throws FleeInputException if it names no location of locations.csv
     */
    static String known(CsvFile file, CsvFile.Row r, int col, String column, Map<String, FleeLocation> locations)
            throws FleeInputException {
        String name = r.field(col);
        if (name.isEmpty()) {
            throw file.error(r, column, "missing; expected a location name from locations.csv");
        }
        if (!locations.containsKey(name)) {
            throw file.error(r, column, "unknown location '" + name + "'; expected a name from locations.csv"
                    + Suggestions.didYouMean(name, locations.keySet()));
        }
        return name;
    }
}
