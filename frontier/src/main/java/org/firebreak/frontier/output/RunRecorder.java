package org.firebreak.frontier.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.firebreak.core.output.AtomicFile;
import org.firebreak.core.output.Csv;
import org.firebreak.frontier.agent.Agent;
import org.firebreak.frontier.agent.kind.AgentState;
import org.firebreak.frontier.agent.kind.AgentType;
import org.firebreak.frontier.engine.EventSink;
import org.firebreak.frontier.engine.FrontierModel;
import org.firebreak.frontier.engine.StepObserver;

/**
 * Records a run into its output directory: events.csv as they happen, timeseries.csv at
 * every whole simulated hour (and at the end, if the run stops between hours). Files are
 * written under temporary names and appear only on {@link #commit}.
 *
 * <p>Everything recorded here is a function of the seed and the scenario: the same inputs
 * give byte-identical files.
 */
public final class RunRecorder implements EventSink, StepObserver, AutoCloseable {
    /** Events file name. */
    public static final String EVENTS = "events.csv";
    /** Time series file name. */
    public static final String TIMESERIES = "timeseries.csv";

    private final AtomicFile events;
    private final List<String> rows = new ArrayList<>();
    private final Path dir;
    private String header;
    private double lastRowSeconds = -1;

    /**
     * @param dir a prepared output directory
     * @throws IOException if the events file cannot be opened
     */
    public RunRecorder(Path dir) throws IOException {
        this.dir = dir;
        this.events = new AtomicFile(dir.resolve(EVENTS));
        events.writer().write("time_s,agent_id,agent_type,group_id,event,detail,x_m,y_m\n");
    }

    /**
     * Continues the recording of a run resumed from a checkpoint: events.csv starts with the
     * bytes the run had written up to it, and the time series with its rows.
     *
     * @param dir a prepared output directory
     * @param state the recorder's state at the checkpoint
     * @param eventsSoFar writes events.csv as it was at the checkpoint, header included
     * @throws IOException if the events file cannot be opened or its start written
     */
    public RunRecorder(Path dir, State state, AtomicFile.BytesWriter eventsSoFar) throws IOException {
        this.dir = dir;
        this.events = new AtomicFile(dir.resolve(EVENTS), eventsSoFar);
        this.header = state.header();
        this.rows.addAll(state.rows());
        this.lastRowSeconds = state.lastRowSeconds();
    }

    /**
     * What a checkpoint keeps of a recorder besides events.csv.
     *
     * @param header the time series' header, or null before its first row
     * @param rows its rows so far
     * @param lastRowSeconds simulated time of the last row, or -1
     */
    public record State(String header, List<String> rows, double lastRowSeconds) implements java.io.Serializable {
        /** Copies the rows. */
        public State {
            rows = List.copyOf(rows);
        }
    }

    /** @return the state to checkpoint */
    public State state() {
        return new State(header, rows, lastRowSeconds);
    }

    /**
     * Flushes events.csv so far to its temporary file, to be copied into a checkpoint.
     *
     * @return its length in bytes
     * @throws IOException if it cannot be flushed
     */
    public long flushEvents() throws IOException {
        return events.flush();
    }

    /**
     * @param out receives events.csv as flushed by {@link #flushEvents()}
     * @throws IOException if it cannot be read or written
     */
    public void copyEvents(java.io.OutputStream out) throws IOException {
        events.copyFlushedTo(out);
    }

    @Override
    public void event(double timeSeconds, Agent agent, String event, String detail) {
        try {
            Writer w = events.writer();
            w.write(Csv.number(timeSeconds));
            w.write(',');
            w.write(Long.toString(agent.id()));
            w.write(',');
            w.write(agent.type().id());
            w.write(',');
            w.write(Long.toString(agent.group().id()));
            w.write(',');
            w.write(event);
            w.write(',');
            w.write(Csv.field(detail));
            w.write(',');
            w.write(Csv.fixed(agent.x(), 1));
            w.write(',');
            w.write(Csv.fixed(agent.y(), 1));
            w.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + events.target(), e);
        }
    }

    @Override
    public void afterStep(FrontierModel model) {
        if (model.steps() % model.scenario().time().stepsPerHour() == 0) {
            addRow(model);
        }
    }

    private void addRow(FrontierModel model) {
        double t = model.elapsedSeconds();
        if (t == lastRowSeconds) {
            return;
        }
        lastRowSeconds = t;
        Map<AgentType, Map<AgentState, Long>> counts = model.counts();
        List<String> names = new ArrayList<>();
        List<String> values = new ArrayList<>();
        names.add("hour");
        values.add(Csv.number(Csv.round(t / 3600.0, 6)));
        names.add("time_s");
        values.add(Csv.number(t));
        for (AgentType type : AgentType.values()) {
            names.add(type.id() + "_created");
            values.add(Long.toString(model.created(type)));
            for (Map.Entry<AgentState, Long> e : counts.get(type).entrySet()) {
                names.add(type.id() + "_" + e.getKey().id());
                values.add(Long.toString(e.getValue()));
            }
        }
        for (Map.Entry<String, Long> e : model.crossings().entrySet()) {
            names.add("crossed_" + e.getKey());
            values.add(Long.toString(e.getValue()));
        }
        model.queues().forEach((id, q) -> {
            names.add("queue_" + id);
            values.add(Integer.toString(q.waiting()));
        });
        names.add("detections");
        values.add(Long.toString(model.detections()));
        names.add("apprehensions");
        values.add(Long.toString(model.apprehensions()));
        if (header == null) {
            header = String.join(",", names);
        }
        rows.add(String.join(",", values));
    }

    /**
     * Takes the final time-series row (if the run ended between hours) and completes both files.
     *
     * @param model the finished model
     * @return the files written
     * @throws IOException if a file cannot be completed
     */
    public List<Path> commit(FrontierModel model) throws IOException {
        addRow(model);
        StringBuilder sb = new StringBuilder(header).append('\n');
        for (String r : rows) {
            sb.append(r).append('\n');
        }
        Path ts = dir.resolve(TIMESERIES);
        AtomicFile.write(ts, sb.toString());
        events.commit();
        return List.of(events.target(), ts);
    }

    /** Discards the events file if the run did not complete. */
    @Override
    public void close() {
        events.close();
    }
}
