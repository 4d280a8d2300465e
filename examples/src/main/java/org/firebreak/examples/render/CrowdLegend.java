package org.firebreak.examples.render;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.util.Locale;
import org.firebreak.crowd.CrowdSimulation;

/** The key of a crowd site view: clock, head counts, the density ramp and the site's parts. */
public final class CrowdLegend {
    private static final int PAD = 8;
    private static final int ROW = 15;

    private CrowdLegend() {
    }

    /**
     * @param g where to draw
     * @param name the scenario's name
     * @param sim the running simulation (null before the start)
     * @param x left edge, pixels
     * @param y top edge, pixels
     * @return the panel's size
     */
    public static Rectangle2D paint(Graphics2D g, String name, CrowdSimulation sim, double x, double y) {
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        double w = 236;
        double h = PAD * 2 + ROW * 8 + 2;
        MapStyle.panel(g, new Rectangle2D.Double(x, y, w, h));
        double cx = x + PAD;
        double cy = y + PAD + 11;
        g.setFont(MapStyle.TITLE);
        g.setColor(MapStyle.TEXT);
        g.drawString(name, (float) cx, (float) cy);
        g.setFont(MapStyle.LEGEND);
        cy += ROW;
        if (sim != null) {
            g.drawString(String.format(Locale.ROOT, "t = %.1f s   inside %d   left %d", sim.time(), sim.count(),
                    sim.removed()), (float) cx, (float) cy);
        }
        cy += ROW + 2;
        g.drawString("density, persons/m²", (float) cx, (float) cy);
        cy += 4;
        double[] ticks = DensityScale.TICKS;
        double top = DensityScale.JAM;
        double bw = w - 2 * PAD;
        for (int i = 0; i < (int) bw; i++) {
            g.setColor(MapStyle.density(i / bw * top));
            g.fill(new Rectangle2D.Double(cx + i, cy, 1, 8));
        }
        g.setColor(MapStyle.TEXT);
        cy += 8 + 11;
        for (double d : ticks) {
            String s = d == 0 ? "0" : String.valueOf(d);
            g.drawString(s, (float) (cx + d / top * bw - (d == 0 ? 0 : d == top ? 16 : 6)), (float) cy);
        }
        cy += ROW;
        swatch(g, cx, cy, MapStyle.SOURCE_AREA);
        g.setColor(MapStyle.TEXT);
        g.drawString("source", (float) (cx + 14), (float) cy);
        swatch(g, cx + 70, cy, MapStyle.SINK_AREA);
        g.setColor(MapStyle.TEXT);
        g.drawString("sink", (float) (cx + 84), (float) cy);
        swatch(g, cx + 130, cy, MapStyle.WAITING_AREA);
        g.setColor(MapStyle.TEXT);
        g.drawString("waiting area", (float) (cx + 144), (float) cy);
        cy += ROW;
        g.setColor(MapStyle.GATE);
        g.fill(new Rectangle2D.Double(cx, cy - 7, 10, 5));
        g.setColor(MapStyle.TEXT);
        g.drawString("gate (ticks: lanes)", (float) (cx + 14), (float) cy);
        g.setColor(MapStyle.MEASUREMENT);
        g.setStroke(MapStyle.DASHED);
        g.draw(new java.awt.geom.Line2D.Double(cx + 130, cy - 4, cx + 150, cy - 4));
        g.setColor(MapStyle.TEXT);
        g.drawString("measurement", (float) (cx + 154), (float) cy);
        cy += ROW;
        g.setColor(MapStyle.density(1));
        g.fill(new Ellipse2D.Double(cx, cy - 9, 9, 9));
        g.setColor(Color.BLACK);
        g.setStroke(new java.awt.BasicStroke(1f));
        g.draw(new Ellipse2D.Double(cx, cy - 9, 9, 9));
        g.setColor(MapStyle.TEXT);
        g.drawString("a person to scale; black ring: in service", (float) (cx + 14), (float) cy);
        return new Rectangle2D.Double(x, y, w, h);
    }

    private static void swatch(Graphics2D g, double x, double y, Color c) {
        g.setColor(new Color(c.getRed(), c.getGreen(), c.getBlue(), 110));
        g.fill(new Rectangle2D.Double(x, y - 9, 10, 10));
        g.setColor(c);
        g.draw(new Rectangle2D.Double(x, y - 9, 10, 10));
    }
}
