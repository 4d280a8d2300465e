package org.firebreak.examples.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.font.LineMetrics;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * Names on maps: text with a pale halo, legible over relief, tracks and crowds, and names placed
 * where they cover no other name. Each label comes with spots to try in order of preference,
 * takes the first free one (or its first if none is), and is drawn after everything else so
 * nothing hides it. Labels added first win.
 */
public final class Labels {
    /** The usual halo: white, mostly opaque. */
    public static final Color HALO = new Color(255, 255, 255, 215);

    private record Request(String text, Font font, Color colour, double[][] spots) {
    }

    private final List<Rectangle2D> taken = new ArrayList<>();
    private final List<Request> requests = new ArrayList<>();

    /** @param box a region labels should keep clear of, pixels */
    public void reserve(Rectangle2D box) {
        taken.add(box);
    }

    /**
     * @param text the label
     * @param font its font
     * @param colour its colour
     * @param spots left ends of its baseline to try, pixels, best first
     */
    public void add(String text, Font font, Color colour, double[]... spots) {
        requests.add(new Request(text, font, colour, spots));
    }

    /** @param other labels to place after these, keeping their order */
    public void addAll(Labels other) {
        requests.addAll(other.requests);
        taken.addAll(other.taken);
    }

    /**
     * @param box a label's box, pixels
     * @return whether it is clear of every label placed or region reserved so far
     */
    public boolean free(Rectangle2D box) {
        return taken.stream().noneMatch(box::intersects);
    }

    /**
     * Places and draws every label, in the order added.
     *
     * @param g where to draw
     */
    public void draw(Graphics2D g) {
        for (Request r : requests) {
            double w = width(g, r.text(), r.font());
            LineMetrics m = r.font().getLineMetrics(r.text(), g.getFontRenderContext());
            double[] at = r.spots()[0];
            Rectangle2D box = box(at, w, m);
            for (double[] spot : r.spots()) {
                Rectangle2D b = box(spot, w, m);
                if (free(b)) {
                    at = spot;
                    box = b;
                    break;
                }
            }
            taken.add(box);
            halo(g, r.text(), at[0], at[1], r.font(), r.colour(), HALO);
        }
    }

    private static Rectangle2D box(double[] at, double w, LineMetrics m) {
        return new Rectangle2D.Double(at[0] - 2, at[1] - m.getAscent() - 1, w + 4, m.getAscent() + m.getDescent() + 2);
    }

    /**
     * @param g where
     * @param text what
     * @param font in which font
     * @return the text's advance, pixels
     */
    public static double width(Graphics2D g, String text, Font font) {
        return font.getStringBounds(text, g.getFontRenderContext()).getWidth();
    }

    /**
     * Text over a halo: the glyphs' outline stroked 3 pixels wide in the halo colour, then filled.
     *
     * @param g where
     * @param text what
     * @param x left of the baseline, pixels
     * @param y baseline, pixels
     * @param font the font
     * @param fill the text colour
     * @param halo the halo colour
     */
    public static void halo(Graphics2D g, String text, double x, double y, Font font, Color fill, Color halo) {
        Shape outline = new TextLayout(text, font, g.getFontRenderContext())
                .getOutline(AffineTransform.getTranslateInstance(x, y));
        g.setColor(halo);
        g.setStroke(new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(outline);
        g.setColor(fill);
        g.fill(outline);
    }

    /**
     * Text over the usual halo, in the graphics' font.
     *
     * @param g where (its font is used)
     * @param text what
     * @param x left of the baseline, pixels
     * @param y baseline, pixels
     * @param fill the text colour
     */
    public static void halo(Graphics2D g, String text, double x, double y, Color fill) {
        halo(g, text, x, y, g.getFont(), fill, HALO);
    }
}
