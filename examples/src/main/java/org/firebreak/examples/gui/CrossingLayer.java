package org.firebreak.examples.gui;

import org.firebreak.core.terrain.Crossing;
import org.firebreak.examples.render.FrontierPainter;
import org.firebreak.frontier.engine.FrontierModel;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.LocationWrapper;
import sim.util.Bag;
import sim.util.Double2D;

/** Official and informal crossings; a click on one opens its inspector (queue, lanes, counts). */
final class CrossingLayer extends MapLayer {
    private final FrontierModel model;

    /** @param model the running model (the same object across restarts) */
    CrossingLayer(FrontierModel model) {
        super(model.terrain().bounds(), (g, t, clip) -> FrontierPainter.paintCrossings(g, model, t, clip));
        this.model = model;
    }

    @Override
    public void hitObjects(DrawInfo2D range, Bag putInHere) {
        double[] p = new double[2];
        double reach = FrontierPainter.OFFICIAL_SIZE / 2 + 1;
        for (Crossing c : model.terrain().crossings()) {
            FrontierPainter.toScreen(transform(range), c.x(), c.y(), p);
            if (Math.abs(p[0] - range.clip.getCenterX()) <= reach + range.clip.getWidth() / 2
                    && Math.abs(p[1] - range.clip.getCenterY()) <= reach + range.clip.getHeight() / 2) {
                putInHere.add(new LocationWrapper(new CrossingView(c, model), new Double2D(c.x(), c.y()), this));
            }
        }
    }

    @Override
    public String getName(LocationWrapper wrapper) {
        return String.valueOf(wrapper.getObject());
    }
}
