package org.firebreak.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.firebreak.core.Firebreak;
import org.firebreak.frontier.agent.kind.AgentState;
import org.firebreak.frontier.agent.kind.AgentType;
import org.firebreak.frontier.engine.CrossingScreening;
import org.firebreak.frontier.engine.FrontierModel;
import org.firebreak.frontier.engine.Phase;
import org.firebreak.frontier.run.RunResult;

/** The short summary a run prints on stdout. */
final class SummaryTable {
    private SummaryTable() {
    }

    static void print(PrintWriter out, RunResult result, String source) {
        FrontierModel m = result.model();
        String hash = String.valueOf(((Map<?, ?>) result.summary().get("scenario")).get("content_hash"));
        out.printf(Locale.ROOT, "Firebreak %s  scenario %s (%s)  seed %d  content hash %s%n", Firebreak.version(),
                m.scenario().name(), source, m.scenario().seed(), hash.substring(0, Math.min(12, hash.length())));
        double wall = Math.max(result.wallSeconds(), 1e-9);
        out.printf(Locale.ROOT, "Simulated %.1f h in %d steps of %s s: %.2f s wall time, %.0fx real time%n%n",
                m.elapsedSeconds() / 3600, m.steps(), fmt(m.scenario().time().stepSeconds()), wall,
                m.elapsedSeconds() / wall);

        Set<AgentState> states = new LinkedHashSet<>();
        for (AgentType t : AgentType.values()) {
            states.addAll(t.states());
        }
        List<String> head = new ArrayList<>(List.of("agents", "created"));
        states.forEach(s -> head.add(s.id()));
        List<List<String>> rows = new ArrayList<>();
        Map<AgentType, Map<AgentState, Long>> counts = m.counts();
        for (AgentType t : AgentType.values()) {
            List<String> r = new ArrayList<>(List.of(t.id(), Long.toString(m.created(t))));
            for (AgentState s : states) {
                Long n = counts.get(t).get(s);
                r.add(n == null ? "-" : Long.toString(n));
            }
            rows.add(r);
        }
        table(out, head, rows);

        List<List<String>> crossings = new ArrayList<>();
        for (Map.Entry<String, CrossingScreening> e : m.queues().entrySet()) {
            CrossingScreening q = e.getValue();
            crossings.add(List.of(e.getKey(), fmt(q.capacity().perHour()), Long.toString(m.crossings().get(e.getKey())),
                    Integer.toString(q.waiting()), String.format(Locale.ROOT, "%.1f", q.meanWaitSeconds() / 60),
                    String.format(Locale.ROOT, "%.1f", q.maxWaitSeconds() / 60)));
        }
        crossings.add(List.of("informal", "-", Long.toString(m.crossings().getOrDefault("informal", 0L)), "-", "-",
                "-"));
        table(out, List.of("crossing", "capacity/h", "crossed", "waiting", "mean wait min", "max wait min"),
                crossings);
        out.printf("detections %d, apprehensions %d%n%n", m.detections(), m.apprehensions());

        List<List<String>> phases = new ArrayList<>();
        long total = 0;
        for (Phase p : Phase.values()) {
            total += m.timer().nanos(p);
        }
        for (Phase p : Phase.values()) {
            long n = m.timer().nanos(p);
            phases.add(List.of(p.id(), String.format(Locale.ROOT, "%.1f", n / 1e6),
                    String.format(Locale.ROOT, "%.1f", n / 1e3 / Math.max(1, m.timer().calls(p))),
                    String.format(Locale.ROOT, "%.0f%%", total == 0 ? 0 : 100.0 * n / total)));
        }
        table(out, List.of("phase", "total ms", "us/step", "share"), phases);
        List<String> names = result.files().stream()
                .map(f -> result.outputDirectory().relativize(f).toString().replace('\\', '/')).toList();
        out.printf("Outputs in %s: %s%n", result.outputDirectory(), String.join(", ", names));
        out.flush();
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.1f", v);
    }

    private static void table(PrintWriter out, List<String> head, List<List<String>> rows) {
        int[] w = new int[head.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = head.get(i).length();
            for (List<String> r : rows) {
                w[i] = Math.max(w[i], r.get(i).length());
            }
        }
        line(out, head, w);
        for (List<String> r : rows) {
            line(out, r, w);
        }
        out.println();
    }

    private static void line(PrintWriter out, List<String> cells, int[] w) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            String c = cells.get(i);
            if (i == 0) {
                sb.append(String.format("%-" + w[i] + "s", c));
            } else {
                sb.append("  ").append(String.format("%" + w[i] + "s", c));
            }
        }
        out.println(sb.toString().stripTrailing());
    }
}
