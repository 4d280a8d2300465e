package org.firebreak.examples.pictures;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.firebreak.core.terrain.Border;
import org.firebreak.core.terrain.Country;
import org.firebreak.core.terrain.Place;
import org.firebreak.core.terrain.Terrain;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.firebreak.examples.render.MapStyle;

/**
 * The terrain under the tracks: countries in muted tints with a light shaded relief, lakes and
 * rivers, country names and the borders; the largest places are drawn over the tracks
 * ({@link #places}). Pale on purpose: what the agents
 * did is drawn over it.
 */
final class BaseMap {
    /** How many of the most populous places get a dot and a name. */
    static final int PLACES = 12;
    /** Least distance between two named places, pixels. */
    static final double PLACE_SPACING = 60;

    private BaseMap() {
    }

    /**
     * @param g where, clipped to the frame by the caller
     * @param terrain what
     * @param frame where metres land
     */
    static void draw(Graphics2D g, Terrain terrain, MapFrame frame) {
        Rectangle2D box = new Rectangle2D.Double(frame.left(), frame.top(), frame.width(), frame.height());
        List<Country> countries = terrain.countries();
        g.setColor(countries.isEmpty() ? MapStyle.land(0) : MapStyle.SEA);
        g.fill(box);
        java.awt.image.BufferedImage relief = Hillshade.overlay(terrain, frame, 4, 0.42);
        if (countries.isEmpty()) {
            g.drawImage(relief, (int) Math.round(frame.left()), (int) Math.round(frame.top()), null);
        }
        for (int i = 0; i < countries.size(); i++) {
            Shape area = Shapes.of(countries.get(i).area(), frame);
            g.setColor(MapStyle.land(i));
            g.fill(area);
            Shape clip = g.getClip();
            g.clip(area);
            g.drawImage(relief, (int) Math.round(frame.left()), (int) Math.round(frame.top()), null);
            g.setClip(clip);
        }
        g.setStroke(new BasicStroke(0.6f));
        for (Geometry lake : terrain.lakes()) {
            Shape s = Shapes.of(lake, frame);
            g.setColor(MapStyle.LAKE);
            g.fill(s);
            g.setColor(MapStyle.WATER_LINE);
            g.draw(s);
        }
        g.setColor(MapStyle.WATER_LINE);
        g.setStroke(new BasicStroke(1.1f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        for (Geometry river : terrain.rivers()) {
            g.draw(Shapes.of(river, frame));
        }
        countryNames(g, countries, frame);
        g.setColor(MapStyle.BORDER);
        g.setStroke(new BasicStroke(1.3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        for (Border b : terrain.borders()) {
            g.draw(Shapes.of(b.line(), frame));
        }
    }

    /** Each country's name, spaced capitals, at a point inside the part of it the map shows. */
    private static void countryNames(Graphics2D g, List<Country> countries, MapFrame frame) {
        Font font = Style.font(Font.BOLD, 22f);
        Geometry view = new org.locationtech.jts.geom.GeometryFactory().toGeometry(frame.world());
        for (Country c : countries) {
            Geometry shown;
            try {
                shown = c.area().intersection(view);
            } catch (RuntimeException e) {
                shown = c.area(); // an invalid polygon: name it where its own interior point is
            }
            if (shown.isEmpty() || shown.getArea() < 0.02 * view.getArea()) {
                continue; // too little of it on the map to name
            }
            Point p = largest(shown).getInteriorPoint();
            String name = spaced(c.name().toUpperCase(Locale.ROOT));
            double w = Style.width(g, name, font);
            g.setFont(font);
            g.setColor(new Color(0x8E, 0x8A, 0x80, 150));
            g.drawString(name, (float) (frame.px(p.getX()) - w / 2), (float) frame.py(p.getY()));
        }
    }

    private static Geometry largest(Geometry g) {
        Geometry best = g.getGeometryN(0);
        for (int i = 1; i < g.getNumGeometries(); i++) {
            if (g.getGeometryN(i).getArea() > best.getArea()) {
                best = g.getGeometryN(i);
            }
        }
        return best;
    }

    private static String spaced(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            if (i > 0) {
                b.append(' ');
            }
            b.append(s.charAt(i));
        }
        return b.toString();
    }

    /**
     * The most populous places on the map, as small dots with their names, skipping any place
     * within {@link #PLACE_SPACING} pixels of a larger one already named (a city's suburbs) and
     * any whose name would cover a label already placed.
     *
     * @param taken boxes of labels already placed, pixels; the places' own are added
     */
    static void places(Graphics2D g, Terrain terrain, MapFrame frame, List<Rectangle2D> taken) {
        List<Place> ranked = terrain.places().stream().filter(p -> frame.world().contains(p.x(), p.y()))
                .filter(p -> p.population() > 0)
                .sorted(Comparator.comparingLong(Place::population).reversed().thenComparing(Place::id)).toList();
        List<Place> named = new java.util.ArrayList<>();
        Font font = Style.font(Font.PLAIN, 12.5f);
        for (Place p : ranked) {
            if (named.size() == PLACES) {
                break;
            }
            double x = frame.px(p.x());
            double y = frame.py(p.y());
            boolean crowded = named.stream().anyMatch(q -> Math.hypot(x - frame.px(q.x()), y - frame.py(q.y()))
                    < PLACE_SPACING);
            if (crowded) {
                continue;
            }
            double w = Style.width(g, p.name(), font);
            // right and above the dot, else left and above, else right and below; skipped if all are taken
            double[][] spots = {{x + 5, y - 4}, {x - 5 - w, y - 4}, {x + 5, y + 15}};
            for (double[] at : spots) {
                Rectangle2D box = new Rectangle2D.Double(at[0] - 2, at[1] - 13, w + 4, 17);
                if (taken.stream().noneMatch(box::intersects)) {
                    taken.add(box);
                    named.add(p);
                    g.setColor(Style.MUTED_INK);
                    g.fill(new Ellipse2D.Double(x - 2.5, y - 2.5, 5, 5));
                    Style.haloText(g, p.name(), at[0], at[1], font, Style.MUTED_INK, new Color(255, 255, 255, 170));
                    break;
                }
            }
        }
    }
}
