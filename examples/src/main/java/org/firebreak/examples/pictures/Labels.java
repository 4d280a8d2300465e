package org.firebreak.examples.pictures;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.font.LineMetrics;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * Names placed where they cover no other name: each label comes with spots to try in order of
 * preference, takes the first free one (or its first if none is), and is drawn after everything
 * else so nothing hides it. Labels added first win.
 */
final class Labels {
    private record Request(String text, Font font, Color colour, double[][] spots) {
    }

    private final List<Rectangle2D> taken = new ArrayList<>();
    private final List<Request> requests = new ArrayList<>();

    /** @param box a region labels should keep clear of, pixels */
    void reserve(Rectangle2D box) {
        taken.add(box);
    }

    /**
     * @param text the label
     * @param font its font
     * @param colour its colour
     * @param spots left ends of its baseline to try, pixels, best first
     */
    void add(String text, Font font, Color colour, double[]... spots) {
        requests.add(new Request(text, font, colour, spots));
    }

    /** @param other labels to place after these, keeping their order */
    void addAll(Labels other) {
        requests.addAll(other.requests);
        taken.addAll(other.taken);
    }

    /** @return the text's width, to compute spots that end at a point */
    static double width(Graphics2D g, String text, Font font) {
        return Style.width(g, text, font);
    }

    /** Places and draws every label, in the order added. */
    void draw(Graphics2D g) {
        for (Request r : requests) {
            double w = Style.width(g, r.text(), r.font());
            LineMetrics m = r.font().getLineMetrics(r.text(), g.getFontRenderContext());
            double[] at = r.spots()[0];
            Rectangle2D box = box(at, w, m);
            for (double[] spot : r.spots()) {
                Rectangle2D b = box(spot, w, m);
                if (taken.stream().noneMatch(b::intersects)) {
                    at = spot;
                    box = b;
                    break;
                }
            }
            taken.add(box);
            Style.haloText(g, r.text(), at[0], at[1], r.font(), r.colour(), new Color(255, 255, 255, 215));
        }
    }

    private static Rectangle2D box(double[] at, double w, LineMetrics m) {
        return new Rectangle2D.Double(at[0] - 2, at[1] - m.getAscent() - 1, w + 4, m.getAscent() + m.getDescent() + 2);
    }
}
