package org.firebreak.examples.pictures;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.firebreak.crowd.scenario.CrowdScenario;
import org.firebreak.examples.pictures.Charts.Line;
import org.firebreak.examples.pictures.Charts.Panel;
import org.firebreak.examples.render.MapStyle;

/**
 * charts.png of a crowd run: flow through each measurement line per time bin and its running
 * net total, density in each measurement area with the site's mean, and the people in the site
 * and at the gates, all from the run's own files.
 */
final class CrowdCharts {
    private static final String SECONDS = "simulated seconds";

    private CrowdCharts() {
    }

    static BufferedImage render(CrowdScenario scenario, CrowdOutputs data, double walkableArea, String title) {
        List<Panel> panels = new ArrayList<>();
        panels.add(new Panel("Flow through measurement lines (net, per bin)", SECONDS, "persons/s",
                lines(data.flow, false)));
        panels.add(new Panel("Net crossings of measurement lines, running totals", SECONDS, "persons",
                lines(data.cumulative, false)));
        List<Line> density = new ArrayList<>(lines(data.classic, false));
        if (walkableArea > 0) {
            double[] t = data.inside.times();
            double[] d = data.inside.values();
            for (int i = 0; i < d.length; i++) {
                d[i] /= walkableArea;
            }
            density.add(new Line("whole site (persons / walkable area)", t, d, Style.INK, true));
        }
        panels.add(new Panel("Density (classic, mean per bin)", SECONDS, "persons/m\u00b2", density));
        panels.add(new Panel("People in the site", SECONDS, "persons", List.of(
                new Line("in the site", data.inside.times(), data.inside.values(), MapStyle.REFUGEE, false),
                new Line("being served at a gate", data.inService.times(), data.inService.values(),
                        Charts.CATEGORICAL[0], false))));
        String subtitle = String.format(java.util.Locale.ROOT,
                "Time bins of %s s, as in flow.csv and density.csv; people from events.csv",
                number(scenario.measurement().binSeconds()));
        return Charts.render(title, subtitle, panels, 2);
    }

    private static List<Line> lines(Map<String, CrowdOutputs.Series> series, boolean dashed) {
        List<Line> out = new ArrayList<>();
        int k = 0;
        for (Map.Entry<String, CrowdOutputs.Series> e : series.entrySet()) {
            out.add(new Line(e.getKey(), e.getValue().times(), e.getValue().values(),
                    Charts.CATEGORICAL[k++ % Charts.CATEGORICAL.length], dashed));
        }
        return out;
    }

    private static String number(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
