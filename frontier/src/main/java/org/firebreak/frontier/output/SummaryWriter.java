package org.firebreak.frontier.output;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.firebreak.core.Firebreak;
import org.firebreak.core.output.AtomicFile;
import org.firebreak.core.output.Csv;
import org.firebreak.core.output.Json;
import org.firebreak.frontier.agent.kind.AgentState;
import org.firebreak.frontier.agent.kind.AgentType;
import org.firebreak.frontier.engine.CrossingScreening;
import org.firebreak.frontier.engine.FrontierMetrics;
import org.firebreak.frontier.engine.FrontierModel;
import org.firebreak.frontier.engine.Phase;
import org.firebreak.frontier.scenario.Scenario;

/**
 * Writes summary.json (the run's deterministic results) and timing.json (wall-clock time
 * per phase, which differs between runs and so is kept out of summary.json).
 */
public final class SummaryWriter {
    /** Summary file name. */
    public static final String SUMMARY = "summary.json";
    /** Timing file name. */
    public static final String TIMING = "timing.json";

    private SummaryWriter() {
    }

    /**
     * @param model a finished model
     * @param scenarioSource where the scenario came from (a bundled name or a file name)
     * @param scenarioHash the scenario's content hash
     * @return the summary as an ordered tree
     */
    public static Map<String, Object> summary(FrontierModel model, String scenarioSource, String scenarioHash) {
        Scenario s = model.scenario();
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("firebreak_version", Firebreak.version());
        Map<String, Object> sc = new LinkedHashMap<>();
        sc.put("name", s.name());
        sc.put("source", scenarioSource);
        sc.put("content_hash", scenarioHash);
        sc.put("format_version", s.version());
        root.put("scenario", sc);
        root.put("seed", s.seed());
        root.put("terrain", s.terrain().dataset());
        root.put("step_seconds", s.time().stepSeconds());
        root.put("steps", model.steps());
        root.put("simulated_hours", Csv.round(model.elapsedSeconds() / 3600.0, 6));
        Map<String, Object> agents = new LinkedHashMap<>();
        Map<AgentType, Map<AgentState, Long>> counts = model.counts();
        for (AgentType t : AgentType.values()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("created", model.created(t));
            counts.get(t).forEach((state, n) -> m.put(state.id(), n));
            agents.put(t.id(), m);
        }
        root.put("agents", agents);
        root.put("crossings", crossings(model));
        Map<String, Long> strength = model.guardStrength();
        root.put("sectors", sectors(model, strength));
        Map<String, Object> refugees = new LinkedHashMap<>();
        refugees.put("arrived", counts.get(AgentType.REFUGEE).get(AgentState.ARRIVED));
        Map<String, Object> byDestination = new java.util.TreeMap<>();
        model.metrics().arrivedAt().forEach(byDestination::put);
        refugees.put("arrived_by_destination", byDestination);
        root.put("refugees", refugees);
        Map<String, Object> fighters = new LinkedHashMap<>();
        fighters.put("created", model.created(AgentType.FIGHTER));
        fighters.put("apprehended", counts.get(AgentType.FIGHTER).get(AgentState.APPREHENDED));
        fighters.put("crossed_undetected", model.metrics().fightersCrossedUndetected());
        fighters.put("arrived", counts.get(AgentType.FIGHTER).get(AgentState.ARRIVED));
        root.put("fighters", fighters);
        Map<String, Object> guards = new LinkedHashMap<>();
        guards.put("total", model.created(AgentType.GUARD));
        guards.put("utilisation", Csv.round(model.guardUtilisation(), 4));
        guards.put("by_deployment_at_end", strength);
        guards.put("reallocation_shortfalls", model.reallocationShortfalls());
        root.put("guards", guards);
        root.put("detections", model.detections());
        root.put("apprehensions", model.apprehensions());
        root.put("phases", Phase.ids());
        return root;
    }

    /** @return per official crossing its screening's figures, in terrain order, then the informal crossings */
    private static Map<String, Object> crossings(FrontierModel model) {
        Map<String, Object> crossings = new LinkedHashMap<>();
        for (Map.Entry<String, CrossingScreening> e : model.queues().entrySet()) {
            CrossingScreening q = e.getValue();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("screening", q.kind());
            m.put("lanes", q.capacity().lanes());
            m.put("capacity_per_hour", Csv.round(q.capacity().perHour(), 3));
            m.put("crossed", model.crossings().getOrDefault(e.getKey(), 0L));
            m.put("waiting_at_end", q.waiting());
            m.put("in_screening_at_end", q.inService());
            m.put("mean_wait_minutes", Csv.round(q.meanWaitSeconds() / 60.0, 3));
            m.put("max_wait_minutes", Csv.round(q.maxWaitSeconds() / 60.0, 3));
            FrontierMetrics.CrossingCounts c = model.metrics().crossings().get(e.getKey());
            m.put("arrivals", c.arrivals);
            m.put("wait_median_minutes", Csv.round(q.waitQuantileSeconds(0.5) / 60.0, 3));
            m.put("wait_p95_minutes", Csv.round(q.waitQuantileSeconds(0.95) / 60.0, 3));
            m.put("max_queue", q.maxWaiting());
            m.put("fighters_identified", c.fightersIdentified);
            m.put("fighters_crossed_undetected", c.fightersUndetected);
            m.put("lane_utilisation", Csv.round(q.busyLaneSeconds()
                    / Math.max(1e-9, q.capacity().lanes() * model.elapsedSeconds()), 4));
            crossings.put(e.getKey(), m);
        }
        crossings.put("informal", Map.of("crossed", model.crossings().getOrDefault("informal", 0L)));
        return crossings;
    }

    /** @return per border sector its guards at the end, crossings and apprehensions */
    private static Map<String, Object> sectors(FrontierModel model, Map<String, Long> strength) {
        Map<String, Object> sectors = new LinkedHashMap<>();
        for (FrontierMetrics.Sector sec : model.metrics().sectors()) {
            FrontierMetrics.SectorCounts c = model.metrics().sectorCounts().get(sec.id());
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("border", sec.border());
            m.put("from_km", Csv.round(sec.fromKm(), 3));
            m.put("to_km", Csv.round(sec.toKm(), 3));
            m.put("guards_at_end", MetricsRecorder.guards(model, sec, strength));
            m.put("informal_crossings", c.informalCrossings);
            m.put("fighters_apprehended", c.fightersApprehended);
            m.put("fighters_crossed_undetected", c.fightersUndetected);
            sectors.put(sec.id(), m);
        }
        return sectors;
    }

    /**
     * @param model a finished model
     * @param wallSeconds wall-clock seconds the run took
     * @return the timing report as an ordered tree
     */
    public static Map<String, Object> timing(FrontierModel model, double wallSeconds) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("note", "wall-clock measurements: they differ from run to run, unlike summary.json");
        root.put("wall_seconds", Csv.round(wallSeconds, 3));
        root.put("steps_per_second", Csv.round(model.steps() / Math.max(wallSeconds, 1e-9), 1));
        List<Object> phases = new ArrayList<>();
        for (Phase p : Phase.values()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("phase", p.id());
            m.put("total_ms", Csv.round(model.timer().nanos(p) / 1e6, 3));
            m.put("mean_us_per_step", Csv.round(model.timer().nanos(p) / 1e3 / Math.max(1, model.timer().calls(p)), 3));
            phases.add(m);
        }
        root.put("phases", phases);
        return root;
    }


    /**
     * Writes both files atomically.
     *
     * @param dir the output directory
     * @param summary the summary tree
     * @param timing the timing tree
     * @return the files written
     * @throws IOException if a file cannot be written
     */
    public static List<Path> write(Path dir, Map<String, Object> summary, Map<String, Object> timing)
            throws IOException {
        Path s = dir.resolve(SUMMARY);
        Path t = dir.resolve(TIMING);
        AtomicFile.write(s, Json.render(summary));
        AtomicFile.write(t, Json.render(timing));
        return List.of(s, t);
    }
}
