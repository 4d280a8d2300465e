package org.firebreak.flee;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.firebreak.core.param.ParameterSpec;
import org.firebreak.core.scenario.Suggestions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads the rule parameters from FLEE's {@code simsetting.yml}: {@code move_rules} and
 * {@code spawn_rules}. A setting FLEE knows but these rules do not model is accepted only at
 * its FLEE default, where it has no effect, so a file never silently asks for something else.
 */
final class SimSettingsReader {
    private static final System.Logger LOG = System.getLogger(SimSettingsReader.class.getName());
    /**
     * @param rules the movement rules
     * @param spawn the spawning rules (mode {@link SpawnRules.Mode#OBSERVATIONS} unless the
     *     file asks for conflict-driven spawning)
     * @param hasten FLEE's {@code optimisations.hasten}: populations, capacities and observed
     *     counts are divided by it (1: unchanged)
     */
    record Settings(FleeRules rules, SpawnRules spawn, int hasten) {
    }

    /** FLEE move_rules keys that only tune rules left out here, so any value is harmless. */
    private static final Set<String> MOVE_IGNORED = Set.of("max_crossing_speed", "home_distance_power",
            "pop_power_for_loc_weight", "movechance_pop_base");
    /** FLEE move_rules switches for rules left out here, with the value that keeps them off. */
    private static final Map<String, Double> MOVE_OFF = Map.of("use_v1_rules", 0.0, "stay_close_to_home", 0.0,
            "use_pop_for_loc_weight", 0.0, "movechance_pop_scale_factor", 0.0, "ChildrenAvoidHazards", 0.0,
            "BoysTakeRisk", 0.0, "MatchCampEthnicity", 0.0, "MatchTownEthnicity", 0.0, "MatchConflictEthnicity", 0.0);
    private static final Set<String> SPAWN_IGNORED = Set.of("conflict_zone_spawning_only");
    private static final Map<String, Double> SPAWN_OFF = Map.of("take_from_population", 0.0,
            "flood_zone_spawning_only", 0.0, "camps_are_sicks", 0.0, "read_from_agents_csv_file", 0.0,
            "empty_camps_on_day0", 0.0);
    private static final Set<String> SECTIONS_IGNORED = Set.of("log_levels", "number_of_steps", "conflict_input_file");

    private final String label;

    private SimSettingsReader(String label) {
        this.label = label;
    }

    /**
     * @param file simsetting.yml
     * @param label how messages name it
     * @return the settings
     * @throws FleeInputException naming the line and key of the first problem
     */
    static Settings read(Path file, String label) throws FleeInputException {
        Node root;
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            root = new Yaml(new LoaderOptions()).compose(r);
        } catch (IOException e) {
            throw new FleeInputException(label, 0, "cannot be read: " + e.getMessage());
        } catch (YAMLException e) {
            throw new FleeInputException(label, 0, "is not valid YAML: " + e.getMessage().lines().findFirst()
                    .orElse(""));
        }
        return new SimSettingsReader(label).settings(root);
    }

    private Settings settings(Node root) throws FleeInputException {
        Map<String, Double> move = new HashMap<>();
        SpawnRules spawn = SpawnRules.defaults();
        int hasten = 1;
        if (root != null) {
            for (NodeTuple t : mapping(root, "the file").getValue()) {
                String key = key(t);
                switch (key) {
                    case "move_rules" -> moveRules(t.getValueNode(), move);
                    case "spawn_rules" -> spawn = spawnRules(t.getValueNode());
                    case "optimisations" -> hasten = optimisations(t.getValueNode());
                    default -> {
                        if (!SECTIONS_IGNORED.contains(key)) {
                            throw error(t.getKeyNode(), key, "unknown section; expected move_rules, spawn_rules, "
                                    + "optimisations, log_levels");
                        }
                    }
                }
            }
        }
        try {
            return new Settings(FleeRules.of(move), spawn, hasten);
        } catch (IllegalArgumentException e) {
            throw new FleeInputException(label, 0, "move_rules." + e.getMessage());
        }
    }

    private void moveRules(Node node, Map<String, Double> out) throws FleeInputException {
        Set<String> known = new TreeSet<>();
        FleeRules.SPECS.forEach(s -> known.add(s.key()));
        for (NodeTuple t : mapping(node, "move_rules").getValue()) {
            String key = key(t);
            String path = "move_rules." + key;
            if (known.contains(key)) {
                ParameterSpec spec = FleeRules.SPECS.stream().filter(s -> s.key().equals(key)).findFirst().orElseThrow();
                double v = number(t.getValueNode(), path);
                if (!spec.accepts(v)) {
                    throw error(t.getValueNode(), path, ParameterSpec.format(v) + " is out of range; expected "
                            + spec.expectation());
                }
                out.put(key, v);
            } else if (MOVE_OFF.containsKey(key)) {
                off(t, path, MOVE_OFF.get(key));
            } else if (!MOVE_IGNORED.contains(key)) {
                Set<String> all = new TreeSet<>(known);
                all.addAll(MOVE_OFF.keySet());
                throw error(t.getKeyNode(), path, "not a FLEE move rule these rules support; expected one of "
                        + String.join(", ", known) + Suggestions.didYouMean(key, all));
            }
        }
    }

    private SpawnRules spawnRules(Node node) throws FleeInputException {
        SpawnRules d = SpawnRules.defaults();
        boolean insertDay0 = d.insertDay0();
        boolean sumFromCamps = d.sumFromCamps();
        SpawnRules.Mode mode = SpawnRules.Mode.OBSERVATIONS;
        double rate = SpawnRules.DISPLACED_PER_CONFLICT_DAY.defaultValue();
        List<Double> decay = List.of();
        int interval = SpawnRules.DEFAULT_DECAY_INTERVAL;
        for (NodeTuple t : mapping(node, "spawn_rules").getValue()) {
            String key = key(t);
            String path = "spawn_rules." + key;
            switch (key) {
                case "insert_day0" -> insertDay0 = number(t.getValueNode(), path) != 0;
                case "sum_from_camps" -> sumFromCamps = number(t.getValueNode(), path) != 0;
                case "conflict_spawn_decay" -> decay = decayList(t, path);
                case "conflict_spawn_decay_interval" -> {
                    double v = number(t.getValueNode(), path);
                    if (v < 1 || v > 1_000_000) {
                        throw error(t.getValueNode(), path, ParameterSpec.format(v) + " is out of range; expected "
                                + "a number of days >= 1 (FLEE's default 30)");
                    }
                    interval = (int) v; // FLEE reads it with int()
                }
                case "conflict_driven_spawning" -> {
                    String m = "constant";
                    Double given = null;
                    for (NodeTuple c : mapping(t.getValueNode(), path).getValue()) {
                        String ck = key(c);
                        if (ck.equals("spawn_mode")) {
                            m = scalar(c.getValueNode(), path + ".spawn_mode").toLowerCase(Locale.ROOT);
                        } else if (ck.equals("displaced_per_conflict_day")) {
                            given = number(c.getValueNode(), path + "." + ck);
                        } else {
                            throw error(c.getKeyNode(), path + "." + ck, "unknown key; expected spawn_mode, "
                                    + "displaced_per_conflict_day");
                        }
                    }
                    mode = switch (m) {
                        case "constant" -> SpawnRules.Mode.CONFLICT_CONSTANT;
                        case "pop_ratio" -> SpawnRules.Mode.CONFLICT_POP_RATIO;
                        case "poisson" -> SpawnRules.Mode.CONFLICT_POISSON;
                        default -> throw error(t.getValueNode(), path + ".spawn_mode", "'" + m
                                + "' is not a spawn mode; expected constant, pop_ratio or poisson");
                    };
                    rate = given != null ? given : mode == SpawnRules.Mode.CONFLICT_POP_RATIO ? 0.01 : 500;
                    if (!SpawnRules.DISPLACED_PER_CONFLICT_DAY.accepts(rate)) {
                        throw error(t.getValueNode(), path + ".displaced_per_conflict_day", ParameterSpec.format(rate)
                                + " is out of range; expected " + SpawnRules.DISPLACED_PER_CONFLICT_DAY.expectation());
                    }
                }
                default -> {
                    if (SPAWN_OFF.containsKey(key)) {
                        off(t, path, SPAWN_OFF.get(key));
                    } else if (!SPAWN_IGNORED.contains(key)) {
                        throw error(t.getKeyNode(), path, "not a FLEE spawn rule these rules support; expected "
                                + "insert_day0, sum_from_camps, conflict_driven_spawning, conflict_spawn_decay, "
                                + "conflict_spawn_decay_interval");
                    }
                }
            }
        }
        return new SpawnRules(mode, rate, insertDay0, sumFromCamps, decay, interval);
    }

    /** FLEE's conflict_spawn_decay: a list of multipliers, or null (no decay). */
    private List<Double> decayList(NodeTuple t, String path) throws FleeInputException {
        Node v = t.getValueNode();
        if (v instanceof ScalarNode s && (s.getValue().isEmpty() || s.getValue().equalsIgnoreCase("null"))) {
            return List.of();
        }
        if (!(v instanceof SequenceNode seq)) {
            throw error(v, path, "expected a list of multipliers such as [1.0, 1.0, 0.5, 0.1], or null");
        }
        List<Double> out = new ArrayList<>();
        for (Node e : seq.getValue()) {
            double d = number(e, path);
            if (d < 0) {
                throw error(e, path, ParameterSpec.format(d) + " is negative; expected multipliers >= 0");
            }
            out.add(d);
        }
        if (out.isEmpty()) {
            // FLEE warns and goes on without decay
            LOG.log(System.Logger.Level.WARNING, "{0}:{1}: {2}: an empty list; no conflict spawn decay, as in FLEE",
                    label, v.getStartMark().getLine() + 1, path);
        }
        return out;
    }

    private int optimisations(Node node) throws FleeInputException {
        int hasten = 1;
        for (NodeTuple t : mapping(node, "optimisations").getValue()) {
            String key = key(t);
            if (key.equals("hasten")) {
                double v = number(t.getValueNode(), "optimisations.hasten");
                if (v != Math.rint(v) || v < 1 || v > 1_000_000) {
                    throw error(t.getValueNode(), "optimisations.hasten", ParameterSpec.format(v) + " is not allowed; "
                            + "expected a whole number >= 1 (the divisor of populations and observed counts; 1: none)");
                }
                hasten = (int) v;
            } else {
                throw error(t.getKeyNode(), "optimisations." + key, "unknown key; expected hasten");
            }
        }
        return hasten;
    }

    private void off(NodeTuple t, String path, double value) throws FleeInputException {
        if (number(t.getValueNode(), path) != value) {
            throw error(t.getValueNode(), path, "not supported by these rules; expected " + ParameterSpec.format(value)
                    + (value == 0 ? " (False)" : "") + ", FLEE's default, or the key left out (see docs/flee.md)");
        }
    }

    private MappingNode mapping(Node node, String path) throws FleeInputException {
        if (node instanceof MappingNode m) {
            return m;
        }
        throw error(node, path, "expected a mapping of keys to values");
    }

    private String key(NodeTuple t) throws FleeInputException {
        return scalar(t.getKeyNode(), "key");
    }

    private String scalar(Node node, String path) throws FleeInputException {
        if (node instanceof ScalarNode s) {
            return s.getValue().trim();
        }
        throw error(node, path, "expected a single value");
    }

    private double number(Node node, String path) throws FleeInputException {
        String s = scalar(node, path);
        switch (s.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "on" -> {
                return 1;
            }
            case "false", "no", "off" -> {
                return 0;
            }
            default -> {
                try {
                    double v = Double.parseDouble(s);
                    if (Double.isFinite(v)) {
                        return v;
                    }
                } catch (NumberFormatException ignored) {
                    // reported below
                }
                throw error(node, path, "'" + s + "' is not a number; expected a number, True or False");
            }
        }
    }

    private FleeInputException error(Node node, String path, String message) {
        return new FleeInputException(label, node.getStartMark().getLine() + 1, path + ": " + message);
    }
}
