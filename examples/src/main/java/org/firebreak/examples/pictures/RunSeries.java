package org.firebreak.examples.pictures;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.firebreak.frontier.agent.kind.AgentState;
import org.firebreak.frontier.agent.kind.AgentType;
import org.firebreak.frontier.engine.FrontierModel;

/**
 * The run's hourly figures, read from the model at the same moments and under the same names
 * as the columns of timeseries.csv (end of every simulated hour, and the end of the run), plus
 * {@code fighters_crossed_undetected} from the run's metrics.
 */
final class RunSeries {
    private final List<Double> hours = new ArrayList<>();
    private final Map<String, List<Double>> columns = new LinkedHashMap<>();
    private final List<String> officialCrossings = new ArrayList<>();

    /**
     * Takes a row, unless one was taken at this time already.
     *
     * @param model the model
     */
    void record(FrontierModel model) {
        double h = model.elapsedSeconds() / 3600.0;
        if (!hours.isEmpty() && hours.get(hours.size() - 1) == h) {
            return;
        }
        if (hours.isEmpty()) {
            officialCrossings.addAll(model.queues().keySet());
        }
        int row = hours.size();
        hours.add(h);
        Map<AgentType, Map<AgentState, Long>> counts = model.counts();
        for (AgentType type : AgentType.values()) {
            put(row, type.id() + "_created", model.created(type));
            counts.get(type).forEach((state, n) -> put(row, type.id() + "_" + state.id(), n));
        }
        model.crossings().forEach((id, n) -> put(row, "crossed_" + id, n));
        model.queues().forEach((id, q) -> put(row, "queue_" + id, q.waiting()));
        put(row, "detections", model.detections());
        put(row, "apprehensions", model.apprehensions());
        put(row, "fighters_crossed_undetected", model.metrics().fightersCrossedUndetected());
    }

    private void put(int row, String column, double value) {
        List<Double> c = columns.computeIfAbsent(column, k -> new ArrayList<>());
        while (c.size() < row) {
            c.add(0.0); // a column that appeared late was 0 before
        }
        c.add(value);
    }

    /** @return the end of each row's hour, simulated hours from the start */
    double[] hours() {
        return hours.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /**
     * @param column a timeseries.csv column name
     * @return its values, one per row (zeros if the run never had it)
     */
    double[] get(String column) {
        List<Double> c = columns.get(column);
        double[] out = new double[hours.size()];
        if (c != null) {
            for (int i = 0; i < c.size(); i++) {
                out[i] = c.get(i);
            }
        }
        return out;
    }

    /** @return official crossing ids, in terrain order */
    List<String> officialCrossings() {
        return officialCrossings;
    }

    /**
     * @param column a running total
     * @return the increase in each row (per hour; the last row may cover a part hour)
     */
    double[] increments(String column) {
        double[] c = get(column);
        double[] out = new double[c.length];
        for (int i = 0; i < c.length; i++) {
            out[i] = c[i] - (i == 0 ? 0 : c[i - 1]);
        }
        return out;
    }
}
