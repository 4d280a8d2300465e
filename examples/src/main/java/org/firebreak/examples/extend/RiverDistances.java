package org.firebreak.examples.extend;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.firebreak.core.output.AtomicFile;
import org.firebreak.core.output.Csv;
import org.firebreak.frontier.agent.Agent;
import org.firebreak.frontier.agent.kind.AgentType;
import org.firebreak.frontier.engine.FrontierModel;
import org.firebreak.frontier.run.RunExtension;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;

/**
 * An extra output of a run: how far from the nearest river the refugees of each source walk.
 * Once every simulated hour it takes the distance from each moving refugee to the nearest
 * river line of the terrain, and at the end writes {@code river-distance.csv} with one row
 * per source: {@code source, samples, mean_distance_m}.
 */
public final class RiverDistances implements RunExtension {
    /** The file written into the run's output directory. */
    public static final String FILE = "river-distance.csv";
    private static final GeometryFactory GEOMETRY = new GeometryFactory();
    private final Map<String, double[]> bySource = new TreeMap<>();
    private List<Geometry> rivers;

    @Override
    public void afterStep(FrontierModel model) {
        if (rivers == null) {
            rivers = model.terrain().rivers();
        }
        long perHour = Math.round(3600 / model.stepSeconds());
        if (model.steps() % perHour != 0) {
            return;
        }
        for (Agent a : model.agents()) {
            if (a.type() == AgentType.REFUGEE && a.moving()) {
                double[] sum = bySource.computeIfAbsent(a.group().origin(), k -> new double[2]);
                sum[0]++;
                sum[1] += distance(a.x(), a.y());
            }
        }
    }

    private double distance(double x, double y) {
        Point p = GEOMETRY.createPoint(new Coordinate(x, y));
        double best = Double.POSITIVE_INFINITY;
        for (Geometry r : rivers) {
            best = Math.min(best, r.distance(p));
        }
        return best;
    }

    /** @return mean distance to the nearest river by source id, metres, over the samples taken */
    public Map<String, Double> meanDistanceBySource() {
        Map<String, Double> out = new TreeMap<>();
        bySource.forEach((source, s) -> out.put(source, s[1] / s[0]));
        return out;
    }

    @Override
    public List<Path> finish(FrontierModel model, Path outputDirectory) throws IOException {
        Path target = outputDirectory.resolve(FILE);
        try (AtomicFile file = new AtomicFile(target)) {
            Writer w = file.writer();
            w.write("source,samples,mean_distance_m\n");
            for (Map.Entry<String, double[]> e : bySource.entrySet()) {
                w.write(Csv.field(e.getKey()) + "," + Csv.number(e.getValue()[0]) + ","
                        + Csv.fixed(e.getValue()[1] / e.getValue()[0], 1) + "\n");
            }
            file.commit();
        }
        return List.of(target);
    }
}
