package org.firebreak.frontier.output;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.firebreak.core.output.AtomicFile;
import org.firebreak.core.output.Csv;
import org.firebreak.frontier.engine.CrossingScreening;
import org.firebreak.frontier.engine.FrontierMetrics;
import org.firebreak.frontier.engine.FrontierModel;
import org.firebreak.frontier.engine.StepObserver;
import org.firebreak.frontier.scenario.GuardDeployment;

/**
 * Writes the hourly measures per official crossing ({@code crossings.csv}) and per border
 * sector ({@code sectors.csv}), one row per crossing or sector and simulated hour. Counts are
 * those of the hour ending at {@code hour}; queue lengths are at the end of the hour and the
 * longest within it; waits are those of the people whose screening started within the hour.
 * The columns are documented in docs/outputs.md.
 */
public final class MetricsRecorder implements StepObserver, java.io.Serializable {
    private static final long serialVersionUID = 1L;
    /** Per crossing and hour. */
    public static final String CROSSINGS = "crossings.csv";
    /** Per sector and hour. */
    public static final String SECTORS = "sectors.csv";

    private final StringBuilder crossings = new StringBuilder(
            "hour,crossing,open,arrivals,crossed,queue,queue_max,wait_median_min,wait_p95_min,"
                    + "fighters_identified,fighters_crossed_undetected,lane_utilisation\n");
    private final StringBuilder sectors = new StringBuilder(
            "hour,sector,border,from_km,to_km,guards,informal_crossings,fighters_apprehended,"
                    + "fighters_crossed_undetected\n");
    private final Map<String, long[]> lastCrossing = new HashMap<>();
    private final Map<String, long[]> lastSector = new HashMap<>();
    private final Map<String, Double> lastBusy = new HashMap<>();
    private final Map<String, Integer> hourMax = new HashMap<>();
    private double lastRowSeconds = 0;

    @Override
    public void afterStep(FrontierModel model) {
        model.queues().forEach((id, q) -> hourMax.merge(id, q.waiting(), Math::max));
        if (model.steps() % model.scenario().time().stepsPerHour() == 0) {
            addRows(model);
        }
    }

    private void addRows(FrontierModel model) {
        double t = model.elapsedSeconds();
        if (t <= lastRowSeconds) {
            return;
        }
        double hours = t - lastRowSeconds;
        lastRowSeconds = t;
        String hour = Csv.number(Csv.round(t / 3600.0, 6));
        FrontierMetrics m = model.metrics();
        for (Map.Entry<String, CrossingScreening> e : model.queues().entrySet()) {
            String id = e.getKey();
            CrossingScreening q = e.getValue();
            FrontierMetrics.CrossingCounts c = m.crossings().get(id);
            long[] now = {c.arrivals, c.crossed, c.fightersIdentified, c.fightersUndetected, q.started()};
            long[] before = lastCrossing.getOrDefault(id, new long[now.length]);
            double busy = q.busyLaneSeconds();
            double utilisation = (busy - lastBusy.getOrDefault(id, 0.0)) / (q.capacity().lanes() * hours);
            lastBusy.put(id, busy);
            crossings.append(hour).append(',').append(id).append(',')
                    .append(model.crossingOpen(id) ? 1 : 0).append(',')
                    .append(now[0] - before[0]).append(',').append(now[1] - before[1]).append(',')
                    .append(q.waiting()).append(',').append(hourMax.getOrDefault(id, 0)).append(',')
                    .append(Csv.fixed(q.waitQuantileSecondsSince(before[4], 0.5) / 60, 2)).append(',')
                    .append(Csv.fixed(q.waitQuantileSecondsSince(before[4], 0.95) / 60, 2)).append(',')
                    .append(now[2] - before[2]).append(',').append(now[3] - before[3]).append(',')
                    .append(Csv.fixed(Math.min(1, utilisation), 4)).append('\n');
            lastCrossing.put(id, now);
        }
        hourMax.clear();
        Map<String, Long> strength = model.guardStrength();
        for (FrontierMetrics.Sector s : m.sectors()) {
            FrontierMetrics.SectorCounts c = m.sectorCounts().get(s.id());
            long[] now = {c.informalCrossings, c.fightersApprehended, c.fightersUndetected};
            long[] before = lastSector.getOrDefault(s.id(), new long[now.length]);
            sectors.append(hour).append(',').append(s.id()).append(',').append(s.border()).append(',')
                    .append(Csv.number(Csv.round(s.fromKm(), 3))).append(',')
                    .append(Csv.number(Csv.round(s.toKm(), 3))).append(',')
                    .append(guards(model, s, strength)).append(',')
                    .append(now[0] - before[0]).append(',').append(now[1] - before[1]).append(',')
                    .append(now[2] - before[2]).append('\n');
            lastSector.put(s.id(), now);
        }
    }

    /** Guards of a patrol sector's deployment; for a whole border, every deployment on it. */
    static long guards(FrontierModel model, FrontierMetrics.Sector s, Map<String, Long> strength) {
        if (strength.containsKey(s.id())) {
            return strength.get(s.id());
        }
        long n = 0;
        for (GuardDeployment d : model.scenario().guards()) {
            String border = d.patrol().map(p -> p.border()).orElseGet(() -> model.terrain()
                    .crossing(d.post().orElseThrow()).map(c -> c.borderId()).orElse(""));
            if (border.equals(s.border())) {
                n += strength.getOrDefault(d.id(), 0L);
            }
        }
        return n;
    }

    /**
     * Adds the last (partial) hour and writes both files atomically.
     *
     * @param model the finished model
     * @param dir the output directory
     * @return the files written
     * @throws IOException if they cannot be written
     */
    public List<Path> commit(FrontierModel model, Path dir) throws IOException {
        addRows(model);
        Path c = dir.resolve(CROSSINGS);
        Path s = dir.resolve(SECTORS);
        AtomicFile.write(c, crossings.toString());
        AtomicFile.write(s, sectors.toString());
        return List.of(c, s);
    }
}
