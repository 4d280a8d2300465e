package org.firebreak.examples.gui;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import org.firebreak.examples.render.MapFrame;
import org.locationtech.jts.geom.Envelope;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.FieldPortrayal2D;
import sim.portrayal.Portrayal;
import sim.portrayal.SimplePortrayal2D;

/**
 * One layer of a {@link sim.display.Display2D}: a field portrayal that draws a whole layer of the
 * map in one pass (rather than one portrayal per object), in world coordinates (metres, north
 * up) mapped onto the display's field rectangle. Subclasses that can be clicked override
 * {@link #hitObjects}.
 */
public class MapLayer extends FieldPortrayal2D {
    /** Draws a layer, given the transform from metres to pixels and the visible pixels. */
    @FunctionalInterface
    public interface Painter {
        /**
         * @param g where to draw
         * @param t metres to pixels
         * @param clip the visible pixels
         */
        void paint(Graphics2D g, AffineTransform t, Rectangle2D clip);
    }

    private final Envelope world;
    private final Painter painter;
    private final SimplePortrayal2D inspectable = new SimplePortrayal2D();

    /**
     * @param world the extent the display shows, metres
     * @param painter what the layer draws
     */
    public MapLayer(Envelope world, Painter painter) {
        this.world = world;
        this.painter = painter;
        // a field portrayal draws only with a field; the layer reads its own data
        setField(world);
    }

    /** @return the extent the display shows, metres */
    public Envelope world() {
        return world;
    }

    /**
     * @param info the display's field rectangle
     * @return the transform from metres to the display's pixels
     */
    protected AffineTransform transform(DrawInfo2D info) {
        return MapFrame.fit(world, info.draw).transform();
    }

    @Override
    public void draw(Object object, Graphics2D graphics, DrawInfo2D info) {
        // MASON draws for speed by default; a few smooth layers cost little and read far better
        Object aa = graphics.getRenderingHint(RenderingHints.KEY_ANTIALIASING);
        Object text = graphics.getRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING);
        graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        graphics.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        painter.paint(graphics, transform(info), info.clip);
        restore(graphics, RenderingHints.KEY_ANTIALIASING, aa);
        restore(graphics, RenderingHints.KEY_TEXT_ANTIALIASING, text);
    }

    private static void restore(Graphics2D g, RenderingHints.Key key, Object value) {
        if (value != null) {
            g.setRenderingHint(key, value);
        }
    }

    @Override
    public Portrayal getDefaultPortrayal() {
        // inspectors of clicked objects come from their getters (MASON's SimpleInspector)
        return inspectable;
    }

    @Override
    public Portrayal getPortrayalForObject(Object obj) {
        return inspectable;
    }
}
