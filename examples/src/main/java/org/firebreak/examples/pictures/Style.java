package org.firebreak.examples.pictures;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.util.Map;
import org.firebreak.core.agent.AgentType;

/**
 * The colours, strokes and fonts of the pictures, in one place so that the map, its legend and
 * the charts agree, and tests can look for them. Agent colours are far apart in hue and
 * distinguishable with the common colour-vision deficiencies (after the Okabe and Ito 2008
 * palette); the basemap is kept pale so the tracks carry the picture.
 */
public final class Style {
    /** Refugee tracks. */
    public static final Color REFUGEE = new Color(0xE0, 0x6C, 0x00);
    /** Fighter tracks. */
    public static final Color FIGHTER = new Color(0xC2, 0x1E, 0x8C);
    /** Guard tracks. */
    public static final Color GUARD = new Color(0x00, 0x8A, 0x5E);
    /** Fill of an official crossing's symbol. */
    public static final Color OFFICIAL_CROSSING = new Color(0xFF, 0xD2, 0x1F);
    /** Informal crossing sites. */
    public static final Color INFORMAL_CROSSING = new Color(0x55, 0x55, 0x55);
    /** Border lines between countries. */
    public static final Color BORDER = new Color(0x4A, 0x4A, 0x52);
    /** Apprehension marks. */
    public static final Color APPREHENSION = new Color(0x10, 0x10, 0x10);
    /** Rivers. */
    public static final Color RIVER = new Color(0x6F, 0xA3, 0xC8);
    /** Lakes and sea. */
    public static final Color WATER = new Color(0xC6, 0xDA, 0xE8);
    /** Land outside every country the terrain knows, and the page. */
    public static final Color PAGE = new Color(0xF4, 0xF3, 0xEF);
    /** Text. */
    public static final Color INK = new Color(0x22, 0x22, 0x22);
    /** Secondary text. */
    public static final Color MUTED_INK = new Color(0x6B, 0x6B, 0x6B);

    /** Muted land tints, given to countries in the terrain's order. */
    static final Color[] LAND = {
        new Color(0xEE, 0xE8, 0xDA), new Color(0xE6, 0xE9, 0xDA), new Color(0xF0, 0xE5, 0xDC),
        new Color(0xE9, 0xE4, 0xD5), new Color(0xEC, 0xEA, 0xE0), new Color(0xE2, 0xE6, 0xD8),
        new Color(0xEF, 0xE6, 0xE1)};

    private static final Map<AgentType, Color> AGENTS = Map.of(AgentType.REFUGEE, REFUGEE, AgentType.FIGHTER,
            FIGHTER, AgentType.GUARD, GUARD);

    private Style() {
    }

    /**
     * @param type an agent type
     * @return its colour
     */
    public static Color of(AgentType type) {
        return AGENTS.get(type);
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

    /** Antialiasing and quality hints for everything drawn. */
    static void hints(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
    }

    /**
     * Text with a pale halo, readable over tracks and relief.
     *
     * @param g where
     * @param text what
     * @param x left of the baseline, pixels
     * @param y baseline, pixels
     * @param font the font
     * @param fill the text colour
     * @param halo the halo colour
     */
    static void haloText(Graphics2D g, String text, double x, double y, Font font, Color fill, Color halo) {
        FontRenderContext frc = g.getFontRenderContext();
        Shape outline = new TextLayout(text, font, frc).getOutline(
                java.awt.geom.AffineTransform.getTranslateInstance(x, y));
        g.setColor(halo);
        g.setStroke(new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(outline);
        g.setColor(fill);
        g.fill(outline);
    }

    /**
     * @param g where
     * @param text what
     * @param font in which font
     * @return the text's advance, pixels
     */
    static double width(Graphics2D g, String text, Font font) {
        return font.getStringBounds(text, g.getFontRenderContext()).getWidth();
    }
}
