package org.firebreak.flee;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.firebreak.core.Firebreak;
import org.firebreak.core.output.AtomicFile;
import org.firebreak.core.output.Csv;
import org.firebreak.core.output.Json;

/**
 * Writes a FLEE run's results: {@code out.csv} in FLEE's layout, one row per day, and
 * {@code summary.json}; each file under a temporary name first, renamed when complete.
 *
 * <p>out.csv columns: {@code Day, Date} (the date after the day's step, as FLEE writes it:
 * day 0 is dated the day after the start date), then for each camp {@code <name> sim, <name> data,
 * <name> error}, then {@code Total error, refugees in camps (UNHCR), total refugees
 * (simulation), raw UNHCR refugee count, refugees in camps (simulation), refugee_debt}. A
 * camp's error is |sim / data − 1| rounded to 4 decimals (0 when nothing is observed); the
 * total error is Σ_camps |sim − data| over the raw observed count. Without observations the
 * columns that come from them are left empty.
 */
public final class FleeOutput {
    /** The per-day table. */
    public static final String OUT = "out.csv";
    /** The run's summary. */
    public static final String SUMMARY = "summary.json";


    private FleeOutput() {
    }

    /**
     * Writes out.csv and summary.json into a directory.
     *
     * @param dir the output directory, which must exist
     * @param inputs the run's inputs
     * @param result the run
     * @throws IOException if a file cannot be written
     */
    public static void write(Path dir, FleeInputs inputs, FleeResult result) throws IOException {
        try (AtomicFile f = new AtomicFile(dir.resolve(OUT))) {
            writeTable(f.writer(), result);
            f.commit();
        }
        AtomicFile.write(dir.resolve(SUMMARY), Json.render(summary(inputs, result)));
    }

    /**
     * @param out where the table goes
     * @param result the run
     * @throws IOException if writing fails
     */
    public static void writeTable(Writer out, FleeResult result) throws IOException {
        StringBuilder h = new StringBuilder("Day,Date");
        for (String c : result.camps()) {
            h.append(',').append(Csv.field(c + " sim")).append(',').append(Csv.field(c + " data")).append(',')
                    .append(Csv.field(c + " error"));
        }
        h.append(",Total error,refugees in camps (UNHCR),total refugees (simulation),raw UNHCR refugee count,"
                + "refugees in camps (simulation),refugee_debt\n");
        out.write(h.toString());
        for (FleeDay d : result.days()) {
            out.write(row(d));
        }
    }

    private static String row(FleeDay d) {
        StringBuilder r = new StringBuilder();
        // FLEE writes the simulation's date after the day's step: day 0 is dated the day after StartDate
        r.append(d.day()).append(',').append(d.date().plusDays(1));
        long[] sim = d.campSimulated();
        long[] obs = d.campObserved();
        double absolute = 0;
        for (int c = 0; c < sim.length; c++) {
            r.append(',').append(sim[c]);
            if (obs == null) {
                r.append(",,");
            } else {
                double error = obs[c] < 0.00001 ? 0.0 : round4(Math.abs((double) sim[c] / obs[c] - 1));
                absolute += round4(Math.abs(sim[c] - obs[c]));
                r.append(',').append(obs[c]).append(',').append(decimal(error));
            }
        }
        if (obs == null) {
            r.append(",,,").append(d.totalAgents()).append(",,").append(d.simulatedInCamps()).append(',')
                    .append(d.debt());
        } else {
            double total = d.rawObserved() > 0 ? absolute / d.rawObserved() : 0.0;
            r.append(',').append(decimal(total)).append(',').append(d.observedInCamps()).append(',')
                    .append(d.totalAgents()).append(',').append(d.rawObserved()).append(',')
                    .append(d.simulatedInCamps()).append(',').append(d.debt());
        }
        return r.append('\n').toString();
    }

    private static double round4(double v) {
        return Math.round(v * 10_000.0) / 10_000.0;
    }

    /** Shortest decimal that reads back as the same double, never in exponent form ("0.0", "0.1234"). */
    static String decimal(double v) {
        String s = new BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString();
        return s.indexOf('.') < 0 ? s + ".0" : s;
    }

    /**
     * @param inputs the run's inputs
     * @param result the run
     * @return the summary as an ordered tree; deterministic, so equal runs give equal bytes
     */
    public static Map<String, Object> summary(FleeInputs inputs, FleeResult result) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("firebreak_version", Firebreak.version());
        root.put("model", "flee");
        root.put("seed", result.seed());
        root.put("input_sha256", inputs.inputHash());
        root.put("start_date", inputs.period().startDate().toString());
        root.put("days", result.days().size());
        root.put("locations", inputs.locations().size());
        root.put("routes", inputs.routes().size());
        Map<String, Object> spawning = new LinkedHashMap<>();
        spawning.put("mode", inputs.spawn().mode().id());
        spawning.put("rule", inputs.spawn().describe());
        spawning.put("without_observations", inputs.spawnFallback());
        spawning.put("initial_in_camps", result.initialAgents());
        spawning.put("spawned", result.spawned());
        root.put("spawning", spawning);
        Map<String, Object> end = new LinkedHashMap<>();
        if (!result.days().isEmpty()) {
            FleeDay last = result.last();
            end.put("agents", last.totalAgents());
            end.put("in_camps", last.simulatedInCamps());
            Map<String, Object> camps = new LinkedHashMap<>();
            long[] sim = last.campSimulated();
            List<String> names = result.camps();
            for (int c = 0; c < names.size(); c++) {
                camps.put(names.get(c), sim[c]);
            }
            end.put("camps", camps);
        }
        root.put("end", end);
        OptionalDouble ard = result.averagedRelativeDifference();
        Map<String, Object> validation = new LinkedHashMap<>();
        validation.put("observations", inputs.observations().isPresent());
        if (ard.isPresent()) {
            validation.put("averaged_relative_difference", Csv.round(ard.getAsDouble(), 6));
            validation.put("definition", "FLEE's: mean over every day of sum_camps |sim - obs| / max(sum_camps obs, 1)");
            validation.put("days_averaged", result.days().size());
            OptionalDouble observedDays = result.averagedRelativeDifferenceOverObservedDays();
            if (observedDays.isPresent()) {
                validation.put("averaged_relative_difference_observed_days", Csv.round(observedDays.getAsDouble(), 6));
            }
            validation.put("days_compared", result.days().stream().filter(x -> !Double.isNaN(x.relativeDifference()))
                    .count());
        }
        root.put("validation", validation);
        root.put("rules", inputs.rules().asMap());
        return root;
    }
}
