package org.firebreak.examples.render;

import java.awt.Color;
import java.awt.Graphics2D;

/** Text with a thin pale outline, legible over any basemap. */
public final class Labels {
    private static final Color HALO = new Color(255, 255, 255, 200);

    private Labels() {
    }

    /**
     * @param g where to draw (its font is used)
     * @param text the text
     * @param x left, pixels
     * @param y baseline, pixels
     * @param colour the text's colour
     */
    public static void halo(Graphics2D g, String text, float x, float y, Color colour) {
        g.setColor(HALO);
        for (int dx = -1; dx <= 1; dx++) {
            for (int dy = -1; dy <= 1; dy++) {
                if (dx != 0 || dy != 0) {
                    g.drawString(text, x + dx, y + dy);
                }
            }
        }
        g.setColor(colour);
        g.drawString(text, x, y);
    }
}
