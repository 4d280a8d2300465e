package org.firebreak.examples.pictures;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.firebreak.examples.render.Labels;
import org.firebreak.examples.render.MapFrame;
import org.firebreak.examples.render.MapStyle;
import org.firebreak.frontier.agent.kind.AgentType;

/** The legend, scale bar and north arrow of the regional map. */
final class MapLegend {
    private static final double ROW = 24;
    private static final double PAD = 14;

    private MapLegend() {
    }

    /** One row: a symbol and its text. */
    private record Row(String text, java.util.function.BiConsumer<Graphics2D, double[]> symbol) {
    }

    static void draw(Graphics2D g, MapFrame frame, RegionalMap.Content content, int[] strides) {
        List<Row> rows = new ArrayList<>();
        for (AgentType type : new AgentType[] {AgentType.REFUGEE, AgentType.FIGHTER, AgentType.GUARD}) {
            int moved = content.tracks().getOrDefault(type, List.of()).size();
            int stride = strides[type.ordinal()];
            String sample = stride > 1 ? ", 1 in " + stride + " drawn" : "";
            rows.add(new Row(String.format(Locale.ROOT, "%s track (%,d moved of %,d%s)", type.id(), moved,
                    content.created().getOrDefault(type, 0L), sample), (gg, at) -> {
                        gg.setColor(MapStyle.hue(type));
                        gg.setStroke(new BasicStroke(2.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                        Path2D.Double p = new Path2D.Double();
                        p.moveTo(at[0] - 13, at[1] + 4);
                        p.curveTo(at[0] - 4, at[1] - 8, at[0] + 4, at[1] + 8, at[0] + 13, at[1] - 4);
                        gg.draw(p);
                    }));
        }
        rows.add(new Row("official crossing", (gg, at) -> RegionalMap.square(gg, at[0], at[1])));
        rows.add(new Row("informal crossing site", (gg, at) -> {
            Ellipse2D.Double dot = new Ellipse2D.Double(at[0] - 2.6, at[1] - 2.6, 5.2, 5.2);
            gg.setColor(Color.WHITE);
            gg.fill(dot);
            gg.setColor(MapStyle.INFORMAL);
            gg.setStroke(new BasicStroke(1.1f));
            gg.draw(dot);
        }));
        rows.add(new Row(String.format(Locale.ROOT, "apprehension (%,d)", content.apprehensions().length / 2),
                (gg, at) -> {
                    gg.setColor(MapStyle.APPREHENSION);
                    gg.setStroke(new BasicStroke(1.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                    RegionalMap.cross(gg, at[0], at[1], 4);
                }));
        rows.add(new Row("border", (gg, at) -> line(gg, at, MapStyle.BORDER, 1.6f)));
        rows.add(new Row("river", (gg, at) -> line(gg, at, MapStyle.WATER_LINE, 1.0f)));
        Font font = Style.font(Font.PLAIN, 13.5f);
        double textW = 0;
        for (Row r : rows) {
            textW = Math.max(textW, Labels.width(g, r.text(), font));
        }
        double w = PAD * 2 + 34 + textW;
        double h = PAD * 2 + ROW * rows.size() + 54;
        double x0 = frame.left() + 14;
        double y0 = frame.top() + frame.height() - 14 - h;
        g.setColor(new Color(255, 255, 255, 228));
        RoundRectangle2D.Double box = new RoundRectangle2D.Double(x0, y0, w, h, 10, 10);
        g.fill(box);
        g.setColor(new Color(0xB0, 0xB0, 0xB0));
        g.setStroke(new BasicStroke(1f));
        g.draw(box);
        g.setFont(font);
        double y = y0 + PAD + ROW / 2;
        for (Row r : rows) {
            r.symbol().accept(g, new double[] {x0 + PAD + 14, y});
            g.setColor(Style.INK);
            g.setFont(font);
            g.drawString(r.text(), (float) (x0 + PAD + 34), (float) (y + 5));
            y += ROW;
        }
        scaleBar(g, frame, x0 + PAD, y + 14);
    }

    private static void line(Graphics2D g, double[] at, Color c, float width) {
        g.setColor(c);
        g.setStroke(new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new Line2D.Double(at[0] - 13, at[1], at[0] + 13, at[1]));
    }

    /**
     * @param pixelsPerMetre the map's scale
     * @param target about how long the bar should be, pixels
     * @return a round length (1, 2 or 5 times a power of ten metres) near the target
     */
    static double roundLength(double pixelsPerMetre, double target) {
        double metres = target / pixelsPerMetre;
        double p = Math.pow(10, Math.floor(Math.log10(metres)));
        double best = p;
        for (double m : new double[] {1, 2, 5, 10}) {
            if (m * p <= metres) {
                best = m * p;
            }
        }
        return best;
    }

    /** A bar of two halves, labelled at 0, the middle and the end, in km (or m below a km). */
    private static void scaleBar(Graphics2D g, MapFrame frame, double x, double y) {
        double len = roundLength(frame.pixelsPerMetre(), 220);
        double px = len * frame.pixelsPerMetre();
        bar(g, x, y, px);
        Font font = Style.font(Font.PLAIN, 12f);
        g.setFont(font);
        g.setColor(Style.INK);
        boolean km = len >= 1000;
        double unit = km ? 1000 : 1;
        String[] labels = {"0", number(len / 2 / unit), number(len / unit) + (km ? " km" : " m")};
        for (int i = 0; i < 3; i++) {
            double lx = x + i * px / 2 - (i == 0 ? 0 : Labels.width(g, labels[i], font) / (i == 2 ? 1.4 : 2));
            g.drawString(labels[i], (float) lx, (float) (y + 21));
        }
        // north arrow to the right of the bar
        double nx = x + px + 36;
        Path2D.Double arrow = new Path2D.Double();
        arrow.moveTo(nx, y - 14);
        arrow.lineTo(nx + 6, y + 4);
        arrow.lineTo(nx, y);
        arrow.lineTo(nx - 6, y + 4);
        arrow.closePath();
        g.fill(arrow);
        g.setFont(Style.font(Font.BOLD, 12f));
        g.drawString("N", (float) (nx - 4), (float) (y + 19));
    }

    /**
     * The bar of a scale bar: a dark and a white half, outlined, 6 pixels tall.
     *
     * @param g where to draw
     * @param x left end, pixels
     * @param y top, pixels
     * @param px length, pixels
     */
    static void bar(Graphics2D g, double x, double y, double px) {
        for (int i = 0; i < 2; i++) {
            Rectangle2D.Double half = new Rectangle2D.Double(x + i * px / 2, y, px / 2, 6);
            g.setColor(i == 0 ? Style.INK : Color.WHITE);
            g.fill(half);
            g.setColor(Style.INK);
            g.setStroke(new BasicStroke(1f));
            g.draw(half);
        }
    }

    private static String number(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.1f", v);
    }
}
