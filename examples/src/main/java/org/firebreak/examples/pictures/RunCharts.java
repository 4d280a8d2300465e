package org.firebreak.examples.pictures;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.firebreak.examples.pictures.Charts.Line;
import org.firebreak.examples.pictures.Charts.Panel;
import org.firebreak.examples.render.MapStyle;

/**
 * charts.png of a regional run: six panels of the run's hourly figures ({@link RunSeries}):
 * crossings per hour, crossings by crossing, queues, refugees by state, fighters with detections,
 * guards by state. Crossings keep one colour in every panel.
 */
final class RunCharts {
    /** Official crossings drawn one by one in the crossings panels; the rest are summed. */
    static final int CROSSINGS_SHOWN = 7;
    private static final String HOURS = "simulated hours";

    private RunCharts() {
    }

    static BufferedImage render(RunSeries s, String title, String subtitle) {
        double[] t = s.hours();
        List<Panel> panels = new ArrayList<>();
        double[] official = new double[t.length];
        for (String id : s.officialCrossings()) {
            official = add(official, s.increments("crossed_" + id));
        }
        panels.add(new Panel("People crossed per hour", HOURS, "people per hour", List.of(
                new Line("at official crossings", t, official, Charts.CATEGORICAL[0], false),
                new Line("informally", t, s.increments("crossed_informal"), Style.INK, true))));
        panels.add(crossedByCrossing(s, t));
        panels.add(queues(s, t));
        panels.add(new Panel("Refugees", HOURS, "people", List.of(
                new Line("created", t, s.get("refugee_created"), Style.MUTED_INK, true),
                new Line("en route", t, s.get("refugee_en_route"), MapStyle.REFUGEE, false),
                new Line("waiting", t, s.get("refugee_waiting"), Charts.CATEGORICAL[3], false),
                new Line("in queue or screening", t, add(s.get("refugee_queueing"), s.get("refugee_screening")),
                        Charts.CATEGORICAL[0], false),
                new Line("arrived", t, s.get("refugee_arrived"), Charts.CATEGORICAL[2], false))));
        panels.add(new Panel("Fighters and detections, running totals", HOURS, "fighters (detections: events)",
                List.of(new Line("created", t, s.get("fighter_created"), Style.MUTED_INK, true),
                        new Line("crossed a border undetected", t, s.get("fighters_crossed_undetected"), MapStyle.FIGHTER,
                                false),
                        new Line("apprehended", t, s.get("fighter_apprehended"), MapStyle.APPREHENSION, false),
                        new Line("at their objective", t, s.get("fighter_arrived"), Charts.CATEGORICAL[1], false),
                        new Line("detections", t, s.get("detections"), Charts.CATEGORICAL[0], true))));
        panels.add(new Panel("Guards", HOURS, "guards", List.of(
                new Line("on post", t, s.get("guard_on_post"), MapStyle.GUARD, false),
                new Line("patrolling", t, s.get("guard_patrolling"), Charts.CATEGORICAL[0], false),
                new Line("responding", t, s.get("guard_responding"), MapStyle.FIGHTER, false),
                new Line("en route", t, s.get("guard_en_route"), Style.MUTED_INK, true))));
        return Charts.render(title, subtitle, panels, 3);
    }

    private static Panel crossedByCrossing(RunSeries s, double[] t) {
        List<String> ids = byTotal(s, s.officialCrossings(), "crossed_");
        List<Line> lines = new ArrayList<>();
        double[] rest = new double[t.length];
        for (int k = 0; k < ids.size(); k++) {
            double[] total = s.get("crossed_" + ids.get(k));
            if (k < CROSSINGS_SHOWN) {
                lines.add(new Line(ids.get(k), t, total, Charts.CATEGORICAL[k % Charts.CATEGORICAL.length], false));
            } else {
                rest = add(rest, total);
            }
        }
        if (ids.size() > CROSSINGS_SHOWN) {
            lines.add(new Line("other official", t, rest, Style.MUTED_INK, false));
        }
        lines.add(new Line("informal", t, s.get("crossed_informal"), Style.INK, true));
        return new Panel("People crossed, running totals", HOURS, "people", lines);
    }

    private static Panel queues(RunSeries s, double[] t) {
        List<String> ids = byTotal(s, s.officialCrossings(), "queue_");
        List<Line> lines = new ArrayList<>();
        double[] total = new double[t.length];
        int shown = 0;
        for (String id : ids) {
            double[] q = s.get("queue_" + id);
            total = add(total, q);
            if (shown < CROSSINGS_SHOWN && max(q) > 0) {
                lines.add(new Line(id, t, q, colourOf(s, id), false));
                shown++;
            }
        }
        lines.add(new Line("all official crossings", t, total, Style.INK, true));
        return new Panel("People waiting at official crossings", HOURS, "people in queue", lines);
    }

    /** The colour a crossing has in the crossings-per-hour panel, so both panels agree. */
    private static Color colourOf(RunSeries s, String id) {
        int rank = byTotal(s, s.officialCrossings(), "crossed_").indexOf(id);
        return rank >= 0 && rank < CROSSINGS_SHOWN ? Charts.CATEGORICAL[rank % Charts.CATEGORICAL.length]
                : Style.MUTED_INK;
    }

    /** Crossings with some activity first, most first; ties (and the idle) in terrain order. */
    private static List<String> byTotal(RunSeries s, List<String> ids, String prefix) {
        List<String> active = new ArrayList<>(ids.stream().filter(id -> max(s.get(prefix + id)) > 0).toList());
        active.sort(Comparator.comparingDouble((String id) -> -max(s.get(prefix + id))));
        return active;
    }

    private static double[] add(double[] a, double[] b) {
        double[] out = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i] + b[i];
        }
        return out;
    }

    private static double max(double[] a) {
        double m = 0;
        for (double v : a) {
            m = Math.max(m, v);
        }
        return m;
    }
}
