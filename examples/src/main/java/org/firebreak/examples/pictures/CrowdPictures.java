package org.firebreak.examples.pictures;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.firebreak.crowd.run.CrowdRun;
import org.firebreak.crowd.scenario.CrowdScenario;
import org.locationtech.jts.geom.Geometry;

/**
 * Pictures of a crowd run, drawn without a display from the files the run wrote: {@code map.png}
 * (the site over a density heat map; see {@link CrowdMap}) and {@code charts.png} (flows,
 * densities and people over time; see {@link CrowdCharts}). Written under temporary names and
 * renamed when complete; deterministic drawing, though PNG bytes may differ between machines.
 */
public final class CrowdPictures {
    /** The map's file name. */
    public static final String MAP = "map.png";
    /** The charts' file name. */
    public static final String CHARTS = "charts.png";

    private CrowdPictures() {
    }

    /**
     * @param scenario the scenario that ran (with its overrides)
     * @param result what the run returned
     * @param dir the run's output directory, holding its files
     * @return the pictures written
     * @throws IOException if the run's files cannot be read or a picture cannot be written
     */
    public static List<Path> write(CrowdScenario scenario, CrowdRun.Result result, Path dir) throws IOException {
        CrowdOutputs data = CrowdOutputs.read(dir, CrowdMap.TRAJECTORIES);
        Object seconds = result.summary().get("simulated_seconds");
        String title = String.format(Locale.ROOT, "%s  \u00b7  seed %d  \u00b7  %s simulated seconds", scenario.name(),
                scenario.seed(), seconds instanceof Number n ? number(n.doubleValue()) : seconds);
        double peak = data.cells.stream().mapToDouble(CrowdOutputs.Cell::max).max().orElse(0);
        String subtitle = String.format(Locale.ROOT,
                "%,d persons entered, %,d left, %,d inside at the end; highest grid-cell density %.1f persons/m\u00b2 "
                        + "(%s m cells)",
                result.entered(), result.left(), result.inside(), peak, number(scenario.measurement().cellSize()));
        Path map = Png.write(CrowdMap.render(scenario, data, title, subtitle), dir.resolve(MAP));
        Geometry walkable = scenario.measureConfig().walkable();
        double area = walkable == null ? 0 : walkable.getArea();
        Path charts = Png.write(CrowdCharts.render(scenario, data, area, title), dir.resolve(CHARTS));
        return List.of(map, charts);
    }

    private static String number(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
