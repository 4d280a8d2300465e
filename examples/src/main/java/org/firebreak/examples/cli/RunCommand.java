package org.firebreak.examples.cli;

import java.io.IOException;
import java.util.List;
import org.firebreak.core.scenario.ScenarioException;
import org.firebreak.frontier.behaviour.defaults.DefaultBehaviours;
import org.firebreak.core.scenario.Suggestions;
import org.firebreak.core.terrain.Crossing;
import org.firebreak.core.terrain.Terrain;
import org.firebreak.core.terrain.TerrainCatalog;
import org.firebreak.coupling.PlazaCoupling;
import org.firebreak.crowd.Source;
import org.firebreak.crowd.scenario.CrowdScenario;
import org.firebreak.data.BundledScenarios;
import org.firebreak.examples.pictures.RunPictures;
import org.firebreak.frontier.behaviour.BehaviourRegistry;
import org.firebreak.frontier.run.FrontierRun;
import org.firebreak.frontier.run.RunResult;
import org.firebreak.frontier.scenario.Scenario;
import org.firebreak.frontier.scenario.TimeSettings;
import org.firebreak.geo.GeoTerrains;
import org.firebreak.geo.GisRunOutputs;
import org.firebreak.geo.io.SimulationCrs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code firebreak run}: one headless run of a scenario, with its outputs written to a directory. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Run a scenario headless and write its outputs.",
            "Progress goes to stderr, a summary to stdout, and summary.json, timeseries.csv,",
            "events.csv and timing.json to the output directory."},
        footer = {"", "Examples:", "  firebreak run --out runs/first",
            "  firebreak run --scenario synthetic-frontier --seed 7 --hours 24 --out runs/s7",
            "  firebreak run --scenario my-scenario.yaml --out runs/mine --overwrite",
            "  firebreak run --hours 12 --gis --out runs/maps      (then open tracks.geojson in QGIS)",
            "  firebreak run --map --out runs/pictures            (map.png and charts.png)",
            "  firebreak run --hours 12 --plaza zurbatiyah=crossing-surge --out runs/plaza",
            "  firebreak run --hours 720 --checkpoint-every 24 --out runs/month",
            "      (then, if it was interrupted: firebreak resume runs/month/checkpoint-0240h.fbc --out runs/month-2)",
            "", "Exit codes: 0 success, 2 bad input, 1 internal error."})
final class RunCommand extends RegionalRunCommand {
    @Option(names = "--scenario", paramLabel = "NAME|FILE",
            description = "a bundled scenario name or a scenario file (YAML or JSON); default: ${DEFAULT-VALUE}")
    private String scenario = BundledScenarios.defaultName();

    @Option(names = "--seed", paramLabel = "N", description = "seed of the run (default: the scenario's)")
    private Long seed;

    @Option(names = "--hours", paramLabel = "H", description = "simulated hours (default: the scenario's)")
    private Double hours;

    @Mixin
    private OutputOptions output = new OutputOptions();

    @Option(names = "--gis", description = {"also write events.geojson, tracks.geojson and run.gpkg (WGS 84),",
        "for terrains with a geographic reference such as frontier"})
    private boolean gis;

    @Option(names = "--map", description = {"also draw map.png (terrain, tracks by agent",
        "type, crossings, apprehensions) and charts.png", "(hourly figures); needs no display"})
    private boolean map;

    @Option(names = "--plaza", paramLabel = "CROSSING=CROWD[:SOURCE]", description = {
        "simulate an official crossing at crowd scale in a crowd scenario's site (name or file):",
        "people enter at the site's SOURCE (default: its first), are screened at the first gate",
        "on its route with the crossing's lanes and service time, and leave at the route's sink",
        "back into the run; the site's measurements go to plaza-CROSSING/ (repeatable)"})
    private List<String> plazas = new java.util.ArrayList<>();

    @Option(names = "--checkpoint-every", paramLabel = "HOURS", description = {
        "write a checkpoint into the output directory after every HOURS simulated hours",
        "(checkpoint-0024h.fbc, ...), from which 'firebreak resume' continues the run with",
        "the same results; not with --gis, --map or --plaza (see docs/checkpoints.md)"})
    private Double checkpointEvery;

    @Option(names = "--keep-checkpoints", paramLabel = "N", description = {"keep only the N latest checkpoints; an older one",
        "is deleted once a newer one is complete (default: keep all)"})
    private Integer keepCheckpoints;

    @Override
    Summary simulate(Progress progress) throws ScenarioException, BadOption, IOException {
        BehaviourRegistry registry = DefaultBehaviours.registry();
        TerrainCatalog terrains = GeoTerrains.catalog();
        ScenarioSource source = ScenarioSource.load(scenario, registry, terrains);
        Scenario s = override(source.scenario());
        Terrain terrain = terrains.load(s.terrain().dataset(), s.terrain().crs()).orElseThrow();
        FrontierRun run = FrontierRun.builder(s, terrain).registry(registry).source(source.label())
                .outputDirectory(output.out).overwrite(output.overwrite).progress(progress);
        run.moveThreads(threads.threads());
        checkpoints(run, s);
        for (String p : plazas) {
            plaza(p, terrain).install(run);
        }
        if (gis) {
            if (!GeoTerrains.isGeographic(s.terrain().dataset())) {
                throw new BadOption("--gis: terrain '" + s.terrain().dataset() + "' is in local metres without a "
                        + "geographic reference; GIS layers need a dataset such as frontier");
            }
            run.extension(new GisRunOutputs(SimulationCrs.frontier(), true));
        }
        if (map) {
            run.extension(new RunPictures());
        }
        RunResult result = run.run();
        return out -> SummaryTable.print(out, result, source.label());
    }

    private void checkpoints(FrontierRun run, Scenario s) throws BadOption {
        if (keepCheckpoints != null && checkpointEvery == null) {
            throw new BadOption("--keep-checkpoints needs --checkpoint-every");
        }
        if (checkpointEvery == null) {
            return;
        }
        double steps = checkpointEvery * 3600.0 / s.time().stepSeconds();
        if (!(checkpointEvery > 0) || Double.isInfinite(checkpointEvery) || Math.abs(steps - Math.rint(steps)) > 1e-6) {
            throw new BadOption("--checkpoint-every " + checkpointEvery + ": expected a positive number of simulated hours"
                    + " that is a whole number of steps of " + s.time().stepSeconds() + " s");
        }
        if (gis) {
            throw new BadOption("--checkpoint-every cannot be combined with --gis: the GIS layers are gathered in memory"
                    + " through the run and are not part of a checkpoint; write them in a run without checkpoints");
        }
        if (map) {
            throw new BadOption("--checkpoint-every cannot be combined with --map: the tracks drawn on the map are gathered"
                    + " in memory through the run and are not part of a checkpoint; draw maps in a run without checkpoints");
        }
        if (!plazas.isEmpty()) {
            throw new BadOption("--checkpoint-every cannot be combined with --plaza: a crowd-scale crossing's state is not"
                    + " part of a checkpoint; run plazas without checkpoints");
        }
        if (keepCheckpoints != null && keepCheckpoints < 1) {
            throw new BadOption("--keep-checkpoints " + keepCheckpoints + ": expected at least 1");
        }
        run.checkpointEvery(checkpointEvery).keepCheckpoints(keepCheckpoints == null ? 0 : keepCheckpoints);
    }

    /** Reads {@code CROSSING=CROWD[:SOURCE]} into a coupling of that crossing with that site. */
    private static PlazaCoupling plaza(String option, Terrain terrain) throws BadOption, ScenarioException {
        int eq = option.indexOf('=');
        if (eq <= 0 || eq == option.length() - 1) {
            throw new BadOption("--plaza " + option + ": expected CROSSING=CROWD_SCENARIO[:SOURCE], e.g. "
                    + "zurbatiyah=crossing-surge");
        }
        String crossing = option.substring(0, eq);
        String rest = option.substring(eq + 1);
        int colon = rest.lastIndexOf(':');
        // a Windows path has a colon after its drive letter: only a colon after the last separator names a source
        boolean named = colon > 0 && colon > Math.max(rest.lastIndexOf('/'), rest.lastIndexOf('\\'));
        String site = named ? rest.substring(0, colon) : rest;
        List<String> official = terrain.crossings().stream().filter(Crossing::official).map(Crossing::id).toList();
        if (!official.contains(crossing)) {
            throw new BadOption("--plaza " + option + ": '" + crossing + "' is not an official crossing of the terrain"
                    + Suggestions.didYouMean(crossing, official) + "; official crossings: " + String.join(", ", official));
        }
        CrowdScenario c = CrowdScenarioSource.load(site).scenario();
        List<String> sources = c.geometry().sources().stream().map(Source::name).toList();
        if (sources.isEmpty()) {
            throw new BadOption("--plaza " + option + ": crowd scenario '" + site + "' has no source for people to enter at");
        }
        String entry = named ? rest.substring(colon + 1) : sources.get(0);
        if (!sources.contains(entry)) {
            throw new BadOption("--plaza " + option + ": crowd scenario '" + site + "' has no source '" + entry + "'"
                    + Suggestions.didYouMean(entry, sources) + "; its sources: " + String.join(", ", sources));
        }
        try {
            return new PlazaCoupling(crossing, c.name(), c.geometry(), c.settings(), c.model().create(), entry,
                    c.measureConfig());
        } catch (IllegalArgumentException e) {
            throw new BadOption("--plaza " + option + ": " + e.getMessage());
        }
    }

    private Scenario override(Scenario s) throws BadOption {
        Scenario r = s;
        if (seed != null) {
            r = r.withSeed(seed);
        }
        if (hours != null) {
            if (!TimeSettings.DURATION_HOURS.accepts(hours)) {
                throw new BadOption("--hours " + hours + ": expected " + TimeSettings.DURATION_HOURS.expectation());
            }
            r = r.withDurationHours(hours);
        }
        return r;
    }
}
