package org.firebreak.examples.pictures;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.firebreak.core.terrain.Crossing;
import org.firebreak.core.terrain.Terrain;
import org.firebreak.examples.render.Basemap;
import org.firebreak.examples.render.Labels;
import org.firebreak.examples.render.MapFrame;
import org.firebreak.examples.render.MapStyle;
import org.firebreak.frontier.agent.kind.AgentType;

/**
 * map.png of a regional run: the terrain (the GUI's {@link Basemap}, without roads), every agent's track coloured by
 * its type, thin and translucent so that where many walked reads darker, informal crossing
 * sites, apprehensions, the official crossings with their names, a legend, a scale bar and a
 * title. Drawn in the terrain's own metres, north up.
 */
public final class RegionalMap {
    /** Width of the picture, pixels. */
    public static final int WIDTH = 1600;
    /** Space above the map for the title, pixels. */
    static final int TITLE = 84;
    static final int MARGIN = 24;
    static final int FOOT = 34;
    /** Side of an official crossing's square, pixels. */
    public static final double CROSSING_SIZE = 11;
    /** Tracks drawn of one type at most; beyond it a regular subsample is drawn (the legend says which). */
    static final int MAX_TRACKS = 40_000;

    private RegionalMap() {
    }

    /**
     * @param terrain the run's terrain
     * @return where its metres land in map.png
     */
    public static MapFrame frame(Terrain terrain) {
        return MapFrame.ofWidth(terrain.bounds(), MARGIN, TITLE, WIDTH - 2 * MARGIN);
    }

    /**
     * What the map shows besides the terrain.
     *
     * @param tracks agents' tracks by type
     * @param created agents created by type (for the legend)
     * @param apprehensions where agents were apprehended: x, y pairs in metres
     * @param title first line of the title
     * @param subtitle second line
     */
    record Content(Map<AgentType, List<Tracks.Track>> tracks, Map<AgentType, Long> created, double[] apprehensions,
            String title, String subtitle) {
    }

    /**
     * @param terrain the terrain
     * @param content what happened on it
     * @return the picture
     */
    static BufferedImage render(Terrain terrain, Content content) {
        MapFrame frame = frame(terrain);
        int height = TITLE + frame.height() + FOOT;
        BufferedImage img = new BufferedImage(WIDTH, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = Style.page(img, Style.PAGE);
        try {
            Rectangle2D box = new Rectangle2D.Double(frame.left(), frame.top(), frame.width(), frame.height());
            g.setClip(box);
            Basemap base = Basemap.forFrame(terrain, frame);
            AffineTransform t = frame.transform();
            base.paintLand(g, t);
            base.paintWater(g, t);
            base.paintCountryNames(g, t, frame.world());
            base.paintBorders(g, t);
            int[] strides = tracks(g, content.tracks(), frame);
            List<Label> labels = crossingLabels(g, terrain, frame);
            List<Rectangle2D> taken = new ArrayList<>();
            labels.forEach(l -> taken.add(l.box()));
            base.paintPlaceNames(g, t, box, Basemap.PlaceNames.PICTURE, taken);
            informal(g, terrain, frame);
            apprehensions(g, content.apprehensions(), frame);
            officialCrossings(g, frame, labels);
            g.setClip(null);
            g.setColor(Style.MUTED_INK);
            g.setStroke(new BasicStroke(1f));
            g.draw(box);
            MapLegend.draw(g, frame, content, strides);
            title(g, content, frame);
        } finally {
            g.dispose();
        }
        return img;
    }

    /** Draw order: refugees under guards under fighters, the fewer on top. */
    static final AgentType[] ORDER = {AgentType.REFUGEE, AgentType.GUARD, AgentType.FIGHTER};

    /**
     * @param type an agent type
     * @param drawn tracks drawn of it
     * @return the opacity of one track: a crowd of tracks reads dark, a lone one still shows
     */
    static double opacity(AgentType type, int drawn) {
        double base = switch (type) {
            case REFUGEE -> 0.10;
            case GUARD -> 0.45;
            case FIGHTER -> 0.55;
        };
        // many overlapping tracks saturate: thin them in proportion beyond a few thousand
        return Math.max(0.03, Math.min(base, base * Math.sqrt(2000.0 / Math.max(1, drawn))));
    }

    private static int[] tracks(Graphics2D g, Map<AgentType, List<Tracks.Track>> byType, MapFrame frame) {
        int[] strides = new int[AgentType.values().length];
        for (AgentType type : ORDER) {
            List<Tracks.Track> list = byType.getOrDefault(type, List.of());
            int stride = Math.max(1, (list.size() + MAX_TRACKS - 1) / MAX_TRACKS);
            strides[type.ordinal()] = stride;
            int drawn = (list.size() + stride - 1) / stride;
            g.setColor(Style.alpha(MapStyle.hue(type), opacity(type, drawn)));
            g.setStroke(new BasicStroke(type == AgentType.REFUGEE ? 1.0f : 1.3f, BasicStroke.CAP_ROUND,
                    BasicStroke.JOIN_ROUND));
            for (int k = 0; k < list.size(); k += stride) {
                g.draw(path(list.get(k), frame));
            }
        }
        return strides;
    }

    /**
     * A track as a path in pixels, without the positions that lie within a third of a pixel of
     * the line through their neighbours (Douglas and Peucker 1973): agents walk long straight
     * legs, and the picture does not change while the drawing gets several times faster.
     */
    static Path2D.Double path(Tracks.Track t, MapFrame frame) {
        int n = t.size();
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = frame.px(t.x(i));
            y[i] = frame.py(t.y(i));
        }
        boolean[] keep = Simplify.keep(x, y, n, 1 / 3.0);
        Path2D.Double p = new Path2D.Double(Path2D.WIND_NON_ZERO, n);
        p.moveTo(x[0], y[0]);
        for (int i = 1; i < n; i++) {
            if (keep[i]) {
                p.lineTo(x[i], y[i]);
            }
        }
        return p;
    }

    private static void informal(Graphics2D g, Terrain terrain, MapFrame frame) {
        g.setStroke(new BasicStroke(1.1f));
        for (Crossing c : terrain.crossings()) {
            if (!c.official()) {
                double x = frame.px(c.x());
                double y = frame.py(c.y());
                Ellipse2D.Double dot = new Ellipse2D.Double(x - 2.6, y - 2.6, 5.2, 5.2);
                g.setColor(new Color(255, 255, 255, 200));
                g.fill(dot);
                g.setColor(MapStyle.INFORMAL);
                g.draw(dot);
            }
        }
    }

    private static void apprehensions(Graphics2D g, double[] xy, MapFrame frame) {
        for (int pass = 0; pass < 2; pass++) {
            g.setColor(pass == 0 ? new Color(255, 255, 255, 210) : MapStyle.APPREHENSION);
            g.setStroke(new BasicStroke(pass == 0 ? 3.6f : 1.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            for (int i = 0; i + 1 < xy.length; i += 2) {
                cross(g, frame.px(xy[i]), frame.py(xy[i + 1]), 4);
            }
        }
    }

    static void cross(Graphics2D g, double x, double y, double r) {
        g.draw(new Line2D.Double(x - r, y - r, x + r, y + r));
        g.draw(new Line2D.Double(x - r, y + r, x + r, y - r));
    }

    /** Where an official crossing's name goes: its baseline's left end and the box it covers, pixels. */
    private record Label(Crossing crossing, double x, double y, Rectangle2D box) {
    }

    private static final Font CROSSING_FONT = Style.font(Font.BOLD, 13f);

    /** Names to the right of their squares, or to the left where the map ends. */
    private static List<Label> crossingLabels(Graphics2D g, Terrain terrain, MapFrame frame) {
        List<Label> out = new ArrayList<>();
        for (Crossing c : terrain.crossings()) {
            if (!c.official()) {
                continue;
            }
            double x = frame.px(c.x());
            double y = frame.py(c.y());
            double w = Labels.width(g, c.name(), CROSSING_FONT);
            double tx = x + CROSSING_SIZE / 2 + 5;
            if (tx + w > frame.left() + frame.width() - 4) {
                tx = x - CROSSING_SIZE / 2 - 5 - w;
            }
            Rectangle2D box = new Rectangle2D.Double(Math.min(tx, x - CROSSING_SIZE / 2) - 2, y - 10,
                    w + CROSSING_SIZE + 9, 20);
            out.add(new Label(c, tx, y + 4.5, box));
        }
        return out;
    }

    /** Names first, then the squares, so a neighbour's name never hides a crossing. */
    private static void officialCrossings(Graphics2D g, MapFrame frame, List<Label> labels) {
        for (Label l : labels) {
            Labels.halo(g, l.crossing().name(), l.x(), l.y(), CROSSING_FONT, Style.INK,
                    new Color(255, 255, 255, 225));
        }
        for (Label l : labels) {
            square(g, frame.px(l.crossing().x()), frame.py(l.crossing().y()));
        }
    }

    static void square(Graphics2D g, double x, double y) {
        Rectangle2D.Double sq = new Rectangle2D.Double(x - CROSSING_SIZE / 2, y - CROSSING_SIZE / 2, CROSSING_SIZE,
                CROSSING_SIZE);
        g.setColor(MapStyle.OFFICIAL);
        g.fill(sq);
        g.setColor(Style.INK);
        g.setStroke(new BasicStroke(1.4f));
        g.draw(sq);
    }

    private static void title(Graphics2D g, Content content, MapFrame frame) {
        g.setColor(Style.INK);
        g.setFont(Style.font(Font.BOLD, 24f));
        g.drawString(content.title(), MARGIN, 38);
        g.setColor(Style.MUTED_INK);
        g.setFont(Style.font(Font.PLAIN, 15f));
        g.drawString(content.subtitle(), MARGIN, 64);
        g.setFont(Style.font(Font.PLAIN, 12f));
        g.drawString("Terrain coordinates in metres, north up. Tracks through each agent's positions; a darker band is "
                + "where more walked.", MARGIN, (float) (frame.top() + frame.height() + 22));
    }
}
