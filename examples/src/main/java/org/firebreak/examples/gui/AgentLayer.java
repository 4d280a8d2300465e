package org.firebreak.examples.gui;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.firebreak.examples.render.FrontierPainter;
import org.firebreak.examples.render.MapStyle;
import org.firebreak.frontier.agent.Agent;
import org.firebreak.frontier.agent.Group;
import org.firebreak.frontier.engine.FrontierModel;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.LocationWrapper;
import sim.util.Bag;
import sim.util.Double2D;

/**
 * Every agent of the running model, drawn in one pass; a click hands the nearest agents under
 * the pointer, and their groups, to MASON's inspectors, and rings the selected ones.
 */
final class AgentLayer extends MapLayer {
    /** Inspect at most this many agents per click: a family stands on one spot. */
    private static final int MAX_HITS = 6;

    private final FrontierModel model;
    private final Set<Agent> selected = new HashSet<>();

    /** @param model the running model (the same object across restarts) */
    AgentLayer(FrontierModel model) {
        super(model.terrain().bounds(), (g, t, clip) -> FrontierPainter.paintAgents(g, model, t, clip));
        this.model = model;
    }

    @Override
    public void draw(Object object, Graphics2D graphics, DrawInfo2D info) {
        super.draw(object, graphics, info);
        if (selected.isEmpty()) {
            return;
        }
        AffineTransform t = transform(info);
        double[] p = new double[2];
        graphics.setStroke(new BasicStroke(2f));
        graphics.setColor(MapStyle.SELECTION);
        for (Agent a : selected) {
            FrontierPainter.toScreen(t, a.x(), a.y(), p);
            graphics.draw(new Ellipse2D.Double(p[0] - 6, p[1] - 6, 12, 12));
        }
    }

    @Override
    public void hitObjects(DrawInfo2D range, Bag putInHere) {
        FrontierModel m = model;
        AffineTransform t = transform(range);
        double cx = range.clip.getCenterX();
        double cy = range.clip.getCenterY();
        double reach = Math.max(4, Math.max(range.clip.getWidth(), range.clip.getHeight()) / 2 + 2);
        double[] p = new double[2];
        List<Agent> hits = new ArrayList<>();
        List<Double> dist = new ArrayList<>();
        for (Agent a : m.agents()) {
            FrontierPainter.toScreen(t, a.x(), a.y(), p);
            double d = Math.hypot(p[0] - cx, p[1] - cy);
            if (d <= reach) {
                hits.add(a);
                dist.add(d);
            }
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < hits.size(); i++) {
            order.add(i);
        }
        // nearest first; among equals the most recently created, which is the one drawn on top
        order.sort((i, j) -> dist.get(i).equals(dist.get(j)) ? Long.compare(hits.get(j).id(), hits.get(i).id())
                : Double.compare(dist.get(i), dist.get(j)));
        Set<Group> groups = new LinkedHashSet<>();
        for (int k = 0; k < Math.min(MAX_HITS, order.size()); k++) {
            Agent a = hits.get(order.get(k));
            putInHere.add(new LocationWrapper(new AgentView(a, m), new Double2D(a.x(), a.y()), this) {
                @Override
                public Object getLocation() {
                    return new Double2D(a.x(), a.y());
                }
            });
            groups.add(a.group());
        }
        for (Group g : groups) {
            Agent first = g.members().get(0);
            putInHere.add(new LocationWrapper(new GroupView(g, m), new Double2D(first.x(), first.y()), this));
        }
    }

    @Override
    public boolean setSelected(LocationWrapper wrapper, boolean selectedNow) {
        Object o = wrapper.getObject();
        if (o instanceof AgentView v) {
            if (selectedNow) {
                selected.add(v.agent());
            } else {
                selected.remove(v.agent());
            }
        }
        return true;
    }

    @Override
    public String getName(LocationWrapper wrapper) {
        return String.valueOf(wrapper.getObject());
    }
}
