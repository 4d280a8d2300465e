package org.firebreak.flee;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Everything a FLEE run needs, read and checked: the location graph, closures, conflicts,
 * the simulated period, observed camp populations if any, and the rule parameters.
 *
 * <p>{@link #read(Path)} reads a directory laid out as FLEE's are: the CSV files either in an
 * {@code input_csv} subdirectory or in the directory itself; observations in a
 * {@code source_data} subdirectory (or a {@code data_layout.csv} beside the CSV files); rule
 * parameters in an optional {@code simsetting.yml}. See docs/flee.md for the formats.
 *
 * @param locations the locations, in file order; the first one's country is the home country
 * @param routes the links, each usable both ways
 * @param closures closures, in file order
 * @param conflicts per-day conflict intensities, if given
 * @param period the date of day 0 and the number of days
 * @param observations observed camp populations, if given
 * @param rules movement rules
 * @param spawn spawning rules
 * @param spawnFallback whether spawning follows FLEE's rule for runs without observations
 *     because none were given (rather than because the settings asked for it)
 * @param inputHash SHA-256 of the input files (names and bytes, in a fixed order), or "" when built in code
 */
public record FleeInputs(List<FleeLocation> locations, List<FleeRoute> routes, List<Closure> closures,
                         Optional<ConflictTable> conflicts, SimPeriod period, Optional<Observations> observations,
                         FleeRules rules, SpawnRules spawn, boolean spawnFallback, String inputHash) {
    private static final System.Logger LOG = System.getLogger(FleeInputs.class.getName());
    /** FLEE's corrections of observed counts registered on another basis, beside locations.csv. */
    private static final String CORRECTIONS = "registration_corrections.csv";

    /** Checks that every name refers to a location and that the tables cover the period. */
    public FleeInputs {
        locations = List.copyOf(locations);
        routes = List.copyOf(routes);
        closures = List.copyOf(closures);
        Set<String> names = new HashSet<>();
        for (FleeLocation l : locations) {
            if (!names.add(l.name())) {
                throw new IllegalArgumentException("location " + l.name() + " listed twice");
            }
        }
        if (locations.isEmpty()) {
            throw new IllegalArgumentException("no locations");
        }
        for (FleeRoute r : routes) {
            if (!names.contains(r.from()) || !names.contains(r.to())) {
                throw new IllegalArgumentException("route " + r.from() + " - " + r.to() + " names an unknown location");
            }
        }
        if (conflicts.isPresent()) {
            ConflictTable c = conflicts.get();
            if (!names.containsAll(c.locations())) {
                throw new IllegalArgumentException("conflicts name an unknown location: " + c.locations());
            }
            if (c.days() < period.lengthDays()) {
                throw new IllegalArgumentException("conflicts cover " + c.days() + " days of " + period.lengthDays());
            }
        }
        if (spawn.mode() == SpawnRules.Mode.OBSERVATIONS && observations.isEmpty()) {
            throw new IllegalArgumentException("spawning from observations needs observations");
        }
        if (observations.isPresent()) {
            for (FleeLocation l : locations) {
                if (l.type().isCamp() && !observations.get().has(l.name())) {
                    throw new IllegalArgumentException("no observations for camp " + l.name());
                }
            }
        }
    }

    /**
     * Reads and checks a FLEE input directory.
     *
     * @param dir the directory
     * @return the inputs
     * @throws FleeInputException naming the file, line and column or key of the first problem
     */
    public static FleeInputs read(Path dir) throws FleeInputException {
        if (!Files.isDirectory(dir)) {
            throw new FleeInputException(dir.toString(), 0, "not a directory; expected a FLEE input directory "
                    + "holding locations.csv, routes.csv and sim_period.csv (or an input_csv subdirectory)");
        }
        boolean nested = Files.isDirectory(dir.resolve("input_csv"));
        Path csv = nested ? dir.resolve("input_csv") : dir;
        String prefix = nested ? "input_csv/" : "";
        List<Path> read = new ArrayList<>();
        List<String> labels = new ArrayList<>();

        // the settings come first because hasten scales what the other files hold; the hash
        // still takes the files in the documented order
        SimSettingsReader.Settings settings = new SimSettingsReader.Settings(FleeRules.defaults(), SpawnRules.defaults(),
                1);
        boolean hasSettings = Files.exists(dir.resolve("simsetting.yml"));
        if (hasSettings) {
            settings = SimSettingsReader.read(dir.resolve("simsetting.yml"), "simsetting.yml");
        }
        Map<String, FleeLocation> locations = hastened(GraphReader.locations(csvFile(csv, prefix, "locations.csv",
                read, labels)), settings.hasten());
        List<FleeRoute> routes = GraphReader.routes(csvFile(csv, prefix, "routes.csv", read, labels), locations);
        String periodName = !Files.exists(csv.resolve("sim_period.csv")) && Files.exists(csv.resolve("conflict_period.csv"))
                ? "conflict_period.csv" : "sim_period.csv";
        SimPeriod period = ScheduleReader.period(csvFile(csv, prefix, periodName, read, labels));
        List<Closure> closures = Files.exists(csv.resolve("closures.csv"))
                ? ScheduleReader.closures(csvFile(csv, prefix, "closures.csv", read, labels), locations, routes)
                : List.of();
        Optional<ConflictTable> conflicts = Optional.empty();
        if (Files.exists(csv.resolve("conflicts.csv"))) {
            CsvFile f = csvFile(csv, prefix, "conflicts.csv", read, labels);
            ConflictTable t = ScheduleReader.conflicts(f, locations);
            if (t.days() < period.lengthDays()) {
                throw new FleeInputException(f.name(), 0, "has rows for " + t.days() + " day(s) but " + periodName
                        + " asks for " + period.lengthDays() + "; expected a row for every simulated day (0 to "
                        + (period.lengthDays() - 1) + ")");
            }
            conflicts = Optional.of(t);
        }
        if (hasSettings) {
            read.add(dir.resolve("simsetting.yml"));
            labels.add("simsetting.yml");
        }
        Path data = Files.isDirectory(dir.resolve("source_data")) ? dir.resolve("source_data")
                : Files.exists(csv.resolve("data_layout.csv")) ? csv : null;
        Path correctionsFile = csv.resolve(CORRECTIONS);
        CsvFile corrections = Files.exists(correctionsFile) ? CsvFile.read(correctionsFile, prefix + CORRECTIONS)
                : null;
        Optional<Observations> observations = Optional.empty();
        if (data != null) {
            String label = data.equals(csv) ? prefix : "source_data/";
            int before = read.size();
            observations = Optional.of(ObservationsReader.read(data, label, locations, period.startDate(),
                    settings.hasten(), corrections, read::add));
            for (int i = before; i < read.size(); i++) {
                labels.add(label + data.relativize(read.get(i)));
            }
            if (corrections != null) {
                read.add(correctionsFile);
                labels.add(prefix + CORRECTIONS);
            }
        } else if (corrections != null) {
            LOG.log(System.Logger.Level.WARNING, "{0}{1}: not used: there are no observations to correct",
                    prefix, CORRECTIONS);
        }
        SpawnRules spawn = settings.spawn();
        boolean fallback = false;
        if (spawn.mode() == SpawnRules.Mode.OBSERVATIONS && observations.isEmpty()) {
            spawn = SpawnRules.withoutObservations(spawn.insertDay0());
            fallback = true;
            LOG.log(System.Logger.Level.INFO, "{0}: no observations (source_data/data_layout.csv); spawning by "
                    + "FLEE''s rule for runs without them: {1}", dir, spawn.describe());
        }
        FleeInputs inputs = new FleeInputs(new ArrayList<>(locations.values()), routes, closures, conflicts, period,
                observations, settings.rules(), spawn, fallback, hash(read, labels));
        String where = prefix + (conflicts.isPresent() ? "conflicts.csv" : "locations.csv");
        Optional<String> unplaceable = Spawner.unplaceable(inputs);
        if (unplaceable.isPresent()) {
            throw new FleeInputException(where, 0, unplaceable.get());
        }
        return inputs;
    }

    /** FLEE's hasten: every population (and camp capacity) divided by it, rounded down. */
    private static Map<String, FleeLocation> hastened(Map<String, FleeLocation> locations, int hasten) {
        if (hasten == 1) {
            return locations;
        }
        Map<String, FleeLocation> out = new LinkedHashMap<>();
        locations.forEach((name, l) -> out.put(name, new FleeLocation(l.name(), l.region(), l.country(), l.latitude(),
                l.longitude(), l.type(), l.conflictDate(), l.population() / hasten)));
        LOG.log(System.Logger.Level.INFO, "optimisations.hasten {0}: populations, capacities and observed counts "
                + "divided by {0}, as FLEE does", hasten);
        return out;
    }

    private static CsvFile csvFile(Path dir, String prefix, String name, List<Path> read, List<String> labels)
            throws FleeInputException {
        Path p = dir.resolve(name);
        if (!Files.exists(p)) {
            throw new FleeInputException(prefix + name, 0, "file not found in " + dir + "; a FLEE input needs "
                    + "locations.csv, routes.csv and sim_period.csv (closures.csv, conflicts.csv optional)");
        }
        read.add(p);
        labels.add(prefix + name);
        return CsvFile.read(p, prefix + name);
    }

    /**
     * SHA-256 over each file's name (as labelled), a zero byte, its length as 8 bytes and its
     * bytes, in reading order: a run's inputs are identified whatever directory they sit in.
     */
    private static String hash(List<Path> files, List<String> labels) throws FleeInputException {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (int i = 0; i < files.size(); i++) {
                byte[] bytes = Files.readAllBytes(files.get(i));
                sha.update(labels.get(i).getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(ByteBuffer.allocate(Long.BYTES).putLong(bytes.length).array());
                sha.update(bytes);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (IOException e) {
            throw new FleeInputException(labels.get(0), 0, "cannot be read: " + e.getMessage());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }

    /** @return the locations by name, in file order */
    public Map<String, FleeLocation> byName() {
        Map<String, FleeLocation> m = new LinkedHashMap<>();
        locations.forEach(l -> m.put(l.name(), l));
        return m;
    }

    /** @return the camps (ordinary and IDP), in file order: the columns of the output */
    public List<String> camps() {
        return locations.stream().filter(l -> l.type().isCamp()).map(FleeLocation::name).toList();
    }

    /**
     * @param rules other movement rules
     * @return these inputs with those rules
     */
    public FleeInputs withRules(FleeRules rules) {
        return new FleeInputs(locations, routes, closures, conflicts, period, observations, rules, spawn, spawnFallback,
                inputHash);
    }
}
