package org.firebreak.crowd.measure;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.firebreak.core.output.AtomicFile;
import org.firebreak.core.output.Csv;
import org.firebreak.crowd.CrowdObserver;

/**
 * Every crowd measurement of a {@link CrowdMeasureConfig} in one observer, in a fixed order
 * (grid, Voronoi, classic areas, lines, exposure, trajectories), and the writer of their files:
 * density.csv, flow.csv, grid-density.csv, exposure.csv and trajectories.csv (plus
 * trajectories.geojson when asked). Each file is written under a temporary name and renamed when
 * complete. Columns and units are documented in docs/crowd-outputs.md.
 */
public final class CrowdMeasurement implements CrowdObserver {
    /** Density and speed per time bin and area. */
    public static final String DENSITY = "density.csv";
    /** Flow per time bin and line. */
    public static final String FLOW = "flow.csv";
    /** Exposure per person. */
    public static final String EXPOSURE = "exposure.csv";

    private final CrowdMeasureConfig config;
    private final GridDensity grid;
    private final VoronoiDensity voronoi;
    private final ClassicDensity classic;
    private final LineCounter lines;
    private final Exposure exposure;
    private final TrajectoryRecorder trajectories;
    private double firstTime = Double.NaN;
    private double lastTime = Double.NaN;

    /** @param config what to measure */
    public CrowdMeasurement(CrowdMeasureConfig config) {
        this.config = config;
        grid = new GridDensity(config.gridBounds(), config.cellSize(), config.walkable());
        boolean needVoronoi = !config.areas().isEmpty() || config.voronoiAllPersons();
        voronoi = needVoronoi ? new VoronoiDensity(config.areas(), config.walkable(), config.voronoiMaxRadius(),
                config.voronoiIntervalSeconds(), config.voronoiAllPersons(), config.binSeconds()) : null;
        classic = new ClassicDensity(config.areas(), config.binSeconds());
        lines = new LineCounter(config.lines(), config.binSeconds());
        exposure = new Exposure(config.exposureThresholds(), grid, voronoi);
        trajectories = config.trajectoryIntervalSeconds() >= 0
                ? new TrajectoryRecorder(config.trajectoryIntervalSeconds()) : null;
    }

    @Override
    public void observe(double timeSeconds, int count, int[] ids, double[] x, double[] y, double[] vx, double[] vy) {
        Observations.check(timeSeconds, lastTime, count, ids, x, y, vx, vy);
        if (Double.isNaN(firstTime)) {
            firstTime = timeSeconds;
        }
        lastTime = timeSeconds;
        grid.observe(timeSeconds, count, ids, x, y, vx, vy);
        if (voronoi != null) {
            voronoi.observe(timeSeconds, count, ids, x, y, vx, vy);
        }
        classic.observe(timeSeconds, count, ids, x, y, vx, vy);
        lines.observe(timeSeconds, count, ids, x, y, vx, vy);
        exposure.observe(timeSeconds, count, ids, x, y, vx, vy);
        if (trajectories != null) {
            trajectories.observe(timeSeconds, count, ids, x, y, vx, vy);
        }
    }

    /** @return the grid density */
    public GridDensity grid() {
        return grid;
    }

    /** @return the Voronoi density, or null when there are no areas and not all persons are asked for */
    public VoronoiDensity voronoi() {
        return voronoi;
    }

    /** @return the classic density */
    public ClassicDensity classic() {
        return classic;
    }

    /** @return the line counts */
    public LineCounter lines() {
        return lines;
    }

    /** @return the exposure */
    public Exposure exposure() {
        return exposure;
    }

    /** @return the trajectories, or null when none are recorded */
    public TrajectoryRecorder trajectories() {
        return trajectories;
    }

    /** @return the headline figures so far */
    public CrowdSummary summary() {
        List<CrowdSummary.Area> areas = new ArrayList<>();
        for (int a = 0; a < config.areas().size(); a++) {
            areas.add(new CrowdSummary.Area(config.areas().get(a).id(), classic.maxDensity(a),
                    voronoi == null ? 0 : voronoi.maxDensity(a)));
        }
        List<CrowdSummary.Line> ls = new ArrayList<>();
        for (int l = 0; l < config.lines().size(); l++) {
            double peak = lines.peakFlow(l);
            ls.add(new CrowdSummary.Line(config.lines().get(l).id(), lines.net(l), peak,
                    peak / config.lines().get(l).length()));
        }
        List<Exposure.ExposureStats> stats = new ArrayList<>();
        for (int k = 0; k < config.exposureThresholds().size(); k++) {
            stats.add(exposure.stats(k));
        }
        return new CrowdSummary(grid.maxDensity(), areas, ls, stats);
    }

    /**
     * Writes every file into a directory, each atomically.
     *
     * @param directory an existing directory
     * @throws IOException if a file cannot be written; that file is then left as it was
     */
    public void write(Path directory) throws IOException {
        writeDensity(directory.resolve(DENSITY));
        writeFlow(directory.resolve(FLOW));
        grid.write(directory.resolve(GridDensity.FILE));
        writeExposure(directory.resolve(EXPOSURE));
        if (trajectories != null) {
            trajectories.writeCsv(directory.resolve(TrajectoryRecorder.CSV));
            if (config.trajectoryGeoJson()) {
                trajectories.writeGeoJson(directory.resolve(TrajectoryRecorder.GEOJSON));
            }
        }
    }

    private int firstBin() {
        return Double.isNaN(firstTime) ? 0 : BinSeries.binOf(firstTime, config.binSeconds());
    }

    private int lastBin() {
        return Double.isNaN(lastTime) ? -1 : BinSeries.binOf(lastTime, config.binSeconds());
    }

    private void writeDensity(Path target) throws IOException {
        double w = config.binSeconds();
        try (AtomicFile f = new AtomicFile(target)) {
            Writer out = f.writer();
            out.write("bin_start_s,bin_end_s,area,classic_density_per_m2,classic_speed_m_per_s,"
                    + "voronoi_density_per_m2,voronoi_speed_m_per_s\n");
            for (int b = firstBin(); b <= lastBin(); b++) {
                for (int a = 0; a < config.areas().size(); a++) {
                    out.write(Csv.fixed(b * w, 3) + "," + Csv.fixed((b + 1) * w, 3) + ","
                            + Csv.field(config.areas().get(a).id()) + ","
                            + value(classic.densityBins(a).mean(b)) + "," + value(classic.speedBins(a).mean(b)) + ","
                            + value(voronoi == null ? Double.NaN : voronoi.densityBins(a).mean(b)) + ","
                            + value(voronoi == null ? Double.NaN : voronoi.speedBins(a).mean(b)) + "\n");
                }
            }
            f.commit();
        }
    }

    private void writeFlow(Path target) throws IOException {
        double w = config.binSeconds();
        try (AtomicFile f = new AtomicFile(target)) {
            Writer out = f.writer();
            out.write("bin_start_s,bin_end_s,line,crossings_positive,crossings_negative,cumulative_net,"
                    + "flow_per_s,specific_flow_per_m_s,mean_speed_m_per_s\n");
            for (int l = 0; l < config.lines().size(); l++) {
                long cumulative = 0;
                for (int b = 0; b <= lastBin(); b++) {
                    cumulative += lines.positive(l, b) - lines.negative(l, b);
                    if (b < firstBin()) {
                        continue;
                    }
                    out.write(Csv.fixed(b * w, 3) + "," + Csv.fixed((b + 1) * w, 3) + ","
                            + Csv.field(config.lines().get(l).id()) + "," + lines.positive(l, b) + ","
                            + lines.negative(l, b) + "," + cumulative + "," + value(lines.flow(l, b)) + ","
                            + value(lines.specificFlow(l, b)) + "," + value(lines.meanCrossingSpeed(l, b)) + "\n");
                }
            }
            f.commit();
        }
    }

    private void writeExposure(Path target) throws IOException {
        int n = exposure.persons();
        Integer[] order = new Integer[n];
        for (int s = 0; s < n; s++) {
            order[s] = s;
        }
        java.util.Arrays.sort(order, (p, q) -> Integer.compare(exposure.id(p), exposure.id(q)));
        try (AtomicFile f = new AtomicFile(target)) {
            Writer out = f.writer();
            StringBuilder header = new StringBuilder("id,observed_s,max_density_per_m2");
            for (double t : exposure.thresholds()) {
                header.append(",seconds_above_").append(Csv.number(t));
            }
            out.write(header.append('\n').toString());
            for (int s : order) {
                StringBuilder row = new StringBuilder();
                row.append(exposure.id(s)).append(',').append(Csv.fixed(exposure.presentSeconds(s), 3)).append(',')
                        .append(Csv.fixed(exposure.maxDensity(s), 4));
                for (int k = 0; k < exposure.thresholds().length; k++) {
                    row.append(',').append(Csv.fixed(exposure.seconds(k, s), 3));
                }
                out.write(row.append('\n').toString());
            }
            f.commit();
        }
    }

    private static String value(double v) {
        return Double.isNaN(v) ? "" : Csv.fixed(v, 4);
    }
}
