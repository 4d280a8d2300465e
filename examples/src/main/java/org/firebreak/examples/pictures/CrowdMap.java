package org.firebreak.examples.pictures;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Locale;
import org.firebreak.crowd.CrowdGeometry;
import org.firebreak.crowd.Gate;
import org.firebreak.crowd.MeasurementLine;
import org.firebreak.crowd.Point;
import org.firebreak.crowd.Polygon;
import org.firebreak.crowd.Segment;
import org.firebreak.crowd.Sink;
import org.firebreak.crowd.Source;
import org.firebreak.crowd.WaitingArea;
import org.firebreak.crowd.scenario.CrowdScenario;
import org.firebreak.examples.render.DensityScale;
import org.firebreak.examples.render.Labels;
import org.firebreak.examples.render.MapFrame;
import org.firebreak.examples.render.MapStyle;
import org.firebreak.examples.render.Shapes;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * map.png of a crowd run: the site (walls, obstacles, gates with their lanes, sources, sinks,
 * waiting and measurement areas, measurement lines with the direction counted positive) over a
 * heat map of the grid density averaged over the run (as the density profiles of pedestrian
 * experiments are), on a square-root scale so that where people only passed still shows beside
 * where a crowd stood, with a colour bar in persons/m², a few persons' trajectories, a scale bar
 * and a title. Local metres, y up.
 */
public final class CrowdMap {
    /** Width of the picture, pixels. */
    public static final int WIDTH = 1600;
    static final int TITLE = 84;
    static final int MARGIN = 24;
    static final int BAR = 150;
    static final int FOOT = 56;
    /** Largest height of the site in the picture, pixels. */
    static final int MAX_HEIGHT = 1100;
    /** Persons whose trajectories are drawn. */
    static final int TRAJECTORIES = 24;
    /** Trajectories. */
    public static final Color TRAJECTORY = new Color(0x00, 0x6D, 0x77);
    /** Measurement lines. */
    public static final Color LINE = MapStyle.MEASUREMENT;
    static final Color WALL = MapStyle.WALL;
    static final Color SOURCE = MapStyle.SOURCE_AREA;
    static final Color SINK = MapStyle.SINK_AREA;

    private CrowdMap() {
    }

    /**
     * @param scenario the crowd scenario
     * @return where its metres land in map.png
     */
    public static MapFrame frame(CrowdScenario scenario) {
        double[] b = scenario.geometry().bounds();
        Envelope e = new Envelope(b[0], b[2], b[1], b[3]);
        Geometry walkable = scenario.measureConfig().walkable();
        if (walkable != null) {
            e.expandToInclude(walkable.getEnvelopeInternal());
        }
        double pad = 0.03 * Math.max(e.getWidth(), e.getHeight());
        e.expandBy(pad);
        int maxWidth = WIDTH - 2 * MARGIN - BAR;
        double scale = Math.min(maxWidth / e.getWidth(), MAX_HEIGHT / e.getHeight());
        return new MapFrame(e, MARGIN, TITLE, (int) Math.round(e.getWidth() * scale),
                (int) Math.round(e.getHeight() * scale));
    }

    /**
     * @param frame where metres land
     * @return the picture's height for that frame, pixels
     */
    static int height(MapFrame frame) {
        return (int) Math.ceil(frame.top() + frame.height()) + FOOT;
    }

    static BufferedImage render(CrowdScenario scenario, CrowdOutputs data, String title, String subtitle) {
        MapFrame frame = frame(scenario);
        int height = height(frame);
        BufferedImage img = new BufferedImage(WIDTH, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = Style.page(img, Style.PAGE);
        try {
            Rectangle2D box = new Rectangle2D.Double(frame.left(), frame.top(), frame.width(), frame.height());
            g.setColor(new Color(0xD6, 0xD6, 0xD2));
            g.fill(box);
            Geometry walkable = scenario.measureConfig().walkable();
            Shape floor = walkable == null ? box : Shapes.of(walkable, frame);
            g.setColor(DensityScale.colour(0));
            g.fill(floor);
            heat(g, data, frame, floor);
            CrowdGeometry geo = scenario.geometry();
            Labels labels = new Labels();
            areas(g, scenario, frame, labels);
            trajectories(g, data, frame);
            for (Polygon o : geo.obstacles()) {
                g.setColor(new Color(0x5A, 0x5A, 0x5A));
                g.fill(polygon(o, frame));
            }
            g.setColor(WALL);
            g.setStroke(new BasicStroke(4f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            for (List<Point> wall : geo.walls()) {
                Path2D.Double p = new Path2D.Double();
                p.moveTo(frame.px(wall.get(0).x()), frame.py(wall.get(0).y()));
                for (int i = 1; i < wall.size(); i++) {
                    p.lineTo(frame.px(wall.get(i).x()), frame.py(wall.get(i).y()));
                }
                g.draw(p);
            }
            // gates' names have the first choice of place, then the lines', then the areas'
            Labels named = new Labels();
            for (Gate gate : geo.gates()) {
                gate(g, gate, frame, named);
            }
            for (MeasurementLine l : geo.measurementLines()) {
                line(g, l, frame, named);
            }
            named.addAll(labels);
            named.draw(g);
            g.setColor(Style.MUTED_INK);
            g.setStroke(new BasicStroke(1f));
            g.draw(box);
            colourBar(g, frame);
            scaleBar(g, frame);
            g.setColor(Style.INK);
            g.setFont(Style.font(Font.BOLD, 24f));
            g.drawString(title, MARGIN, 38);
            g.setColor(Style.MUTED_INK);
            g.setFont(Style.font(Font.PLAIN, 15f));
            g.drawString(subtitle, MARGIN, 64);
        } finally {
            g.dispose();
        }
        return img;
    }

    /** Cells edge to edge without antialiasing, so no seams show between them; clipped to the floor. */
    private static void heat(Graphics2D g, CrowdOutputs data, MapFrame frame, Shape floor) {
        Shape clip = g.getClip();
        g.clip(floor);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
        for (CrowdOutputs.Cell c : data.cells) {
            if (!(c.mean() > 0)) {
                continue;
            }
            int x0 = (int) Math.round(frame.px(c.x0()));
            int x1 = (int) Math.round(frame.px(c.x1()));
            int y0 = (int) Math.round(frame.py(c.y1()));
            int y1 = (int) Math.round(frame.py(c.y0()));
            g.setColor(DensityScale.colour(c.mean()));
            g.fillRect(x0, y0, x1 - x0, y1 - y0);
        }
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setClip(clip);
    }

    private static void areas(Graphics2D g, CrowdScenario scenario, MapFrame frame, Labels labels) {
        Font font = Style.font(Font.BOLD, 13f);
        for (Source s : scenario.geometry().sources()) {
            labelledArea(g, s.area(), frame, Style.alpha(SOURCE, 60 / 255.0), SOURCE, null, s.name() + " (source)",
                    font, labels);
        }
        for (Sink s : scenario.geometry().sinks()) {
            labelledArea(g, s.area(), frame, Style.alpha(SINK, 60 / 255.0), SINK, null, s.name() + " (sink)", font,
                    labels);
        }
        float[] dash = {7f, 5f};
        for (WaitingArea w : scenario.geometry().waitingAreas()) {
            labelledArea(g, w.area(), frame, null, Style.MUTED_INK, dash, w.name() + " (waiting)", font, labels);
        }
        for (CrowdScenario.NamedArea a : scenario.measurement().areas()) {
            labelledArea(g, a.area(), frame, null, Style.INK, dash, a.name(), Style.font(Font.PLAIN, 13f), labels);
        }
    }

    private static void labelledArea(Graphics2D g, Polygon area, MapFrame frame, Color fill, Color edge, float[] dash,
            String label, Font font, Labels labels) {
        Path2D.Double p = polygon(area, frame);
        if (fill != null) {
            g.setColor(fill);
            g.fill(p);
        }
        g.setColor(edge);
        g.setStroke(dash == null ? new BasicStroke(1.5f)
                : new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, dash, 0f));
        g.draw(p);
        Rectangle2D b = p.getBounds2D();
        // inside at the top or the bottom, else just outside above or below
        labels.add(label, font, edge, new double[] {b.getX() + 12, b.getY() + 17},
                new double[] {b.getX() + 12, b.getMaxY() - 7}, new double[] {b.getX(), b.getY() - 6},
                new double[] {b.getX(), b.getMaxY() + 16});
    }

    private static void trajectories(Graphics2D g, CrowdOutputs data, MapFrame frame) {
        g.setColor(Style.alpha(TRAJECTORY, 0.6));
        g.setStroke(new BasicStroke(1.4f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        for (double[] xy : data.trajectories.values()) {
            Path2D.Double p = new Path2D.Double();
            p.moveTo(frame.px(xy[0]), frame.py(xy[1]));
            for (int i = 2; i + 1 < xy.length; i += 2) {
                p.lineTo(frame.px(xy[i]), frame.py(xy[i + 1]));
            }
            g.draw(p);
        }
    }

    /** The passage as a bar split into its lanes, with the gate's name and lanes beside it. */
    private static void gate(Graphics2D g, Gate gate, MapFrame frame, Labels labels) {
        Segment s = gate.passage();
        Line2D.Double bar = new Line2D.Double(frame.px(s.x1()), frame.py(s.y1()), frame.px(s.x2()), frame.py(s.y2()));
        g.setColor(Style.INK);
        g.setStroke(new BasicStroke(9f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
        g.draw(bar);
        g.setColor(MapStyle.GATE);
        g.setStroke(new BasicStroke(6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
        g.draw(bar);
        g.setColor(Style.INK);
        g.setStroke(new BasicStroke(1.5f));
        double len = Math.hypot(bar.x2 - bar.x1, bar.y2 - bar.y1);
        double nx = -(bar.y2 - bar.y1) / len;
        double ny = (bar.x2 - bar.x1) / len;
        for (int k = 1; k < gate.lanes(); k++) {
            double x = bar.x1 + (bar.x2 - bar.x1) * k / gate.lanes();
            double y = bar.y1 + (bar.y2 - bar.y1) * k / gate.lanes();
            g.draw(new Line2D.Double(x - 7 * nx, y - 7 * ny, x + 7 * nx, y + 7 * ny));
        }
        String label = gate.name() + ": " + gate.lanes() + " lanes, " + round(gate.capacityPerSecond()) + " persons/s";
        Font font = Style.font(Font.BOLD, 13f);
        double w = Labels.width(g, label, font);
        double x0 = Math.min(bar.x1, bar.x2);
        double x1 = Math.max(bar.x1, bar.x2);
        double y0 = Math.min(bar.y1, bar.y2);
        double y1 = Math.max(bar.y1, bar.y2);
        labels.reserve(new Rectangle2D.Double(x0 - 5, y0 - 5, x1 - x0 + 10, y1 - y0 + 10));
        // above its upper end, beside it to the right or left, below its lower end
        labels.add(label, font, Style.INK, new double[] {x0 + 8, y0 - 10}, new double[] {x1 + 10, (y0 + y1) / 2 + 5},
                new double[] {x0 - 10 - w, (y0 + y1) / 2 + 5}, new double[] {x0 + 8, y1 + 20});
    }

    /** Dashed, named, with an arrow across its middle pointing the way it counts positive (its left-hand normal). */
    private static void line(Graphics2D g, MeasurementLine l, MapFrame frame, Labels labels) {
        Segment s = l.line();
        double x1 = frame.px(s.x1());
        double y1 = frame.py(s.y1());
        double x2 = frame.px(s.x2());
        double y2 = frame.py(s.y2());
        g.setColor(LINE);
        g.setStroke(new BasicStroke(2.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {9f, 6f}, 0f));
        g.draw(new Line2D.Double(x1, y1, x2, y2));
        // left-hand normal in metres (-dy, dx), drawn in pixels with y flipped
        double dx = s.x2() - s.x1();
        double dy = s.y2() - s.y1();
        double len = Math.hypot(dx, dy);
        double nx = -dy / len;
        double ny = -dx / len;
        double mx = (x1 + x2) / 2;
        double my = (y1 + y2) / 2;
        g.setStroke(new BasicStroke(2.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        double tipX = mx + 16 * nx;
        double tipY = my + 16 * ny;
        g.draw(new Line2D.Double(mx, my, tipX, tipY));
        Path2D.Double head = new Path2D.Double();
        head.moveTo(tipX + 6 * nx, tipY + 6 * ny);
        head.lineTo(tipX - 5 * ny, tipY + 5 * nx);
        head.lineTo(tipX + 5 * ny, tipY - 5 * nx);
        head.closePath();
        g.fill(head);
        Font font = Style.font(Font.BOLD, 13f);
        double w = Labels.width(g, l.name(), font);
        double x0 = Math.min(x1, x2);
        double xr = Math.max(x1, x2);
        double y0 = Math.min(y1, y2);
        double yb = Math.max(y1, y2);
        if (Math.abs(x2 - x1) >= Math.abs(y2 - y1)) {
            // mostly across: above or below its left end, else past its right end
            labels.add(l.name(), font, LINE, new double[] {x0 + 6, my - 8}, new double[] {x0 + 6, my + 19},
                    new double[] {xr + 8, my + 5}, new double[] {x0 - 8 - w, my + 5});
        } else {
            // mostly up and down: below its lower end, else above its upper end
            labels.add(l.name(), font, LINE, new double[] {mx - w / 2, yb + 18}, new double[] {mx - w / 2, y0 - 8},
                    new double[] {mx + 8, yb - 6}, new double[] {mx - 8 - w, yb - 6});
        }
    }

    private static String round(double v) {
        return java.math.BigDecimal.valueOf(v).round(new java.math.MathContext(3)).stripTrailingZeros()
                .toPlainString();
    }

    private static Path2D.Double polygon(Polygon poly, MapFrame frame) {
        Path2D.Double p = new Path2D.Double();
        List<Point> v = poly.vertices();
        p.moveTo(frame.px(v.get(0).x()), frame.py(v.get(0).y()));
        for (int i = 1; i < v.size(); i++) {
            p.lineTo(frame.px(v.get(i).x()), frame.py(v.get(i).y()));
        }
        p.closePath();
        return p;
    }

    /** A vertical bar of the density scale from 0 at the bottom to the jam density, ticks at its anchors. */
    private static void colourBar(Graphics2D g, MapFrame frame) {
        double top = DensityScale.JAM;
        double x = frame.left() + frame.width() + 36;
        double h = Math.min(420, frame.height() - 40);
        double y0 = frame.top() + 26;
        for (int i = 0; i < h; i++) {
            g.setColor(DensityScale.colour(top * (1 - (i + 0.5) / h)));
            g.fill(new Rectangle2D.Double(x, y0 + i, 24, 1.2));
        }
        g.setColor(Style.MUTED_INK);
        g.setStroke(new BasicStroke(1f));
        g.draw(new Rectangle2D.Double(x, y0, 24, h));
        Font font = Style.font(Font.PLAIN, 12.5f);
        g.setFont(font);
        g.setColor(Style.INK);
        for (double v : DensityScale.TICKS) {
            double y = y0 + h - h * v / top;
            g.draw(new Line2D.Double(x + 24, y, x + 29, y));
            g.drawString(tick(v), (float) (x + 33), (float) (y + 4.5));
        }
        g.setFont(Style.font(Font.BOLD, 12.5f));
        g.drawString("persons/m\u00b2", (float) (x - 8), (float) (y0 - 10));
        g.setFont(Style.font(Font.PLAIN, 11.5f));
        g.setColor(Style.MUTED_INK);
        g.drawString("mean over the run", (float) (x - 8), (float) (y0 + h + 22));
        g.drawString("1.75: peak flow", (float) (x - 8), (float) (y0 + h + 37));
        g.drawString("5.4: jam", (float) (x - 8), (float) (y0 + h + 52));
    }

    private static String tick(double v) {
        return round(v);
    }

    private static void scaleBar(Graphics2D g, MapFrame frame) {
        double len = MapLegend.roundLength(frame.pixelsPerMetre(), 200);
        double px = len * frame.pixelsPerMetre();
        double x = frame.left();
        double y = frame.top() + frame.height() + 16;
        MapLegend.bar(g, x, y, px);
        g.setFont(Style.font(Font.PLAIN, 12f));
        g.drawString("0", (float) x, (float) (y + 21));
        String end = String.format(Locale.ROOT, "%s m", len == Math.rint(len) ? Long.toString((long) len) : len);
        g.drawString(end, (float) (x + px - Labels.width(g, end, g.getFont()) / 1.4), (float) (y + 21));
        g.setColor(Style.MUTED_INK);
        g.drawString("Local metres, y up. Lines: trajectories of " + TRAJECTORIES + " persons at most; arrows: the "
                + "direction a measurement line counts positive.", (float) (x + px + 40), (float) (y + 10));
    }
}
