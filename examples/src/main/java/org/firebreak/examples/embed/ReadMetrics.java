package org.firebreak.examples.embed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads a finished run back from its files, as another program (a notebook, a report) would:
 * {@code summary.json} with Jackson, {@code crossings.csv} as plain text. Prints, per official
 * crossing that anyone reached, the people crossed by the end (from the summary), the same
 * total summed over the hourly rows of crossings.csv, and the median and 95th-percentile waits.
 * Columns and keys: docs/outputs.md.
 *
 * <p>{@code java -cp examples/target/firebreak.jar org.firebreak.examples.embed.ReadMetrics RUN_DIR}
 */
public final class ReadMetrics {
    private ReadMetrics() {
    }

    /**
     * One crossing's figures, as read back.
     *
     * @param crossed people who crossed by the end, from summary.json
     * @param crossedHourly the sum of the hourly {@code crossed} column of crossings.csv
     * @param waitMedianMinutes median wait, minutes
     * @param waitP95Minutes 95th-percentile wait, minutes
     */
    public record CrossingMetrics(long crossed, long crossedHourly, double waitMedianMinutes, double waitP95Minutes) {
    }

    /**
     * @param run a run's output directory
     * @return figures by crossing id, for crossings with arrivals
     * @throws IOException if a file cannot be read
     */
    public static Map<String, CrossingMetrics> read(Path run) throws IOException {
        JsonNode summary = new ObjectMapper().readTree(run.resolve("summary.json").toFile());
        Map<String, Long> hourly = new TreeMap<>();
        List<String> lines = Files.readAllLines(run.resolve("crossings.csv"));
        List<String> header = List.of(lines.get(0).split(","));
        int crossing = header.indexOf("crossing");
        int crossed = header.indexOf("crossed");
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            hourly.merge(f[crossing], Long.parseLong(f[crossed]), Long::sum);
        }
        Map<String, CrossingMetrics> out = new TreeMap<>();
        for (Map.Entry<String, JsonNode> e : summary.get("crossings").properties()) {
            JsonNode c = e.getValue();
            if (c.path("arrivals").asLong() > 0) {
                out.put(e.getKey(), new CrossingMetrics(c.get("crossed").asLong(), hourly.getOrDefault(e.getKey(), 0L),
                        c.get("wait_median_minutes").asDouble(), c.get("wait_p95_minutes").asDouble()));
            }
        }
        return out;
    }

    /**
     * @param args a run's output directory
     * @throws IOException if a file cannot be read
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: ReadMetrics RUN_DIR");
            System.exit(2);
            return;
        }
        JsonNode summary = new ObjectMapper().readTree(Path.of(args[0]).resolve("summary.json").toFile());
        System.out.println("scenario " + summary.get("scenario").get("name").asText()
                + ", seed " + summary.get("seed").asText() + ", " + summary.get("simulated_hours").asText() + " h");
        read(Path.of(args[0])).forEach((id, m) -> System.out.printf(java.util.Locale.ROOT,
                "%s: crossed %d (hourly rows: %d), wait median %.1f min, 95th percentile %.1f min%n", id, m.crossed(),
                m.crossedHourly(), m.waitMedianMinutes(), m.waitP95Minutes()));
    }
}
