package org.firebreak.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.firebreak.core.output.OutputDirectory;
import org.firebreak.core.scenario.ScenarioException;
import org.firebreak.crowd.CrowdSettings;
import org.firebreak.crowd.run.CrowdRun;
import org.firebreak.crowd.scenario.CrowdScenario;
import org.firebreak.examples.pictures.CrowdPictures;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code firebreak crowd}: one headless crowd-scale run (a plaza, a square), with density and flow outputs. */
@Command(name = "crowd", mixinStandardHelpOptions = true,
        description = {"Run a crowd scenario headless and write its outputs.",
            "Progress goes to stderr, a summary to stdout, and summary.json, density.csv, flow.csv,",
            "grid-density.csv, exposure.csv, trajectories.csv and events.csv to the output directory."},
        footer = {"", "Examples:", "  firebreak crowd --scenario crossing-surge --out runs/surge",
            "  firebreak crowd --scenario urban-unrest --seed 7 --duration 300 --out runs/square",
            "  firebreak crowd --scenario my-plaza.yaml --out runs/plaza --overwrite",
            "  firebreak crowd --scenario crossing-surge --duration 300 --map --out runs/surge-map",
            "", "Exit codes: 0 success, 2 bad input, 1 internal error."})
final class CrowdCommand extends SimulationCommand {
    @Option(names = "--scenario", paramLabel = "NAME|FILE", required = true,
            description = "a bundled crowd scenario name (see 'firebreak scenarios') or a crowd scenario file")
    private String scenario;

    @Mixin
    private OutputOptions output = new OutputOptions();

    @Option(names = "--seed", paramLabel = "N", description = "seed of the run (default: the scenario's)")
    private Long seed;

    @Option(names = "--duration", paramLabel = "S", description = "simulated seconds (default: the scenario's)")
    private Double duration;

    @Option(names = "--threads", paramLabel = "N", description = {"threads that move the people; the outputs are",
        "the same for any number (default: the scenario's, else 1)"})
    private Integer threads;

    @Option(names = "--geojson", description = {"also write trajectories.geojson (local metres, not longitude",
        "and latitude)"})
    private boolean geojson;

    @Option(names = "--map", description = {"also draw map.png (the site over a heat map",
        "of the mean density, a few trajectories) and", "charts.png (flow, density and people over",
        "time); needs no display"})
    private boolean map;

    @Mixin
    private ProgressOption quiet = new ProgressOption();

    @Override
    Progress progress(PrintWriter err) {
        return quiet.on(err, true);
    }

    @Override
    Summary simulate(Progress progress) throws ScenarioException, BadOption, IOException {
        CrowdScenarioSource source = CrowdScenarioSource.load(scenario);
        CrowdScenario s = override(source.scenario());
        // inputs first: a bad input must not leave an output directory behind
        Path dir = OutputDirectory.prepare(output.out, output.overwrite);
        CrowdRun.Result r = new CrowdRun(s, source.label()).run(dir, progress);
        if (map) {
            CrowdPictures.write(s, r, dir);
        }
        return out -> {
            out.println(summary(s, source.label(), r));
            out.flush();
        };
    }

    private CrowdScenario override(CrowdScenario s) throws BadOption {
        CrowdScenario r = s;
        if (seed != null) {
            r = r.withSeed(seed);
        }
        if (duration != null) {
            if (!CrowdScenario.DURATION.accepts(duration)) {
                throw new BadOption("--duration " + duration + ": expected " + CrowdScenario.DURATION.expectation());
            }
            r = r.withDurationSeconds(duration);
        }
        if (geojson) {
            r = r.withTrajectoryGeoJson();
        }
        if (threads != null) {
            if (!CrowdSettings.THREADS.accepts(threads)) {
                throw new BadOption("--threads " + threads + ": expected a whole number in [1, 256]");
            }
            r = r.withThreads(threads);
        }
        return r;
    }

    @SuppressWarnings("unchecked")
    private String summary(CrowdScenario s, String label, CrowdRun.Result r) {
        Map<String, Object> m = (Map<String, Object>) r.summary().get("measurement");
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "crowd %s (%s), seed %d: %.0f s simulated in %d steps%n", s.name(), label,
                s.seed(), s.durationSeconds(), r.steps()));
        b.append(String.format(Locale.ROOT, "  persons   entered %d, left %d, inside %d%n", r.entered(), r.left(),
                r.inside()));
        ((Map<String, Object>) r.summary().get("gates")).forEach((g, v) -> {
            Map<String, Object> gm = (Map<String, Object>) v;
            b.append(String.format(Locale.ROOT, "  gate      %-14s served %s (capacity %s persons/s)%n", g,
                    gm.get("served"), gm.get("capacity_per_s")));
        });
        b.append("  density   max grid ").append(m.get("max_grid_density_per_m2")).append(" persons/m2");
        ((Map<String, Object>) m.get("areas")).forEach((a, v) -> b.append(", ").append(a).append(" max ")
                .append(((Map<String, Object>) v).get("max_voronoi_density_per_m2")).append(" (Voronoi)"));
        b.append(String.format("%n"));
        ((Map<String, Object>) m.get("lines")).forEach((l, v) -> {
            Map<String, Object> lm = (Map<String, Object>) v;
            b.append(String.format(Locale.ROOT, "  flow      %-14s net %s, peak %s persons/s%n", l,
                    lm.get("net_crossings"), lm.get("peak_flow_per_s")));
        });
        b.append("  outputs   ").append(output.out).append(map ? " (with map.png and charts.png)" : "");
        return b.toString();
    }
}
