package org.firebreak.crowd.measure;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Arrays;
import org.firebreak.core.output.AtomicFile;
import org.firebreak.core.output.Csv;
import org.firebreak.crowd.CrowdObserver;

/**
 * Samples positions and velocities every interval seconds (at the first observation at or
 * after each multiple of it) into flat arrays, and writes them as trajectories.csv and,
 * optionally, trajectories.geojson (one LineString per person, in local metres).
 */
public final class TrajectoryRecorder implements CrowdObserver {
    /** CSV file name. */
    public static final String CSV = "trajectories.csv";
    /** GeoJSON file name. */
    public static final String GEOJSON = "trajectories.geojson";

    private final double interval;
    private double nextSample;
    private double lastTime = Double.NaN;
    private int rows;
    private double[] t = new double[256];
    private int[] id = new int[256];
    private double[] px = new double[256];
    private double[] py = new double[256];
    private double[] pvx = new double[256];
    private double[] pvy = new double[256];

    /** @param intervalSeconds time between samples (s); 0 samples every observation */
    public TrajectoryRecorder(double intervalSeconds) {
        if (!(intervalSeconds >= 0) || !CrowdMeasureConfig.TRAJECTORY_INTERVAL.accepts(intervalSeconds)) {
            throw new IllegalArgumentException("trajectory_interval = " + intervalSeconds
                    + " is out of range; expected a number in [0, 3600] s");
        }
        this.interval = intervalSeconds;
    }

    @Override
    public void observe(double timeSeconds, int count, int[] ids, double[] x, double[] y, double[] vx, double[] vy) {
        Observations.check(timeSeconds, lastTime, count, ids, x, y, vx, vy);
        lastTime = timeSeconds;
        if (timeSeconds < nextSample - 1e-9) {
            return;
        }
        nextSample = interval == 0 ? timeSeconds : (Math.floor(timeSeconds / interval + 1e-9) + 1) * interval;
        ensure(rows + count);
        for (int i = 0; i < count; i++) {
            t[rows] = timeSeconds;
            id[rows] = ids[i];
            px[rows] = x[i];
            py[rows] = y[i];
            pvx[rows] = vx[i];
            pvy[rows] = vy[i];
            rows++;
        }
    }

    private void ensure(int size) {
        if (size > t.length) {
            int len = Math.max(size, t.length * 2);
            t = Arrays.copyOf(t, len);
            id = Arrays.copyOf(id, len);
            px = Arrays.copyOf(px, len);
            py = Arrays.copyOf(py, len);
            pvx = Arrays.copyOf(pvx, len);
            pvy = Arrays.copyOf(pvy, len);
        }
    }

    /** @return samples recorded (one per person per sampled observation) */
    public int samples() {
        return rows;
    }

    /**
     * Writes trajectories.csv: time_s,id,x,y,vx,vy in observation order.
     *
     * @param target the file
     * @throws IOException if it cannot be written; a file of that name is then left as it was
     */
    public void writeCsv(Path target) throws IOException {
        try (AtomicFile f = new AtomicFile(target)) {
            Writer w = f.writer();
            w.write("time_s,id,x,y,vx,vy\n");
            StringBuilder line = new StringBuilder(64);
            for (int r = 0; r < rows; r++) {
                line.setLength(0);
                line.append(Csv.fixed(t[r], 3)).append(',').append(id[r]).append(',')
                        .append(Csv.fixed(px[r], 3)).append(',').append(Csv.fixed(py[r], 3)).append(',')
                        .append(Csv.fixed(pvx[r], 3)).append(',').append(Csv.fixed(pvy[r], 3)).append('\n');
                w.append(line);
            }
            f.commit();
        }
    }

    /**
     * Writes trajectories.geojson: a FeatureCollection with one Feature per person (in the order
     * first seen), a LineString of the sampled positions (a Point when sampled once), and the
     * properties id, start_s and end_s. Coordinates are local metres, not longitude and
     * latitude; the collection says so in a "coordinate_units" member.
     *
     * @param target the file
     * @throws IOException if it cannot be written; a file of that name is then left as it was
     */
    public void writeGeoJson(Path target) throws IOException {
        IdIndex index = new IdIndex();
        int[] slotOfRow = new int[rows];
        for (int r = 0; r < rows; r++) {
            slotOfRow[r] = index.slot(id[r]);
        }
        int persons = index.size();
        int[] start = new int[persons + 1];
        for (int r = 0; r < rows; r++) {
            start[slotOfRow[r] + 1]++;
        }
        for (int s = 0; s < persons; s++) {
            start[s + 1] += start[s];
        }
        int[] order = new int[rows];
        int[] fill = Arrays.copyOf(start, persons);
        for (int r = 0; r < rows; r++) {
            order[fill[slotOfRow[r]]++] = r;
        }
        try (AtomicFile f = new AtomicFile(target)) {
            Writer w = f.writer();
            w.write("{\"type\":\"FeatureCollection\",\"coordinate_units\":\"local metres\",\"features\":[");
            StringBuilder b = new StringBuilder(256);
            for (int s = 0; s < persons; s++) {
                b.setLength(0);
                int from = start[s];
                int to = start[s + 1];
                b.append(s == 0 ? "\n" : ",\n");
                b.append("{\"type\":\"Feature\",\"properties\":{\"id\":").append(index.id(s))
                        .append(",\"start_s\":").append(Csv.fixed(t[order[from]], 3))
                        .append(",\"end_s\":").append(Csv.fixed(t[order[to - 1]], 3))
                        .append("},\"geometry\":{\"type\":");
                if (to - from == 1) {
                    b.append("\"Point\",\"coordinates\":");
                    point(b, order[from]);
                } else {
                    b.append("\"LineString\",\"coordinates\":[");
                    for (int k = from; k < to; k++) {
                        if (k > from) {
                            b.append(',');
                        }
                        point(b, order[k]);
                    }
                    b.append(']');
                }
                b.append("}}");
                w.append(b);
            }
            w.write("\n]}\n");
            f.commit();
        }
    }

    private void point(StringBuilder b, int r) {
        b.append('[').append(Csv.fixed(px[r], 3)).append(',').append(Csv.fixed(py[r], 3)).append(']');
    }
}
