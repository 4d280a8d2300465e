package org.firebreak.examples.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.firebreak.core.output.Json;
import org.firebreak.core.scenario.Suggestions;
import org.firebreak.core.terrain.Terrain;
import org.firebreak.core.terrain.TerrainCatalog;
import org.firebreak.geo.GeoTerrains;
import org.firebreak.geo.TerrainReport;
import org.firebreak.geo.io.SimulationCrs;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code firebreak terrain}: what a terrain dataset holds, measured. */
@Command(name = "terrain", mixinStandardHelpOptions = true,
        description = {"Describe a terrain dataset: borders, crossings, relief and layers.",
            "Prints the simulation CRS, borders with their lengths,",
            "crossings, elevation range, layer counts and the build time of one navigation field."},
        footer = {"", "Examples:", "  firebreak terrain", "  firebreak terrain --json",
            "  firebreak terrain --dataset synthetic --field-cell-m 500"})
final class TerrainCommand implements Callable<Integer> {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--dataset", paramLabel = "ID", description = "terrain dataset (default: ${DEFAULT-VALUE})")
    private String dataset = GeoTerrains.DEFAULT_DATASET;

    @Option(names = "--json", description = "print JSON with stable keys (see docs/terrain-report.md)")
    private boolean json;

    @Option(names = "--field-cell-m", paramLabel = "M",
            description = "cell size of the navigation field built for the report, metres (default: ${DEFAULT-VALUE})")
    private double fieldCell = 1000;

    @Option(names = "--goal", paramLabel = "PLACE", description = "place the field leads to (default: the largest)")
    private String goal;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        TerrainCatalog catalog = GeoTerrains.catalog();
        if (!catalog.datasets().containsKey(dataset)) {
            err.println("firebreak: " + Suggestions.unknown("terrain dataset", dataset, catalog.datasets().keySet()));
            return FirebreakCli.BAD_INPUT;
        }
        if (!(fieldCell >= 50 && fieldCell <= 20_000)) {
            err.println("firebreak: --field-cell-m " + fieldCell + ": expected a number in [50, 20000] m");
            return FirebreakCli.BAD_INPUT;
        }
        Terrain terrain = catalog.load(dataset).orElseThrow();
        if (goal != null && terrain.place(goal).isEmpty()) {
            err.println("firebreak: " + Suggestions.unknown("place", goal,
                    terrain.places().stream().map(p -> p.id()).toList()));
            return FirebreakCli.BAD_INPUT;
        }
        Map<String, Object> report = TerrainReport.of(terrain, SimulationCrs.frontier(), fieldCell, goal);
        if (json) {
            out.print(Json.render(report));
        } else {
            print(out, report);
        }
        out.flush();
        return 0;
    }

    @SuppressWarnings("unchecked")
    private static void print(PrintWriter out, Map<String, Object> r) {
        out.printf("terrain %s in %s%n%n", r.get("dataset"), r.get("crs"));
        out.println("borders");
        for (Object o : (List<Object>) r.get("borders")) {
            Map<String, Object> b = (Map<String, Object>) o;
            out.printf(Locale.ROOT, "  %-9s %9.1f km%n", b.get("id"), (Double) b.get("length_km"));
        }
        out.println("official crossings");
        int informal = 0;
        for (Object o : (List<Object>) r.get("crossings")) {
            Map<String, Object> c = (Map<String, Object>) o;
            if ("official".equals(c.get("kind"))) {
                out.printf(Locale.ROOT, "  %-16s %-8s %s%n", c.get("id"), c.get("border"), c.get("name"));
            } else {
                informal++;
            }
        }
        out.printf("informal crossing sites: %d (listed with --json)%n", informal);
        Map<String, Object> e = (Map<String, Object>) r.get("elevation");
        if (!e.isEmpty()) {
            out.printf(Locale.ROOT, "elevation %s to %s m on %s x %s cells of %s m%n", e.get("min_m"), e.get("max_m"),
                    e.get("cols"), e.get("rows"), e.get("cell_size_m"));
        }
        out.println("counts " + r.get("counts"));
        Map<String, Object> f = (Map<String, Object>) r.get("navigation_field");
        if (!f.isEmpty()) {
            out.printf(Locale.ROOT, "navigation field to %s: %s x %s cells of %s m, built in %s ms (%d KiB);"
                            + " cost surface %s ms%n", f.get("goal"), f.get("cols"), f.get("rows"), f.get("cell_size_m"),
                    f.get("field_build_ms"), ((Long) f.get("field_bytes")) / 1024, f.get("cost_surface_build_ms"));
        }
    }
}
