package org.firebreak.examples.render;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import org.firebreak.frontier.agent.kind.AgentState;
import org.firebreak.frontier.agent.kind.AgentType;
import org.firebreak.frontier.engine.FrontierModel;

/**
 * The key of a regional map, with the run's clock and head counts: a panel in a corner of the
 * view explaining every colour and symbol the map uses.
 */
public final class RegionalLegend {
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final int PAD = 8;
    private static final int ROW = 15;
    private static final int SWATCH = 8;

    private RegionalLegend() {
    }

    /**
     * @param g where to draw
     * @param model the running model
     * @param x left edge of the panel, pixels
     * @param y top edge of the panel, pixels
     * @return the panel's size
     */
    public static Rectangle2D paint(Graphics2D g, FrontierModel model, double x, double y) {
        Object aa = g.getRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        String clock = clock(model);
        String[][] rows = headCounts(model.counts());
        double w = 300;
        double h = PAD * 2 + 18 + ROW * 11 + 4;
        MapStyle.panel(g, new Rectangle2D.Double(x, y, w, h));
        double cx = x + PAD;
        double cy = y + PAD + 11;
        g.setFont(MapStyle.TITLE);
        g.setColor(MapStyle.TEXT);
        g.drawString(model.scenario().name(), (float) cx, (float) cy);
        g.setFont(MapStyle.LEGEND);
        cy += ROW;
        g.drawString(clock, (float) cx, (float) cy);
        cy += ROW + 3;
        cy = agents(g, rows, cx, cy);
        symbols(g, cx, cy);
        if (aa != null) {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, aa);
        }
        return new Rectangle2D.Double(x, y, w, h);
    }

    /** @return the run's elapsed time and its date and time of day */
    private static String clock(FrontierModel model) {
        double hours = model.elapsedSeconds() / 3600;
        return String.format(Locale.ROOT, "%d h %02d min", (long) hours, Math.round((hours % 1) * 60) % 60)
                + "   " + CLOCK.format(Instant.ofEpochSecond((long) model.scenario().time()
                        .epochSeconds(model.elapsedSeconds())));
    }

    /** @return per agent type (refugees, fighters, guards): its name and its head counts */
    private static String[][] headCounts(Map<AgentType, Map<AgentState, Long>> counts) {
        return new String[][] {
            {"refugees", count(counts, AgentType.REFUGEE, null) + " (arrived " + count(counts, AgentType.REFUGEE,
                AgentState.ARRIVED) + ")"},
            {"fighters", count(counts, AgentType.FIGHTER, null) + " (apprehended " + count(counts, AgentType.FIGHTER,
                AgentState.APPREHENDED) + ")"},
            {"guards", count(counts, AgentType.GUARD, null) + " (responding " + count(counts, AgentType.GUARD,
                AgentState.RESPONDING) + ")"},
        };
    }

    /**
     * Draws a row per agent type: the shades of its states and its head counts.
     *
     * @return the baseline of the row after them
     */
    private static double agents(Graphics2D g, String[][] rows, double cx, double cy) {
        AgentType[] types = {AgentType.REFUGEE, AgentType.FIGHTER, AgentType.GUARD};
        AgentState[][] shades = {
            {AgentState.EN_ROUTE, AgentState.QUEUEING, AgentState.WAITING, AgentState.ARRIVED},
            {AgentState.EN_ROUTE, AgentState.QUEUEING, AgentState.WAITING, AgentState.APPREHENDED},
            {AgentState.PATROLLING, AgentState.ON_POST, AgentState.RESPONDING},
        };
        for (int i = 0; i < types.length; i++) {
            double sx = cx;
            for (AgentState s : shades[i]) {
                g.setColor(MapStyle.agent(types[i], s));
                g.fill(new Rectangle2D.Double(sx, cy - SWATCH, SWATCH, SWATCH));
                sx += SWATCH + 2;
            }
            g.setColor(MapStyle.TEXT);
            g.drawString(rows[i][0] + " " + rows[i][1], (float) (cx + 4 * (SWATCH + 2) + 4), (float) cy);
            cy += ROW;
        }
        g.setColor(MapStyle.TEXT);
        g.drawString("shades: moving · queueing · resting · arrived/held", (float) cx, (float) cy);
        return cy + (ROW + 3);
    }

    /** Draws the key of the map's symbols: crossings, border, road and river. */
    private static void symbols(Graphics2D g, double cx, double cy) {
        FrontierPainter.paintOfficial(g, cx + 4, cy - 4, true, 0);
        FrontierPainter.paintOfficial(g, cx + 16, cy - 4, true, MapStyle.QUEUE_FULL / 4);
        FrontierPainter.paintOfficial(g, cx + 28, cy - 4, true, MapStyle.QUEUE_FULL);
        g.setColor(MapStyle.TEXT);
        g.drawString("official crossing: queue 0 … " + MapStyle.QUEUE_FULL + "+", (float) (cx + 40), (float) cy);
        cy += ROW;
        FrontierPainter.paintOfficial(g, cx + 4, cy - 4, false, 0);
        g.setColor(MapStyle.TEXT);
        g.drawString("official crossing, closed", (float) (cx + 40), (float) cy);
        cy += ROW;
        Path2D.Double tri = new Path2D.Double();
        double tx = cx + 4;
        double ty = cy - 4;
        tri.moveTo(tx, ty - 3.6);
        tri.lineTo(tx + 3, ty + 2.4);
        tri.lineTo(tx - 3, ty + 2.4);
        tri.closePath();
        g.setColor(MapStyle.INFORMAL);
        g.draw(tri);
        g.setColor(MapStyle.TEXT);
        g.drawString("informal crossing", (float) (cx + 40), (float) cy);
        cy += ROW;
        line(g, cx, cy - 4, MapStyle.BORDER, MapStyle.BORDER_STROKE);
        g.setColor(MapStyle.TEXT);
        g.drawString("border", (float) (cx + 40), (float) cy);
        cy += ROW;
        line(g, cx, cy - 4, MapStyle.ROAD, MapStyle.ROAD_STROKE);
        g.setColor(MapStyle.TEXT);
        g.drawString("road", (float) (cx + 40), (float) cy);
        line(g, cx + 110, cy - 4, MapStyle.WATER_LINE, MapStyle.RIVER_STROKE);
        g.setColor(MapStyle.TEXT);
        g.drawString("river", (float) (cx + 150), (float) cy);
    }

    private static void line(Graphics2D g, double x, double y, java.awt.Color c, java.awt.Stroke s) {
        g.setColor(c);
        g.setStroke(s);
        g.draw(new Line2D.Double(x, y, x + 32, y));
        g.setStroke(MapStyle.THIN);
    }

    private static String count(Map<AgentType, Map<AgentState, Long>> counts, AgentType type, AgentState state) {
        Map<AgentState, Long> m = counts.get(type);
        long n = state == null ? m.values().stream().mapToLong(Long::longValue).sum() : m.getOrDefault(state, 0L);
        return String.format(Locale.ROOT, "%,d", n);
    }
}
