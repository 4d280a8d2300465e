package org.firebreak.examples.pictures;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.firebreak.core.sweep.Statistics;
import org.firebreak.core.sweep.Sweep;
import org.firebreak.core.sweep.SweepPlan;

/**
 * A sweep's charts: one picture per metric in {@code charts/METRIC.png}, the mean over each point's
 * replicates with its 95 % confidence interval (dashed) and the range of the replicates (dashed
 * grey), against the swept value when the sweep varies one numeric key, else against the point's
 * index (its values are in aggregate.csv). Metrics that are the same in every run are left out.
 */
public final class SweepCharts {
    /** Subdirectory of the sweep's output directory holding the charts. */
    public static final String DIRECTORY = "charts";

    private static final Color MEAN = new Color(0x1F, 0x6F, 0xB4);
    private static final Color RANGE = new Color(0xA0, 0xA0, 0xA0);

    private SweepCharts() {
    }

    /**
     * @param dir the sweep's output directory
     * @param plan its plan
     * @param result its result
     * @param scenario the scenario's name, for titles
     * @return the pictures written
     * @throws IOException if one cannot be written
     */
    public static List<Path> write(Path dir, SweepPlan plan, Sweep.Result result, String scenario) throws IOException {
        Map<Integer, Map<String, Statistics>> stats = result.statistics();
        List<Map<String, String>> points = plan.points();
        double[] x = new double[points.size()];
        String xLabel = axis(plan, points, x);
        Set<String> metrics = new LinkedHashSet<>();
        stats.values().forEach(m -> metrics.addAll(m.keySet()));
        List<Path> written = new ArrayList<>();
        Path charts = Files.createDirectories(dir.resolve(DIRECTORY));
        for (String metric : metrics) {
            if (constant(stats, metric)) {
                continue;
            }
            int n = points.size();
            double[] mean = new double[n];
            double[] low = new double[n];
            double[] high = new double[n];
            double[] min = new double[n];
            double[] max = new double[n];
            for (int p = 0; p < n; p++) {
                Statistics s = stats.getOrDefault(p, Map.of()).get(metric);
                mean[p] = s == null ? Double.NaN : s.mean();
                low[p] = s == null ? Double.NaN : s.ciLow();
                high[p] = s == null ? Double.NaN : s.ciHigh();
                min[p] = s == null ? Double.NaN : s.min();
                max[p] = s == null ? Double.NaN : s.max();
            }
            List<Charts.Line> lines = List.of(new Charts.Line("mean", x, mean, MEAN, false),
                    new Charts.Line("95% CI, low", x, low, MEAN, true),
                    new Charts.Line("95% CI, high", x, high, MEAN, true),
                    new Charts.Line("lowest replicate", x, min, RANGE, true),
                    new Charts.Line("highest replicate", x, max, RANGE, true));
            String subtitle = plan.replicates() + " replicates per point, base seed " + plan.baseSeed()
                    + (xLabel.equals("point") ? "; points as in aggregate.csv" : "");
            written.add(Png.write(Charts.render(scenario + ": " + metric, subtitle,
                    List.of(new Charts.Panel(metric, xLabel, metric, lines)), 1), charts.resolve(metric + ".png")));
        }
        return written;
    }

    /** @return the x axis label; fills x with the swept value, or the point index */
    private static String axis(SweepPlan plan, List<Map<String, String>> points, double[] x) {
        boolean oneNumeric = plan.parameters().size() == 1;
        for (int p = 0; p < points.size() && oneNumeric; p++) {
            try {
                x[p] = Double.parseDouble(points.get(p).get(plan.parameters().get(0).key()));
            } catch (NumberFormatException e) {
                oneNumeric = false;
            }
        }
        if (oneNumeric) {
            return plan.parameters().get(0).key();
        }
        for (int p = 0; p < points.size(); p++) {
            x[p] = p;
        }
        return "point";
    }

    private static boolean constant(Map<Integer, Map<String, Statistics>> stats, String metric) {
        double first = Double.NaN;
        for (Map<String, Statistics> m : stats.values()) {
            Statistics s = m.get(metric);
            if (s == null) {
                continue;
            }
            if (s.min() != s.max() || (!Double.isNaN(first) && s.min() != first)) {
                return false;
            }
            first = s.min();
        }
        return true;
    }
}
