package org.firebreak.flee;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Writes small FLEE input directories for tests, file by file. */
final class FleeDirs {
    private final Path dir;
    private final Map<String, String> files = new LinkedHashMap<>();

    private FleeDirs(Path dir) {
        this.dir = dir;
    }

    /**
     * @param dir where to write
     * @return a builder with a 10-day period starting 2030-01-01
     */
    static FleeDirs in(Path dir) {
        return new FleeDirs(dir).file("sim_period.csv", "StartDate,2030-01-01\nLength,10\n");
    }

    FleeDirs file(String name, String content) {
        files.put(name, content);
        return this;
    }

    FleeDirs locations(String rows) {
        return file("locations.csv", "#name,region,country,lat,lon,location_type,conflict_date,population\n" + rows);
    }

    FleeDirs routes(String rows) {
        return file("routes.csv", "#name1,name2,distance,forced_redirection\n" + rows);
    }

    FleeDirs days(int days) {
        return file("sim_period.csv", "StartDate,2030-01-01\nLength," + days + "\n");
    }

    /** Move rules as simsetting.yml lines ("key: value"), with no agents spawned unless asked. */
    FleeDirs settings(String moveRules) {
        return file("simsetting.yml", "move_rules:\n" + moveRules.lines().map(l -> "  " + l + "\n")
                .reduce("", String::concat) + "spawn_rules:\n  conflict_driven_spawning:\n"
                + "    spawn_mode: constant\n    displaced_per_conflict_day: 0\n");
    }

    Path write() {
        try {
            Files.createDirectories(dir);
            for (Map.Entry<String, String> e : files.entrySet()) {
                Path p = dir.resolve(e.getKey());
                Files.createDirectories(p.getParent());
                Files.writeString(p, e.getValue());
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    FleeInputs read() throws FleeInputException {
        return FleeInputs.read(write());
    }
}
