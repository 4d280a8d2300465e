package org.firebreak.examples.render;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.firebreak.core.terrain.Crossing;
import org.firebreak.frontier.agent.Agent;
import org.firebreak.frontier.agent.kind.AgentState;
import org.firebreak.frontier.agent.kind.AgentType;
import org.firebreak.frontier.engine.CrossingScreening;
import org.firebreak.frontier.engine.FrontierModel;

/**
 * The moving parts of a regional map, read from a running {@link FrontierModel}: crossings
 * (official ones filled by their queue, greyed while closed) and every agent as a small square
 * in the colour of its type and state. Agents are drawn in one pass over the model's list,
 * without an object per agent, so tens of thousands draw in milliseconds.
 */
public final class FrontierPainter {
    /** Side of an official crossing's square, pixels. */
    public static final double OFFICIAL_SIZE = 9;
    /** Side of an informal crossing's triangle, pixels. */
    public static final double INFORMAL_SIZE = 6;
    /** Side of an agent's square, pixels. */
    public static final int AGENT_SIZE = 3;

    private FrontierPainter() {
    }

    /**
     * @param g where to draw
     * @param model the running model
     * @param t metres to pixels
     * @param clip the visible pixels
     */
    public static void paintCrossings(Graphics2D g, FrontierModel model, AffineTransform t, Rectangle2D clip) {
        double[] p = new double[2];
        g.setStroke(MapStyle.THIN);
        for (Crossing c : model.terrain().crossings()) {
            if (c.official()) {
                continue;
            }
            toScreen(t, c.x(), c.y(), p);
            if (!clip.contains(p[0], p[1])) {
                continue;
            }
            double h = INFORMAL_SIZE;
            Path2D.Double tri = new Path2D.Double();
            tri.moveTo(p[0], p[1] - h * 0.6);
            tri.lineTo(p[0] + h / 2, p[1] + h * 0.4);
            tri.lineTo(p[0] - h / 2, p[1] + h * 0.4);
            tri.closePath();
            g.setColor(new Color(255, 255, 255, 200));
            g.fill(tri);
            g.setColor(MapStyle.INFORMAL);
            g.draw(tri);
        }
        for (Crossing c : model.terrain().crossings()) {
            if (!c.official()) {
                continue;
            }
            toScreen(t, c.x(), c.y(), p);
            if (!clip.contains(p[0], p[1])) {
                continue;
            }
            // before the run starts there are no queues yet, and nothing is closed
            boolean open = model.queues().isEmpty() || model.crossingOpen(c.id());
            paintOfficial(g, p[0], p[1], open, waiting(model, c.id()));
        }
    }

    /**
     * One official crossing's symbol (also used by legends).
     *
     * @param g where to draw
     * @param x centre, pixels
     * @param y centre, pixels
     * @param open whether it is open
     * @param waiting people waiting
     */
    public static void paintOfficial(Graphics2D g, double x, double y, boolean open, int waiting) {
        double s = OFFICIAL_SIZE;
        Rectangle2D.Double sq = new Rectangle2D.Double(x - s / 2, y - s / 2, s, s);
        g.setColor(open ? MapStyle.queue(waiting) : MapStyle.CROSSING_CLOSED);
        g.fill(sq);
        g.setColor(MapStyle.CROSSING_LINE);
        g.setStroke(new java.awt.BasicStroke(1.2f));
        g.draw(sq);
        if (!open) {
            g.draw(new Line2D.Double(sq.x, sq.y, sq.x + s, sq.y + s));
            g.draw(new Line2D.Double(sq.x + s, sq.y, sq.x, sq.y + s));
        }
    }

    /**
     * @param model the model
     * @param crossingId an official crossing
     * @return people waiting there now (0 if it has no screening)
     */
    public static int waiting(FrontierModel model, String crossingId) {
        CrossingScreening q = model.queues().get(crossingId);
        return q == null ? 0 : q.waiting();
    }

    /**
     * Every agent: those arrived first (faint, underneath), then guards, refugees and, on top,
     * fighters.
     *
     * @param g where to draw
     * @param model the running model
     * @param t metres to pixels
     * @param clip the visible pixels
     */
    public static void paintAgents(Graphics2D g, FrontierModel model, AffineTransform t, Rectangle2D clip) {
        List<Agent> agents = model.agents();
        double[] m = new double[6];
        t.getMatrix(m);
        int n = agents.size();
        // passes: arrived, guards, refugees, fighters
        for (int pass = 0; pass < 4; pass++) {
            int size = pass == 3 ? AGENT_SIZE + 1 : AGENT_SIZE;
            int half = size / 2;
            Color last = null;
            for (int i = 0; i < n; i++) {
                Agent a = agents.get(i);
                AgentState s = a.state();
                boolean arrived = s == AgentState.ARRIVED;
                if (pass != layer(a.type(), arrived)) {
                    continue;
                }
                double x = m[0] * a.x() + m[2] * a.y() + m[4];
                double y = m[1] * a.x() + m[3] * a.y() + m[5];
                if (x < clip.getMinX() - size || y < clip.getMinY() - size || x > clip.getMaxX() + size
                        || y > clip.getMaxY() + size) {
                    continue;
                }
                Color c = MapStyle.agent(a.type(), s);
                if (c != last) {
                    g.setColor(c);
                    last = c;
                }
                g.fillRect((int) Math.floor(x) - half, (int) Math.floor(y) - half, size, size);
            }
        }
    }

    private static int layer(AgentType type, boolean arrived) {
        if (arrived) {
            return 0;
        }
        return switch (type) {
            case GUARD -> 1;
            case REFUGEE -> 2;
            case FIGHTER -> 3;
        };
    }

    /**
     * @param t metres to pixels
     * @param x easting, metres
     * @param y northing, metres
     * @param out receives {x, y} in pixels
     */
    public static void toScreen(AffineTransform t, double x, double y, double[] out) {
        out[0] = x;
        out[1] = y;
        t.transform(out, 0, out, 0, 1);
    }
}
