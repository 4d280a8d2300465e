package org.firebreak.examples.pictures;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the crowd pictures show, read back from the files a crowd run wrote (see
 * docs/crowd-outputs.md): grid density per cell, flow and density per time bin, people in the
 * site from the events, and a few trajectories. Reading the published files keeps the pictures
 * and the numbers from ever disagreeing.
 */
final class CrowdOutputs {
    /** One walkable cell of the density grid: its box (m) and its mean and highest density (persons/m²). */
    record Cell(double x0, double y0, double x1, double y1, double mean, double max) {
    }

    /** A series over time bins: bin ends (s) and values. */
    record Series(List<Double> t, List<Double> v) {
        Series() {
            this(new ArrayList<>(), new ArrayList<>());
        }

        double[] times() {
            return t.stream().mapToDouble(Double::doubleValue).toArray();
        }

        double[] values() {
            return v.stream().mapToDouble(Double::doubleValue).toArray();
        }
    }

    final List<Cell> cells = new ArrayList<>();
    /** Net flow through each line per bin, persons/s, by line. */
    final Map<String, Series> flow = new LinkedHashMap<>();
    /** Net crossings of each line since the start, by line. */
    final Map<String, Series> cumulative = new LinkedHashMap<>();
    /** Classic density of each area per bin, persons/m², by area. */
    final Map<String, Series> classic = new LinkedHashMap<>();
    /** Persons in the site after each event, and persons being served at a gate. */
    final Series inside = new Series();
    final Series inService = new Series();
    /** Sampled positions of a few persons, x, y pairs in metres, by person. */
    final Map<Integer, double[]> trajectories = new LinkedHashMap<>();

    private CrowdOutputs() {
    }

    /**
     * @param dir a crowd run's output directory
     * @param trajectories how many persons' trajectories to keep at most (spread evenly over the persons)
     * @return what the pictures need
     * @throws IOException if a file is missing or malformed
     */
    static CrowdOutputs read(Path dir, int trajectories) throws IOException {
        CrowdOutputs o = new CrowdOutputs();
        CsvTable grid = CsvTable.read(dir.resolve("grid-density.csv"));
        int[] g = {grid.column("x_min_m"), grid.column("y_min_m"), grid.column("x_max_m"), grid.column("y_max_m"),
            grid.column("mean_density_per_m2"), grid.column("max_density_per_m2")};
        for (int r = 0; r < grid.size(); r++) {
            o.cells.add(new Cell(grid.number(r, g[0]), grid.number(r, g[1]), grid.number(r, g[2]), grid.number(r, g[3]),
                    grid.number(r, g[4]), grid.number(r, g[5])));
        }
        CsvTable flow = CsvTable.read(dir.resolve("flow.csv"));
        int[] f = {flow.column("bin_end_s"), flow.column("line"), flow.column("flow_per_s"),
            flow.column("cumulative_net")};
        for (int r = 0; r < flow.size(); r++) {
            String line = flow.text(r, f[1]);
            Series s = o.flow.computeIfAbsent(line, k -> new Series());
            s.t().add(flow.number(r, f[0]));
            s.v().add(flow.number(r, f[2]));
            Series c = o.cumulative.computeIfAbsent(line, k -> new Series());
            c.t().add(flow.number(r, f[0]));
            c.v().add(flow.number(r, f[3]));
        }
        CsvTable density = CsvTable.read(dir.resolve("density.csv"));
        int[] d = {density.column("bin_end_s"), density.column("area"), density.column("classic_density_per_m2")};
        for (int r = 0; r < density.size(); r++) {
            Series s = o.classic.computeIfAbsent(density.text(r, d[1]), k -> new Series());
            s.t().add(density.number(r, d[0]));
            s.v().add(density.number(r, d[2]));
        }
        o.readEvents(dir.resolve("events.csv"));
        Path traj = dir.resolve("trajectories.csv");
        if (Files.exists(traj) && trajectories > 0) {
            o.readTrajectories(traj, trajectories);
        }
        return o;
    }

    private void readEvents(Path file) throws IOException {
        CsvTable ev = CsvTable.read(file);
        int t = ev.column("time_s");
        int kind = ev.column("event");
        int n = 0;
        int served = 0;
        for (int r = 0; r < ev.size(); r++) {
            switch (ev.text(r, kind)) {
                case "entered" -> n++;
                case "left" -> n--;
                case "service_started" -> served++;
                case "service_ended" -> served--;
                default -> {
                    continue;
                }
            }
            double time = ev.number(r, t);
            inside.t().add(time);
            inside.v().add((double) n);
            inService.t().add(time);
            inService.v().add((double) served);
        }
    }

    /** Two passes, so only the chosen persons' positions are ever held: the file can be large. */
    private void readTrajectories(Path file, int wanted) throws IOException {
        Map<Integer, Integer> samples = new LinkedHashMap<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            r.readLine();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String[] p = line.split(",", 3);
                samples.merge(Integer.parseInt(p[1]), 1, Integer::sum);
            }
        }
        List<Integer> walked = samples.entrySet().stream().filter(e -> e.getValue() >= 2).map(Map.Entry::getKey)
                .toList();
        Map<Integer, List<double[]>> chosen = new TreeMap<>();
        int k = Math.min(wanted, walked.size());
        for (int i = 0; i < k; i++) {
            chosen.put(walked.get((int) ((long) i * walked.size() / k)), new ArrayList<>());
        }
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            r.readLine();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String[] p = line.split(",", 5);
                List<double[]> pts = chosen.get(Integer.parseInt(p[1]));
                if (pts != null) {
                    pts.add(new double[] {Double.parseDouble(p[2]), Double.parseDouble(p[3])});
                }
            }
        }
        chosen.forEach((id, pts) -> {
            double[] xy = new double[2 * pts.size()];
            for (int i = 0; i < pts.size(); i++) {
                xy[2 * i] = pts.get(i)[0];
                xy[2 * i + 1] = pts.get(i)[1];
            }
            trajectories.put(id, xy);
        });
    }
}
