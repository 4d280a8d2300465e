package org.firebreak.examples.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Stroke;
import java.awt.geom.Rectangle2D;
import org.firebreak.frontier.agent.kind.AgentState;
import org.firebreak.frontier.agent.kind.AgentType;

/**
 * The colours, strokes and fonts of Firebreak's maps, in one place so that every view (the
 * MASON windows, map.png, the charts) draws the same thing the same way.
 *
 * <p>The basemap is muted (pale land tints, soft water, thin roads) so that the agents, in
 * three saturated hues, stand out: orange for refugees, reddish purple (magenta) for fighters,
 * bluish green for guards, after the palette of Okabe and Ito (2008). This palette was chosen
 * over blue/red/green because red and green fall together for the most common colour-vision
 * deficiencies (deuteranopia, protanopia), while orange, magenta and bluish green stay apart
 * in hue and lightness; and because a blue crowd would read as water on the basemap, whose
 * rivers and lakes are blue, while none of the three agent hues occurs in the basemap. Borders
 * are a dark neutral grey for the same reason. The
 * state of an agent changes the shade of its hue, not the hue: darker while it queues or is
 * screened, lighter while it rests or waits, pale once arrived; an apprehended fighter is drawn
 * near black. Crossings are squares (official) and small triangles (informal); an official
 * crossing is filled by the length of its queue and greyed out while closed.
 */
public final class MapStyle {
    /** Everything outside the terrain's countries: neighbours and sea. */
    public static final Color SEA = new Color(0xe2e5e8);
    /** Land tints, one per country in the terrain's order, repeated if there are more. */
    private static final Color[] LAND = {new Color(0xeee8da), new Color(0xe6e9da), new Color(0xf0e5dc),
        new Color(0xe9e4d5), new Color(0xeceae0), new Color(0xe2e6d8), new Color(0xefe6e1)};
    /** Outline of a country's area (coasts). */
    public static final Color COAST = new Color(0x9fb3bf);
    /** Borders between countries. */
    public static final Color BORDER = new Color(0x4a4a52);
    /** Rivers and lake shores. */
    public static final Color WATER_LINE = new Color(0x6fa3c8);
    /** Lakes. */
    public static final Color LAKE = new Color(0xc6dae8);
    /** Roads. */
    public static final Color ROAD = new Color(0x9b8670);
    /** Places (dots and labels). */
    public static final Color PLACE = new Color(0x4a4a4a);
    /** Text. */
    public static final Color TEXT = new Color(0x222222);
    /** Legend box background. */
    public static final Color PANEL = new Color(0xfcfcfa);
    /** Legend box outline. */
    public static final Color PANEL_LINE = new Color(0x999999);
    /** Outline of crossing symbols. */
    public static final Color CROSSING_LINE = new Color(0x2b2b2b);
    /** Fill of a closed official crossing. */
    public static final Color CROSSING_CLOSED = new Color(0x9aa0a6);
    /** Informal crossing symbol. */
    public static final Color INFORMAL = new Color(0x555555);
    /** Fill of an open official crossing with nobody waiting (and of every official crossing on a static map). */
    public static final Color OFFICIAL = new Color(0xffd21f);
    /** Apprehension marks. */
    public static final Color APPREHENSION = new Color(0x101010);
    /** Queue length at which an official crossing's fill reaches its last colour. */
    public static final int QUEUE_FULL = 500;
    /** Ring around a selected object. */
    public static final Color SELECTION = new Color(0xffd400);

    /** Base hue of refugees (Okabe-Ito orange, a little darker to read on pale land). */
    public static final Color REFUGEE = new Color(0xe06c00);
    /** Base hue of fighters (Okabe-Ito reddish purple). */
    public static final Color FIGHTER = new Color(0xc21e8c);
    /** Base hue of guards (Okabe-Ito bluish green). */
    public static final Color GUARD = new Color(0x008a5e);

    /** Crowd view: walls and obstacle outlines. */
    public static final Color WALL = new Color(0x333333);
    /** Crowd view: obstacle fill. */
    public static final Color OBSTACLE = new Color(0xb8b2a7);
    /** Crowd view: floor. */
    public static final Color FLOOR = new Color(0xf4f1ea);
    /**
     * Crowd view: gates, in the yellow of an official crossing (a gate is one seen close up),
     * not the orange that {@link DensityScale} gives the peak-flow density.
     */
    public static final Color GATE = OFFICIAL;
    /** Crowd view: source areas. */
    public static final Color SOURCE_AREA = new Color(0x2f9e44);
    /** Crowd view: sink areas. */
    public static final Color SINK_AREA = new Color(0x1971c2);
    /** Crowd view: waiting areas. */
    public static final Color WAITING_AREA = new Color(0xf0c419);
    /** Crowd view: measurement lines. */
    public static final Color MEASUREMENT = new Color(0xae3ec9);

    /** Small labels. */
    public static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 10);
    /** Legend text. */
    public static final Font LEGEND = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
    /** Legend title. */
    public static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 12);

    /** Border line. */
    public static final Stroke BORDER_STROKE = new BasicStroke(1.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    /** Rivers. */
    public static final Stroke RIVER_STROKE = new BasicStroke(1.0f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    /** Roads. */
    public static final Stroke ROAD_STROKE = new BasicStroke(0.9f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    /** Coasts and thin outlines. */
    public static final Stroke THIN = new BasicStroke(0.6f);
    /** Measurement lines. */
    public static final Stroke DASHED = new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
            new float[] {6f, 4f}, 0f);

    private static final Color[][] AGENT = new Color[AgentType.values().length][AgentState.values().length];

    static {
        for (AgentType t : AgentType.values()) {
            Color base = hue(t);
            for (AgentState s : AgentState.values()) {
                AGENT[t.ordinal()][s.ordinal()] = switch (s) {
                    case EN_ROUTE, PATROLLING -> base;
                    case QUEUEING, SCREENING, ON_POST -> mix(base, Color.BLACK, 0.35);
                    case WAITING -> mix(base, Color.WHITE, 0.40);
                    case ARRIVED -> mix(base, Color.WHITE, 0.65);
                    case APPREHENDED -> mix(base, Color.BLACK, 0.75);
                    case RESPONDING -> mix(base, new Color(0xc0ff00), 0.45);
                };
            }
        }
    }

    private MapStyle() {
    }

    /**
     * @param type an agent type
     * @return its base hue
     */
    public static Color hue(AgentType type) {
        return switch (type) {
            case REFUGEE -> REFUGEE;
            case FIGHTER -> FIGHTER;
            case GUARD -> GUARD;
        };
    }

    /**
     * @param type an agent type
     * @param state its state
     * @return the colour it is drawn in
     */
    public static Color agent(AgentType type, AgentState state) {
        return AGENT[type.ordinal()][state.ordinal()];
    }

    /**
     * @param index a country's position in the terrain's list
     * @return its land tint
     */
    public static Color land(int index) {
        return LAND[Math.floorMod(index, LAND.length)];
    }

    /**
     * The fill of an open official crossing: {@link #OFFICIAL} yellow when empty, through orange, to deep red
     * at {@link #QUEUE_FULL} people waiting or more.
     *
     * @param waiting people waiting
     * @return the fill
     */
    public static Color queue(int waiting) {
        double f = Math.min(1, Math.sqrt(Math.max(0, waiting) / (double) QUEUE_FULL));
        Color empty = OFFICIAL;
        Color half = new Color(0xf59f00);
        Color full = new Color(0xb3261e);
        return f < 0.5 ? mix(empty, half, f * 2) : mix(half, full, (f - 0.5) * 2);
    }

    /**
     * @param personsPerM2 density, persons/m² (NaN: unknown)
     * @return its colour on the one density scale, {@link DensityScale#colour}
     */
    public static Color density(double personsPerM2) {
        return DensityScale.colour(personsPerM2);
    }

    /**
     * @param a one colour
     * @param b another
     * @param t share of b, 0 to 1
     * @return the mixture, opaque
     */
    public static Color mix(Color a, Color b, double t) {
        double u = Math.max(0, Math.min(1, t));
        return new Color((int) Math.round(a.getRed() + (b.getRed() - a.getRed()) * u),
                (int) Math.round(a.getGreen() + (b.getGreen() - a.getGreen()) * u),
                (int) Math.round(a.getBlue() + (b.getBlue() - a.getBlue()) * u));
    }

    /**
     * Draws a legend's panel: a pale fill with a thin grey edge.
     *
     * @param g where to draw
     * @param box the panel, in pixels
     */
    public static void panel(Graphics2D g, Rectangle2D box) {
        g.setColor(PANEL);
        g.fill(box);
        g.setColor(PANEL_LINE);
        g.setStroke(THIN);
        g.draw(box);
    }
}
