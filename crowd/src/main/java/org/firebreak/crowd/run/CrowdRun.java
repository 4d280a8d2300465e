package org.firebreak.crowd.run;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.firebreak.core.Firebreak;
import org.firebreak.core.output.AtomicFile;
import org.firebreak.core.output.Csv;
import org.firebreak.core.run.ProgressListener;
import org.firebreak.crowd.CrowdSimulation;
import org.firebreak.crowd.Gate;
import org.firebreak.crowd.measure.CrowdMeasurement;
import org.firebreak.crowd.measure.CrowdSummary;
import org.firebreak.crowd.scenario.CrowdScenario;
import org.firebreak.crowd.scenario.CrowdScenarioCodec;

/**
 * One headless run of a {@link CrowdScenario}: builds the simulation and its measurement from the
 * file, steps it for the scenario's duration and writes summary.json, events.csv and the
 * measurement files (docs/crowd-outputs.md) into a directory. Same scenario and seed, same bytes,
 * for any number of threads.
 */
public final class CrowdRun {
    /** Summary file name. */
    public static final String SUMMARY = "summary.json";
    /** Events file name. */
    public static final String EVENTS = CrowdEvents.FILE;

    private final CrowdScenario scenario;
    private final String source;

    /**
     * @param scenario the scenario (with any seed, duration or thread overrides applied)
     * @param source where it came from, recorded in summary.json (a bundled name or a file name)
     */
    public CrowdRun(CrowdScenario scenario, String source) {
        this.scenario = scenario;
        this.source = source;
    }

    /**
     * The outcome of a run.
     *
     * @param summary the summary.json tree
     * @param entered persons who entered the site
     * @param left persons who left at a sink
     * @param inside persons inside at the end
     * @param steps steps taken
     */
    public record Result(Map<String, Object> summary, long entered, long left, int inside, long steps) {
    }

    /**
     * @param directory an existing directory to write into
     * @param progress hears every step
     * @return the outcome
     * @throws IOException if a file cannot be written
     */
    public Result run(Path directory, ProgressListener progress) throws IOException {
        CrowdMeasurement measurement = new CrowdMeasurement(scenario.measureConfig());
        CrowdEvents events = new CrowdEvents();
        double dt = scenario.settings().timeStep();
        long total = Math.round(scenario.durationSeconds() / dt);
        Map<String, Object> summary;
        long entered;
        long left;
        int inside;
        long steps;
        try (CrowdSimulation sim = CrowdSimulation.builder(scenario.geometry())
                .model(scenario.model().create()).settings(scenario.settings()).seed(scenario.seed())
                .build()) {
            sim.addObserver(measurement);
            sim.addListener(events);
            for (long k = 1; k <= total; k++) {
                sim.step();
                progress.progress(k, total, sim.time());
            }
            entered = sim.entered();
            left = sim.removed();
            inside = sim.count();
            steps = sim.steps();
            summary = summary(sim, measurement.summary());
        }
        measurement.write(directory);
        events.write(directory.resolve(EVENTS));
        AtomicFile.write(directory.resolve(SUMMARY), json(summary));
        return new Result(summary, entered, left, inside, steps);
    }

    private Map<String, Object> summary(CrowdSimulation sim, CrowdSummary measured) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("firebreak_version", Firebreak.version());
        Map<String, Object> sc = new LinkedHashMap<>();
        sc.put("name", scenario.name());
        sc.put("kind", "crowd");
        sc.put("source", source);
        sc.put("content_hash", CrowdScenarioCodec.contentHash(scenario));
        sc.put("format_version", scenario.version());
        root.put("scenario", sc);
        root.put("seed", scenario.seed());
        root.put("step_seconds", scenario.settings().timeStep());
        root.put("steps", sim.steps());
        root.put("simulated_seconds", Csv.round(sim.time(), 6));
        Map<String, Object> persons = new LinkedHashMap<>();
        persons.put("entered", sim.entered());
        persons.put("left", sim.removed());
        persons.put("inside", sim.count());
        persons.put("waiting_at_sources", sim.pending());
        root.put("persons", persons);
        Map<String, Object> gates = new LinkedHashMap<>();
        for (Gate g : scenario.geometry().gates()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("lanes", g.lanes());
            m.put("capacity_per_s", Csv.round(g.capacityPerSecond(), 6));
            m.put("served", sim.served(g.name()));
            gates.put(g.name(), m);
        }
        root.put("gates", gates);
        root.put("measurement", finite(measured.toMap()));
        return root;
    }

    /** JSON has no NaN: an undefined figure (a mean over no one) is written as null. */
    @SuppressWarnings("unchecked")
    private static Object finite(Object v) {
        if (v instanceof Double d) {
            return Double.isFinite(d) ? d : null;
        }
        if (v instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            ((Map<String, Object>) m).forEach((k, x) -> out.put(k, finite(x)));
            return out;
        }
        if (v instanceof List<?> l) {
            List<Object> out = new ArrayList<>();
            l.forEach(x -> out.add(finite(x)));
            return out;
        }
        return v;
    }

    /** Two-space indents and line feeds whatever the platform, so the bytes do not depend on it. */
    static String json(Map<String, Object> tree) {
        DefaultPrettyPrinter pp = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        try {
            return new ObjectMapper().writer(pp).writeValueAsString(tree) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
