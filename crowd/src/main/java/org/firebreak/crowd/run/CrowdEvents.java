package org.firebreak.crowd.run;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.firebreak.core.output.AtomicFile;
import org.firebreak.core.output.Csv;
import org.firebreak.crowd.CrowdListener;

/**
 * The discrete events of a crowd run (entries, exits, service starts and ends) kept in the
 * order the simulation reports them, which is fixed for a seed, and written as events.csv.
 */
final class CrowdEvents implements CrowdListener {
    /** File name. */
    static final String FILE = "events.csv";

    private record Event(double time, String kind, int id, String place, int lane) {
    }

    private final List<Event> events = new ArrayList<>();

    @Override
    public void entered(double timeSeconds, int id, String source) {
        events.add(new Event(timeSeconds, "entered", id, source, -1));
    }

    @Override
    public void left(double timeSeconds, int id, String sink) {
        events.add(new Event(timeSeconds, "left", id, sink, -1));
    }

    @Override
    public void serviceStarted(double timeSeconds, int id, String gate, int lane) {
        events.add(new Event(timeSeconds, "service_started", id, gate, lane));
    }

    @Override
    public void serviceEnded(double timeSeconds, int id, String gate, int lane) {
        events.add(new Event(timeSeconds, "service_ended", id, gate, lane));
    }

    void write(Path file) throws IOException {
        try (AtomicFile f = new AtomicFile(file)) {
            Writer out = f.writer();
            out.write("time_s,event,id,place,lane\n");
            for (Event e : events) {
                out.write(Csv.fixed(e.time(), 3) + "," + e.kind() + "," + e.id() + "," + Csv.field(e.place()) + ","
                        + (e.lane() < 0 ? "" : Integer.toString(e.lane())) + "\n");
            }
            f.commit();
        }
    }
}
