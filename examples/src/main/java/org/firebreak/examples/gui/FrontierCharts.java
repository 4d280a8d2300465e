package org.firebreak.examples.gui;

import java.util.ArrayList;
import java.util.List;
import javax.swing.JFrame;
import org.firebreak.examples.render.MapStyle;
import org.firebreak.frontier.agent.kind.AgentState;
import org.firebreak.frontier.agent.kind.AgentType;
import org.firebreak.frontier.engine.CrossingScreening;
import org.firebreak.frontier.engine.Events;
import org.firebreak.frontier.engine.FrontierModel;
import sim.display.GUIState;

/**
 * The regional run's live charts, against simulated hours: border crossings per hour (official
 * and informal, over the last hour), people waiting at official crossings, fighters apprehended
 * against fighters who crossed before their group was ever detected, and refugees arrived.
 */
final class FrontierCharts {
    private final FrontierModel model;
    private final List<SeriesChart> charts = new ArrayList<>();
    /** Cumulative official and informal crossings at the end of each of the last hour's steps. */
    private long[] officialRing = new long[1];
    private long[] informalRing = new long[1];
    private long officialPerHour;
    private long informalPerHour;
    private long arrived;
    private long refugeesMoving;
    private long fightersApprehended;

    /** @param model the running model */
    FrontierCharts(FrontierModel model) {
        this.model = model;
        charts.add(new SeriesChart("Border crossings per hour", "hours", "crossings in the last hour")
                .series("official", MapStyle.REFUGEE, () -> officialPerHour)
                .series("informal", MapStyle.INFORMAL, () -> informalPerHour));
        charts.add(new SeriesChart("Waiting at official crossings", "hours", "people")
                .series("waiting", MapStyle.queue(MapStyle.QUEUE_FULL), this::waiting)
                .series("in a lane", MapStyle.CROSSING_LINE, this::inService));
        charts.add(new SeriesChart("Fighters", "hours", "fighters")
                .series("apprehended", MapStyle.agent(AgentType.FIGHTER, AgentState.APPREHENDED),
                        () -> fightersApprehended)
                .series("crossed undetected", MapStyle.FIGHTER, () -> model.metrics().fightersCrossedUndetected()));
        charts.add(new SeriesChart("Refugees", "hours", "people")
                .series("arrived", MapStyle.agent(AgentType.REFUGEE, AgentState.QUEUEING), () -> arrived)
                .series("on the move", MapStyle.REFUGEE, () -> refugeesMoving));
    }

    /**
     * @param gui the GUI
     * @return the windows, opened
     */
    List<JFrame> open(GUIState gui) {
        List<JFrame> frames = new ArrayList<>();
        for (SeriesChart c : charts) {
            frames.add(c.open(gui));
        }
        return frames;
    }

    /** Empties the charts for a new run. */
    void reset() {
        int window = Math.max(1, model.scenario().time().stepsPerHour());
        officialRing = new long[window];
        informalRing = new long[window];
        charts.forEach(SeriesChart::clear);
    }

    /** Adds the model's figures after a step. */
    void sample() {
        long informal = model.crossings().getOrDefault(Events.INFORMAL, 0L);
        long official = model.crossings().values().stream().mapToLong(Long::longValue).sum() - informal;
        int slot = (int) (model.steps() % officialRing.length);
        // the ring holds the totals of one hour ago in the slot about to be overwritten
        officialPerHour = official - officialRing[slot];
        informalPerHour = informal - informalRing[slot];
        officialRing[slot] = official;
        informalRing[slot] = informal;
        var counts = model.counts();
        arrived = counts.get(AgentType.REFUGEE).get(AgentState.ARRIVED);
        refugeesMoving = counts.get(AgentType.REFUGEE).get(AgentState.EN_ROUTE);
        fightersApprehended = counts.get(AgentType.FIGHTER).get(AgentState.APPREHENDED);
        double hours = model.elapsedSeconds() / 3600;
        for (SeriesChart c : charts) {
            c.sample(hours, model.steps());
        }
    }

    private double waiting() {
        return model.queues().values().stream().mapToInt(CrossingScreening::waiting).sum();
    }

    private double inService() {
        return model.queues().values().stream().mapToInt(CrossingScreening::inService).sum();
    }
}
