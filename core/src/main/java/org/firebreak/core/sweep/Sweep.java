package org.firebreak.core.sweep;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.firebreak.core.Firebreak;
import org.firebreak.core.output.AtomicFile;
import org.firebreak.core.output.Csv;
import org.firebreak.core.output.Json;

/**
 * Replicates and parameter sweeps: executes a {@link SweepPlan}'s runs on a {@link SweepBackend}
 * and writes, ordered by run index so that neither backend nor worker count changes a byte:
 * <ul>
 * <li>{@code runs.csv}: one row per run (index, point, replicate, seed, the point's values, status,
 * then every metric);</li>
 * <li>{@code failures.csv}: the failed runs with their seed, values and error;</li>
 * <li>{@code aggregate.csv} and {@code aggregate.json}: per point and metric, {@link Statistics}
 * over the point's successful replicates.</li>
 * </ul>
 * A failing run is reported and the others go on. Keys are documented in docs/sweeps.md.
 */
public final class Sweep {
    /** Per-run results file. */
    public static final String RUNS = "runs.csv";
    /** The directory under the sweep's own where runs executed in this process write their outputs. */
    public static final String RUNS_DIRECTORY = "runs";
    /** Failed runs file. */
    public static final String FAILURES = "failures.csv";
    /** Aggregated results, long CSV. */
    public static final String AGGREGATE_CSV = "aggregate.csv";
    /** Aggregated results, JSON. */
    public static final String AGGREGATE_JSON = "aggregate.json";

    private static final System.Logger LOG = System.getLogger(Sweep.class.getName());

    private final SweepPlan plan;
    private final SweepBackend backend;
    private final SweepTask task;
    private final Map<String, Object> about;

    /**
     * @param plan the runs
     * @param backend where they execute
     * @param task what each does
     * @param about what aggregate.json records of the sweep's subject (scenario name, hash...), in order
     */
    public Sweep(SweepPlan plan, SweepBackend backend, SweepTask task, Map<String, Object> about) {
        this.plan = Objects.requireNonNull(plan, "plan");
        this.backend = Objects.requireNonNull(backend, "backend");
        this.task = Objects.requireNonNull(task, "task");
        this.about = new LinkedHashMap<>(about);
    }

    /**
     * What a sweep gave.
     *
     * @param outcomes every run's outcome, by run index
     * @param statistics per point index, per metric, the statistics over the point's successful runs
     * @param files the files written
     */
    public record Result(List<SweepOutcome> outcomes, Map<Integer, Map<String, Statistics>> statistics,
            List<Path> files) {
        /** @return the runs that failed */
        public List<SweepOutcome> failures() {
            return outcomes.stream().filter(o -> !o.ok()).toList();
        }
    }

    /**
     * @param dir the output directory, existing
     * @param listener hears each outcome as it arrives (progress), from one thread at a time
     * @return the outcomes and files
     * @throws IOException if an output cannot be written
     * @throws InterruptedException if interrupted while runs execute
     */
    public Result run(Path dir, Consumer<SweepOutcome> listener) throws IOException, InterruptedException {
        List<SweepRun> runs = plan.runs();
        LOG.log(System.Logger.Level.INFO, "sweep of {0} runs on {1}", runs.size(), backend.describe());
        SweepOutcome[] byIndex = new SweepOutcome[runs.size()];
        backend.execute(runs, task, dir.resolve(RUNS_DIRECTORY), o -> {
            if (byIndex[o.run().index()] != null) {
                throw new IllegalStateException("run " + o.run().index() + " reported twice by " + backend.describe());
            }
            byIndex[o.run().index()] = o;
            listener.accept(o);
        });
        List<SweepOutcome> outcomes = new ArrayList<>();
        for (int i = 0; i < byIndex.length; i++) {
            if (byIndex[i] == null) {
                throw new IllegalStateException("run " + i + " was never reported by " + backend.describe());
            }
            outcomes.add(byIndex[i]);
        }
        List<Path> files = new ArrayList<>();
        files.add(write(dir.resolve(RUNS), runsCsv(outcomes)));
        files.add(write(dir.resolve(FAILURES), failuresCsv(outcomes)));
        Map<Integer, Map<String, Statistics>> stats = aggregate(outcomes);
        files.add(write(dir.resolve(AGGREGATE_CSV), aggregateCsv(stats)));
        files.add(write(dir.resolve(AGGREGATE_JSON), Json.render(aggregateJson(outcomes, stats))));
        return new Result(outcomes, stats, files);
    }

    private static Path write(Path file, String content) throws IOException {
        AtomicFile.write(file, content);
        return file;
    }

    private List<String> keys() {
        return plan.parameters().stream().map(SweepParameter::key).toList();
    }

    private static List<String> metricNames(List<SweepOutcome> outcomes) {
        Set<String> names = new LinkedHashSet<>();
        outcomes.forEach(o -> names.addAll(o.metrics().keySet()));
        return List.copyOf(names);
    }

    private String runsCsv(List<SweepOutcome> outcomes) {
        List<String> metrics = metricNames(outcomes);
        StringBuilder b = new StringBuilder("run,point,replicate,seed");
        keys().forEach(k -> b.append(',').append(Csv.field(k)));
        b.append(",status");
        metrics.forEach(m -> b.append(',').append(Csv.field(m)));
        b.append('\n');
        for (SweepOutcome o : outcomes) {
            head(b, o.run());
            b.append(',').append(o.ok() ? "ok" : "failed");
            for (String m : metrics) {
                Double v = o.metrics().get(m);
                b.append(',').append(v == null ? "" : Csv.number(v));
            }
            b.append('\n');
        }
        return b.toString();
    }

    private String failuresCsv(List<SweepOutcome> outcomes) {
        StringBuilder b = new StringBuilder("run,point,replicate,seed");
        keys().forEach(k -> b.append(',').append(Csv.field(k)));
        b.append(",error\n");
        for (SweepOutcome o : outcomes) {
            if (!o.ok()) {
                head(b, o.run());
                b.append(',').append(Csv.field(o.error())).append('\n');
            }
        }
        return b.toString();
    }

    private void head(StringBuilder b, SweepRun r) {
        b.append(r.index()).append(',').append(r.point()).append(',').append(r.replicate()).append(',')
                .append(r.seed());
        keys().forEach(k -> b.append(',').append(Csv.field(r.values().getOrDefault(k, ""))));
    }

    /** @return per point, per metric (in first-seen order), the statistics of its successful runs */
    private static Map<Integer, Map<String, Statistics>> aggregate(List<SweepOutcome> outcomes) {
        List<String> metrics = metricNames(outcomes);
        Map<Integer, Map<String, Statistics>> out = new TreeMap<>();
        Map<Integer, List<SweepOutcome>> byPoint = new TreeMap<>();
        for (SweepOutcome o : outcomes) {
            byPoint.computeIfAbsent(o.run().point(), p -> new ArrayList<>()).add(o);
        }
        byPoint.forEach((point, list) -> {
            Map<String, Statistics> m = new LinkedHashMap<>();
            for (String name : metrics) {
                double[] v = list.stream().filter(SweepOutcome::ok).map(o -> o.metrics().get(name))
                        .filter(Objects::nonNull).mapToDouble(Double::doubleValue).toArray();
                if (v.length > 0) {
                    m.put(name, Statistics.of(v));
                }
            }
            out.put(point, m);
        });
        return out;
    }

    private String aggregateCsv(Map<Integer, Map<String, Statistics>> stats) {
        List<Map<String, String>> points = plan.points();
        StringBuilder b = new StringBuilder("point");
        keys().forEach(k -> b.append(',').append(Csv.field(k)));
        b.append(",metric");
        for (String s : Statistics.NAMES) {
            b.append(',').append(s);
        }
        b.append('\n');
        stats.forEach((point, metrics) -> metrics.forEach((name, s) -> {
            b.append(point);
            keys().forEach(k -> b.append(',').append(Csv.field(points.get(point).get(k))));
            b.append(',').append(Csv.field(name));
            for (double v : s.values()) {
                b.append(',').append(Double.isNaN(v) ? "" : Csv.number(v));
            }
            b.append('\n');
        }));
        return b.toString();
    }

    private Map<String, Object> aggregateJson(List<SweepOutcome> outcomes,
            Map<Integer, Map<String, Statistics>> stats) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("firebreak_version", Firebreak.version());
        root.putAll(about);
        Map<String, Object> sweep = new LinkedHashMap<>();
        sweep.put("base_seed", plan.baseSeed());
        sweep.put("replicates", plan.replicates());
        sweep.put("design", plan.latinHypercube() > 0 ? "lhs:" + plan.latinHypercube() : "grid");
        List<Object> params = new ArrayList<>();
        for (SweepParameter p : plan.parameters()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("key", p.key());
            m.put("values", p.values());
            params.add(m);
        }
        sweep.put("parameters", params);
        sweep.put("runs", outcomes.size());
        sweep.put("failed", outcomes.stream().filter(o -> !o.ok()).count());
        sweep.put("seed_rule", "seed of run i = derive(base_seed, \"sweep-run:\" + i)");
        root.put("sweep", sweep);
        List<Map<String, String>> points = plan.points();
        List<Object> pts = new ArrayList<>();
        stats.forEach((point, metrics) -> {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("point", point);
            p.put("values", points.get(point));
            p.put("runs_ok", outcomes.stream().filter(o -> o.run().point() == point && o.ok()).count());
            Map<String, Object> ms = new LinkedHashMap<>();
            metrics.forEach((name, s) -> {
                Map<String, Object> v = new LinkedHashMap<>();
                double[] values = s.values();
                for (int i = 0; i < values.length; i++) {
                    v.put(Statistics.NAMES[i], i == 0 ? (Object) s.n() : Double.isNaN(values[i]) ? null
                            : Csv.round(values[i], 9));
                }
                ms.put(name, v);
            });
            p.put("metrics", ms);
            pts.add(p);
        });
        root.put("points", pts);
        return root;
    }
}
