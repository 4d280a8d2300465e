package org.firebreak.examples.cli;

import com.hazelcast.core.HazelcastInstance;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.firebreak.cluster.ClusterMembers;
import org.firebreak.cluster.HazelcastBackend;
import org.firebreak.core.output.OutputDirectory;
import org.firebreak.core.output.OutputException;
import org.firebreak.core.scenario.ScenarioException;
import org.firebreak.core.sweep.LocalBackend;
import org.firebreak.core.sweep.Sweep;
import org.firebreak.core.sweep.SweepBackend;
import org.firebreak.core.sweep.SweepOutcome;
import org.firebreak.core.sweep.SweepParameter;
import org.firebreak.core.sweep.SweepPlan;
import org.firebreak.core.sweep.SweepRun;
import org.firebreak.examples.pictures.SweepCharts;
import org.firebreak.frontier.scenario.Scenario;
import org.firebreak.frontier.scenario.ScenarioCodec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/** {@code firebreak sweep}: replicates of a regional scenario over a grid or sample of its values. */
@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = {"Run replicates of a scenario over a grid or sample of its values.",
            "Runs replicates of a regional scenario, optionally over a grid (or a Latin hypercube",
            "sample) of scenario values, and aggregate every metric of summary.json per point: mean,",
            "standard deviation, 95% confidence interval and quantiles. Writes runs.csv, failures.csv,",
            "aggregate.csv and aggregate.json, a chart per metric under charts/, and each run's own",
            "outputs under runs/run-NNNN.",
            "Run i's seed is derived from the base seed and i alone, so results do not depend on",
            "--workers. A failing run is listed in failures.csv and the others go on."},
        footer = {"", "Examples:",
            "  firebreak sweep --scenario collapse-firebreak --replicates 10 --out runs/reps",
            "  firebreak sweep --scenario collapse-passive --replicates 5 --hours 24 \\",
            "      --param crossings.zurbatiyah.lanes=4,8,12 --out runs/lanes",
            "  firebreak sweep --scenario collapse-passive --replicates 2 --sample lhs:8 \\",
            "      --param crossings.zurbatiyah.lanes=4,16 \\",
            "      --param crossings.zurbatiyah.service_seconds_mean=60,240 --out runs/lhs",
            "  firebreak sweep --scenario collapse-firebreak --replicates 10 \\",
            "      --cluster examples/cluster/loopback.yaml --out runs/on-cluster",
            "", "Exit codes: 0 every run succeeded, 1 some runs failed (see failures.csv), 2 bad input."})
final class SweepCommand implements Callable<Integer> {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--scenario", paramLabel = "NAME|FILE", defaultValue = "collapse-passive",
            description = "a bundled regional scenario name or a scenario file (default: ${DEFAULT-VALUE})")
    private String scenario;

    @Option(names = "--replicates", paramLabel = "N", required = true, description = "runs per parameter point")
    private int replicates;

    @Option(names = "--param", paramLabel = "KEY=V1,V2,...", description = {"a scenario key and its values; repeat",
        "for a grid over several keys. Keys are paths as in the scenario file, e.g.",
        "crossings.zurbatiyah.lanes or sources[0].people (see docs/sweeps.md)"})
    private List<String> params = new ArrayList<>();

    @Option(names = "--sample", paramLabel = "lhs:K", description = {"instead of the full grid, K points of a Latin",
        "hypercube over the ranges LOW,HIGH given by --param"})
    private String sample;

    @Option(names = "--seed", paramLabel = "N", description = "base seed (default: the scenario's)")
    private Long seed;

    @Option(names = "--hours", paramLabel = "H", description = "simulated hours of every run (default: the scenario's)")
    private Double hours;

    @Option(names = "--workers", paramLabel = "K", defaultValue = "1",
            description = "runs executed at once in this process (default: ${DEFAULT-VALUE})")
    private int workers;

    @Option(names = "--cluster", paramLabel = "FILE", description = {"run on a Hazelcast cluster configured by FILE",
        "(this process joins it as a member; see examples/cluster/loopback.yaml and", "'firebreak worker')"})
    private Path cluster;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "output directory")
    private Path out;

    @Option(names = "--overwrite", description = "replace the files of an earlier sweep in the output directory")
    private boolean overwrite;

    @Option(names = "--quiet", description = "no progress lines")
    private boolean quiet;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            SweepPlan plan;
            com.hazelcast.config.Config clusterConfig;
            RegionalSweepTask task;
            Scenario base;
            try {
                List<String> fixed = hours == null ? List.of() : List.of("time.duration_hours=" + text(hours));
                task = RegionalSweepTask.of(scenario, fixed);
                ScenarioSource src = task.sourceOf(null);
                base = src.scenario();
                plan = new SweepPlan(seed != null ? seed : base.seed(), replicates,
                        params.stream().map(SweepParameter::parse).toList(), lhs(sample));
                new LocalBackend(workers); // checks the count
                clusterConfig = cluster == null ? null : ClusterMembers.config(cluster);
                if (cluster != null && !task.terrainIsBundled()) {
                    throw new BadOption("--cluster: the scenario's terrain.dataset '" + base.terrain().dataset()
                            + "' is a directory of this machine; a cluster sweep ships the scenario's content, not "
                            + "its files, so use a bundled dataset (or run the sweep without --cluster)");
                }
                // every point's values are checked before anything runs or is written
                for (SweepRun r : plan.runs()) {
                    if (r.replicate() == 0) {
                        task.sourceOf(r);
                    }
                }
            } catch (IllegalArgumentException e) {
                throw new BadOption(e.getMessage());
            }
            Path dir = OutputDirectory.prepare(out, overwrite);
            Files.createDirectories(dir.resolve("runs"));
            Map<String, Object> about = new LinkedHashMap<>();
            about.put("scenario", base.name());
            about.put("scenario_content_hash", ScenarioCodec.contentHash(base));
            int total = plan.runs().size();
            HazelcastInstance member = clusterConfig == null ? null : ClusterMembers.start(clusterConfig);
            SweepBackend backend = member == null ? new LocalBackend(workers) : new HazelcastBackend(member);
            Sweep.Result r;
            try {
                r = new Sweep(plan, backend, task, about).run(dir, new Reporter(err, total, quiet));
            } finally {
                if (member != null) {
                    member.shutdown();
                }
            }
            int charts = SweepCharts.write(dir, plan, r, base.name()).size();
            stdout.println(String.format(Locale.ROOT, "%d runs (%d points x %d replicates), %d failed; outputs in %s: %s"
                    + " and %d charts in %s/", total, plan.points().size(), replicates, r.failures().size(), out,
                    String.join(", ", r.files().stream().map(p -> p.getFileName().toString()).toList()), charts,
                    SweepCharts.DIRECTORY));
            stdout.flush();
            return r.failures().isEmpty() ? 0 : FirebreakCli.INTERNAL_ERROR;
        } catch (ScenarioException | OutputException | BadOption e) {
            err.println("firebreak: " + e.getMessage());
            return FirebreakCli.BAD_INPUT;
        } catch (IOException e) {
            err.println("firebreak: cannot write the sweep's outputs: " + e.getMessage());
            return FirebreakCli.INTERNAL_ERROR;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("firebreak: interrupted");
            return FirebreakCli.INTERNAL_ERROR;
        }
    }

    /** Progress and failures on stderr, a line per finished run. */
    private static final class Reporter implements java.util.function.Consumer<SweepOutcome> {
        private final PrintWriter err;
        private final int total;
        private final boolean quiet;
        private final long t0 = System.nanoTime();
        private int done;
        private int failed;

        Reporter(PrintWriter err, int total, boolean quiet) {
            this.err = err;
            this.total = total;
            this.quiet = quiet;
        }

        @Override
        public void accept(SweepOutcome o) {
            done++;
            if (!o.ok()) {
                failed++;
                err.println("firebreak: run " + o.run().index() + " (seed " + o.run().seed() + ", " + o.run().values()
                        + ") failed: " + o.error());
            }
            if (!quiet) {
                double wall = (System.nanoTime() - t0) / 1e9;
                err.println(String.format(Locale.ROOT, "sweep: %d/%d runs done, %d failed, %.1f s, ETA %s", done, total,
                        failed, wall, Progress.clock(wall * (total - done) / done)));
            }
            err.flush();
        }
    }

    private static int lhs(String sample) {
        if (sample == null) {
            return 0;
        }
        if (!sample.matches("lhs:\\d{1,6}") || Integer.parseInt(sample.substring(4)) < 1) {
            throw new IllegalArgumentException("--sample " + sample + ": expected lhs:K with K at least 1, e.g. lhs:20");
        }
        return Integer.parseInt(sample.substring(4));
    }

    /** @return a number as scenario text, without exponent or trailing zeros */
    private static String text(double v) {
        return Double.isFinite(v) ? new java.math.BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString()
                : Double.isNaN(v) ? ".nan" : v > 0 ? ".inf" : "-.inf";
    }

    private static final class BadOption extends Exception {
        private static final long serialVersionUID = 1L;

        BadOption(String message) {
            super(message);
        }
    }
}
