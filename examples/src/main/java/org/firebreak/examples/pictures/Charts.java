package org.firebreak.examples.pictures;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.ui.RectangleEdge;
import org.jfree.ui.RectangleInsets;

/**
 * A grid of small line charts in one picture (charts.png), drawn with JFreeChart onto a plain
 * image: no window, no display. The panels are described as data ({@link Panel}, {@link Line})
 * so the regional and crowd pictures share the look.
 */
public final class Charts {
    /** Width of the picture, pixels. */
    public static final int WIDTH = 1600;
    /** Height of one panel, pixels. */
    public static final int PANEL_HEIGHT = 360;
    /** Space above the panels for the title, pixels. */
    public static final int HEADER = 76;

    /** Colours for series without a colour of their own (crossings, lines), in order. */
    static final Color[] CATEGORICAL = {
        new Color(0x1F, 0x6F, 0xB4), new Color(0xD9, 0x5F, 0x02), new Color(0x1B, 0x9E, 0x77),
        new Color(0x75, 0x70, 0xB3), new Color(0xE7, 0x29, 0x8A), new Color(0x66, 0xA6, 0x1E),
        new Color(0xA6, 0x76, 0x1D), new Color(0x44, 0x44, 0x44), new Color(0x17, 0xBE, 0xCF),
        new Color(0xBC, 0xBD, 0x22), new Color(0x8C, 0x56, 0x4B)};

    private Charts() {
    }

    /**
     * One series.
     *
     * @param name its legend entry
     * @param x abscissae
     * @param y ordinates, as many
     * @param colour its colour
     * @param dashed whether to dash it
     */
    public record Line(String name, double[] x, double[] y, Color colour, boolean dashed) {
        /** Checks the lengths agree. */
        public Line {
            if (x.length != y.length) {
                throw new IllegalArgumentException("series " + name + ": " + x.length + " x values, " + y.length
                        + " y");
            }
        }
    }

    /**
     * One chart.
     *
     * @param title what it shows
     * @param xLabel the x axis, with its unit
     * @param yLabel the y axis, with its unit
     * @param lines its series (none: an empty panel that says so)
     */
    public record Panel(String title, String xLabel, String yLabel, List<Line> lines) {
    }

    /**
     * @param title the picture's title
     * @param subtitle a line under it
     * @param panels the charts, row by row
     * @param columns panels per row
     * @return the picture
     */
    public static BufferedImage render(String title, String subtitle, List<Panel> panels, int columns) {
        int rows = Math.max(1, (panels.size() + columns - 1) / columns);
        int height = HEADER + rows * PANEL_HEIGHT + 16;
        BufferedImage img = new BufferedImage(WIDTH, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = Style.page(img, Color.WHITE);
        try {
            g.setColor(Style.INK);
            g.setFont(Style.font(Font.BOLD, 24f));
            g.drawString(title, 24, 38);
            g.setColor(Style.MUTED_INK);
            g.setFont(Style.font(Font.PLAIN, 15f));
            g.drawString(subtitle, 24, 62);
            double w = (WIDTH - 16.0) / columns;
            for (int i = 0; i < panels.size(); i++) {
                Rectangle2D area = new Rectangle2D.Double(8 + (i % columns) * w, HEADER + (i / columns) * PANEL_HEIGHT,
                        w, PANEL_HEIGHT);
                chart(panels.get(i)).draw(g, area);
            }
        } finally {
            g.dispose();
        }
        return img;
    }

    private static JFreeChart chart(Panel p) {
        XYSeriesCollection data = new XYSeriesCollection();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        for (int s = 0; s < p.lines().size(); s++) {
            Line l = p.lines().get(s);
            XYSeries series = new XYSeries(l.name(), false, true);
            for (int i = 0; i < l.x().length; i++) {
                if (Double.isFinite(l.y()[i])) {
                    series.add(l.x()[i], l.y()[i]);
                }
            }
            data.addSeries(series);
            renderer.setSeriesPaint(s, l.colour());
            renderer.setSeriesStroke(s, l.dashed()
                    ? new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f, new float[] {6f, 4f}, 0f)
                    : new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        }
        NumberAxis x = new NumberAxis(p.xLabel());
        NumberAxis y = new NumberAxis(p.yLabel());
        x.setAutoRangeIncludesZero(false);
        y.setAutoRangeIncludesZero(true);
        for (NumberAxis a : new NumberAxis[] {x, y}) {
            a.setLabelFont(Style.font(Font.PLAIN, 12f));
            a.setTickLabelFont(Style.font(Font.PLAIN, 11f));
            a.setLabelPaint(Style.MUTED_INK);
            a.setTickLabelPaint(Style.MUTED_INK);
            a.setAxisLinePaint(new Color(0xA0, 0xA0, 0xA0));
        }
        XYPlot plot = new XYPlot(data, x, y, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xE2, 0xE2, 0xE2));
        plot.setRangeGridlinePaint(new Color(0xE2, 0xE2, 0xE2));
        plot.setDomainGridlineStroke(new BasicStroke(1f));
        plot.setRangeGridlineStroke(new BasicStroke(1f));
        plot.setOutlineVisible(false);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        plot.setNoDataMessage("nothing to show");
        plot.setNoDataMessageFont(Style.font(Font.PLAIN, 13f));
        JFreeChart chart = new JFreeChart(null, Style.font(Font.BOLD, 14f), plot, !p.lines().isEmpty());
        TextTitle t = new TextTitle(p.title(), Style.font(Font.BOLD, 14f));
        t.setPaint(Style.INK);
        t.setPadding(new RectangleInsets(4, 4, 6, 4));
        chart.setTitle(t);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        chart.setPadding(new RectangleInsets(6, 10, 10, 14));
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setItemFont(Style.font(Font.PLAIN, 11.5f));
            legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
            legend.setPosition(RectangleEdge.BOTTOM);
        }
        return chart;
    }
}
