package org.firebreak.examples.pictures;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import org.firebreak.examples.render.MapStyle;

/**
 * What only the picture files need beyond {@link MapStyle} (which holds the colours of agents,
 * crossings and basemap shared with the GUI): the page and its inks, fonts at given sizes and
 * rendering hints.
 */
public final class Style {
    /** The page around the map. */
    public static final Color PAGE = new Color(0xF4, 0xF3, 0xEF);
    /** Text. */
    public static final Color INK = MapStyle.TEXT;
    /** Secondary text. */
    public static final Color MUTED_INK = new Color(0x6B, 0x6B, 0x6B);

    private Style() {
    }

    /**
     * @param c a colour
     * @param alpha opacity in [0, 1]
     * @return the colour with that opacity
     */
    static Color alpha(Color c, double alpha) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), (int) Math.round(255 * alpha));
    }

    /**
     * @param style {@link Font#PLAIN} or {@link Font#BOLD}
     * @param size points
     * @return the logical sans-serif font, the same on every platform that has one
     */
    static Font font(int style, float size) {
        return new Font(Font.SANS_SERIF, style, 12).deriveFont(size);
    }

    /**
     * Starts a picture: a pen on it with the {@link #hints(Graphics2D) hints} of every picture,
     * after the whole picture is filled with its background.
     *
     * @param img the picture, blank
     * @param background the colour of the page
     * @return the pen, to be disposed of by the caller
     */
    static Graphics2D page(BufferedImage img, Color background) {
        Graphics2D g = img.createGraphics();
        hints(g);
        g.setColor(background);
        g.fillRect(0, 0, img.getWidth(), img.getHeight());
        return g;
    }

    /** Antialiasing and quality hints for everything drawn. */
    static void hints(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
    }
}
