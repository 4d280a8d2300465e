package org.firebreak.examples.render;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.firebreak.crowd.CrowdGeometry;
import org.firebreak.crowd.CrowdState;
import org.firebreak.crowd.Gate;
import org.firebreak.crowd.Point;
import org.firebreak.crowd.Polygon;
import org.firebreak.crowd.Segment;
import org.firebreak.crowd.Sink;
import org.firebreak.crowd.Source;
import org.firebreak.crowd.WaitingArea;
import org.firebreak.crowd.measure.CrowdMeasureConfig;
import org.firebreak.crowd.measure.GridDensity;
import org.firebreak.crowd.measure.MeasurementArea;
import org.firebreak.crowd.measure.MeasurementLine;
import org.locationtech.jts.geom.Envelope;

/**
 * A crowd site at metre scale: the floor, sources (green), sinks (blue) and waiting areas
 * (yellow) as tinted areas, obstacles, walls, gates (orange, with a tick per lane),
 * measurement areas and lines (purple, dashed); a density grid underlay; and every person as a
 * disc of their own body radius, coloured by the density of the grid cell they stand in.
 */
public final class CrowdPainter {
    private CrowdPainter() {
    }

    /**
     * @param g where to draw
     * @param site the site
     * @param measure its measurement set-up (areas and lines)
     * @param t metres to pixels
     */
    public static void paintSite(Graphics2D g, CrowdGeometry site, CrowdMeasureConfig measure, AffineTransform t) {
        if (measure.walkable() != null) {
            g.setColor(MapStyle.FLOOR);
            g.fill(t.createTransformedShape(Shapes.of(measure.walkable())));
        }
        for (Source s : site.sources()) {
            area(g, t, s.area(), MapStyle.SOURCE_AREA);
        }
        for (Sink s : site.sinks()) {
            area(g, t, s.area(), MapStyle.SINK_AREA);
        }
        for (WaitingArea w : site.waitingAreas()) {
            area(g, t, w.area(), MapStyle.WAITING_AREA);
        }
        g.setStroke(MapStyle.DASHED);
        g.setColor(MapStyle.MEASUREMENT);
        for (MeasurementArea a : measure.areas()) {
            g.draw(t.createTransformedShape(Shapes.of(a.polygon())));
        }
        for (MeasurementLine l : measure.lines()) {
            g.draw(t.createTransformedShape(new Line2D.Double(l.ax(), l.ay(), l.bx(), l.by())));
        }
        for (org.firebreak.crowd.MeasurementLine l : site.measurementLines()) {
            g.draw(t.createTransformedShape(line(l.line())));
        }
        for (Polygon o : site.obstacles()) {
            g.setColor(MapStyle.OBSTACLE);
            g.fill(t.createTransformedShape(path(o)));
        }
        g.setColor(MapStyle.WALL);
        g.setStroke(new java.awt.BasicStroke(2.5f, java.awt.BasicStroke.CAP_ROUND, java.awt.BasicStroke.JOIN_ROUND));
        for (List<Point> wall : site.walls()) {
            Path2D.Double p = new Path2D.Double();
            p.moveTo(wall.get(0).x(), wall.get(0).y());
            for (int i = 1; i < wall.size(); i++) {
                p.lineTo(wall.get(i).x(), wall.get(i).y());
            }
            g.draw(t.createTransformedShape(p));
        }
        for (Polygon o : site.obstacles()) {
            g.draw(t.createTransformedShape(path(o)));
        }
        for (Gate gate : site.gates()) {
            paintGate(g, t, gate);
        }
    }

    private static void paintGate(Graphics2D g, AffineTransform t, Gate gate) {
        Segment s = gate.passage();
        // a yellow bar edged dark, as on the crowd map.png
        g.setColor(MapStyle.WALL);
        g.setStroke(new java.awt.BasicStroke(7f, java.awt.BasicStroke.CAP_BUTT, java.awt.BasicStroke.JOIN_MITER));
        g.draw(t.createTransformedShape(line(s)));
        g.setColor(MapStyle.GATE);
        g.setStroke(new java.awt.BasicStroke(5f, java.awt.BasicStroke.CAP_BUTT, java.awt.BasicStroke.JOIN_MITER));
        g.draw(t.createTransformedShape(line(s)));
        // lane dividers: short ticks across the passage
        g.setColor(MapStyle.WALL);
        g.setStroke(new java.awt.BasicStroke(1.5f));
        double len = s.length();
        double nx = -(s.y2() - s.y1()) / len;
        double ny = (s.x2() - s.x1()) / len;
        for (int k = 0; k <= gate.lanes(); k++) {
            double f = k / (double) gate.lanes();
            double x = s.x1() + f * (s.x2() - s.x1());
            double y = s.y1() + f * (s.y2() - s.y1());
            g.draw(t.createTransformedShape(new Line2D.Double(x - nx * 0.6, y - ny * 0.6, x + nx * 0.6, y + ny * 0.6)));
        }
    }

    /**
     * Cells of the density grid with anyone in them, tinted by their density.
     *
     * @param g where to draw
     * @param density the grid at the latest step
     * @param t metres to pixels
     */
    public static void paintDensity(Graphics2D g, GridDensity density, AffineTransform t) {
        int n = density.columns() * density.rows();
        for (int c = 0; c < n; c++) {
            if (density.excluded(c)) {
                continue;
            }
            double d = density.density(c);
            if (d <= 0) {
                continue;
            }
            Color k = MapStyle.density(d);
            g.setColor(new Color(k.getRed(), k.getGreen(), k.getBlue(), 90));
            Envelope e = density.cellEnvelope(c);
            g.fill(t.createTransformedShape(new Rectangle2D.Double(e.getMinX(), e.getMinY(), e.getWidth(),
                    e.getHeight())));
        }
    }

    /**
     * Every person as a disc of their body radius, coloured by their cell's density, outlined
     * dark while held in service and light while staying in a waiting area.
     *
     * @param g where to draw
     * @param state the people now
     * @param density the grid at the latest step (null: one colour)
     * @param t metres to pixels
     */
    public static void paintPeople(Graphics2D g, CrowdState state, GridDensity density, AffineTransform t) {
        double[] x = state.x();
        double[] y = state.y();
        double[] r = state.radius();
        double scale = Math.abs(t.getScaleX());
        double[] p = new double[2];
        Ellipse2D.Double disc = new Ellipse2D.Double();
        java.awt.Stroke outline = new java.awt.BasicStroke(1f);
        for (int i = 0; i < state.count(); i++) {
            p[0] = x[i];
            p[1] = y[i];
            t.transform(p, 0, p, 0, 1);
            double rp = Math.max(1.5, r[i] * scale);
            disc.setFrame(p[0] - rp, p[1] - rp, 2 * rp, 2 * rp);
            g.setColor(density == null ? MapStyle.REFUGEE : MapStyle.density(density.densityAt(x[i], y[i])));
            g.fill(disc);
            g.setStroke(outline);
            g.setColor(state.held(i) ? Color.BLACK : state.staying(i) ? Color.WHITE : new Color(0, 0, 0, 90));
            g.draw(disc);
        }
    }

    private static void area(Graphics2D g, AffineTransform t, Polygon p, Color c) {
        g.setColor(new Color(c.getRed(), c.getGreen(), c.getBlue(), 50));
        g.fill(t.createTransformedShape(path(p)));
        g.setColor(new Color(c.getRed(), c.getGreen(), c.getBlue(), 160));
        g.setStroke(MapStyle.THIN);
        g.draw(t.createTransformedShape(path(p)));
    }

    private static Path2D.Double path(Polygon p) {
        Path2D.Double path = new Path2D.Double();
        List<Point> v = p.vertices();
        path.moveTo(v.get(0).x(), v.get(0).y());
        for (int i = 1; i < v.size(); i++) {
            path.lineTo(v.get(i).x(), v.get(i).y());
        }
        path.closePath();
        return path;
    }

    private static Line2D.Double line(Segment s) {
        return new Line2D.Double(s.x1(), s.y1(), s.x2(), s.y2());
    }
}
