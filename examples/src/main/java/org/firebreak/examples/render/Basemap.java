package org.firebreak.examples.render;

import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.font.LineMetrics;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.firebreak.core.terrain.Country;
import org.firebreak.core.terrain.Place;
import org.firebreak.core.terrain.RoadLink;
import org.firebreak.core.terrain.Terrain;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;

/**
 * The static layers of a regional map, prepared once from a terrain and drawn at any scale, the
 * same in the GUI and in map.png: land (countries in muted tints, with a hillshade of the
 * elevation over them), water (lakes and rivers), roads, borders, country names and places.
 * Paths are kept in metres and transformed as they are drawn, and the hillshade is computed
 * once, so drawing a layer costs a few milliseconds.
 */
public final class Basemap {
    /** Places of at least this many inhabitants get a label in the GUI where there is room. */
    public static final long LABEL_POPULATION = 250_000;
    /** Pixels across of the hillshade image by default (the GUI's, which it scales as it zooms). */
    public static final int HILLSHADE_WIDTH = 1200;

    /**
     * Which places get a name, and how.
     *
     * @param font the names' font
     * @param most at most this many names
     * @param minPopulation places smaller than this get none
     * @param spacing least distance between two named places, pixels (a city's suburbs go unnamed)
     * @param dots whether a named place gets its dot with its name (else {@link #paintPlaces} draws dots)
     */
    public record PlaceNames(Font font, int most, long minPopulation, double spacing, boolean dots) {
        /** The GUI: every large place, where its name fits, over dots of every place. */
        public static final PlaceNames WINDOW = new PlaceNames(MapStyle.LABEL, Integer.MAX_VALUE, LABEL_POPULATION,
                0, false);
        /** map.png: the dozen most populous places, well apart, each with its dot. */
        public static final PlaceNames PICTURE = new PlaceNames(
                new Font(Font.SANS_SERIF, Font.PLAIN, 12).deriveFont(12.5f), 12, 1, 60, true);
    }

    private final Terrain terrain;
    private final Envelope bounds;
    private final List<Path2D.Double> countries = new ArrayList<>();
    private final Path2D.Double lakes;
    private final Path2D.Double rivers;
    private final Path2D.Double roads;
    private final Path2D.Double borders;
    private final List<Place> places;
    private final int hillshadeWidth;
    private final int hillshadeHeight;
    private BufferedImage hillshade;

    /** @param terrain the terrain to draw, with a hillshade {@link #HILLSHADE_WIDTH} pixels across */
    public Basemap(Terrain terrain) {
        this(terrain, HILLSHADE_WIDTH,
                Math.max(2, (int) Math.round(HILLSHADE_WIDTH * terrain.bounds().getHeight()
                        / terrain.bounds().getWidth())));
    }

    /**
     * @param terrain the terrain to draw
     * @param hillshadeWidth pixels across of the hillshade over the terrain's bounds
     * @param hillshadeHeight pixels down of it (an image drawn at one scale matches its frame)
     */
    public Basemap(Terrain terrain, int hillshadeWidth, int hillshadeHeight) {
        this.terrain = terrain;
        this.bounds = terrain.bounds();
        this.hillshadeWidth = hillshadeWidth;
        this.hillshadeHeight = hillshadeHeight;
        for (Country c : terrain.countries()) {
            countries.add(Shapes.of(c.area()));
        }
        lakes = new Path2D.Double(Path2D.WIND_EVEN_ODD);
        for (Geometry g : terrain.lakes()) {
            Shapes.append(g, lakes);
        }
        rivers = new Path2D.Double();
        for (Geometry g : terrain.rivers()) {
            Shapes.append(g, rivers);
        }
        roads = new Path2D.Double();
        for (RoadLink r : terrain.roads()) {
            Shapes.append(r.line(), roads);
        }
        borders = new Path2D.Double();
        terrain.borders().forEach(b -> Shapes.append(b.line(), borders));
        places = terrain.places().stream()
                .sorted(Comparator.comparingLong(Place::population).reversed().thenComparing(Place::id)).toList();
    }

    /**
     * @param terrain the terrain to draw
     * @param frame the picture's frame, whose extent is the terrain's: the hillshade gets its pixels
     * @return the basemap for that picture
     */
    public static Basemap forFrame(Terrain terrain, MapFrame frame) {
        return new Basemap(terrain, Math.max(2, frame.width()), Math.max(2, frame.height()));
    }

    /** @return the terrain's extent, metres */
    public Envelope bounds() {
        return bounds;
    }

    /**
     * Land tints with the hillshade over the countries, on the colour of what lies outside them,
     * and the coasts. Without country areas the whole extent is land.
     *
     * @param g where to draw
     * @param t metres to pixels
     */
    public void paintLand(Graphics2D g, AffineTransform t) {
        Shape extent = t.createTransformedShape(new Rectangle2D.Double(bounds.getMinX(), bounds.getMinY(),
                bounds.getWidth(), bounds.getHeight()));
        g.setColor(countries.isEmpty() ? MapStyle.land(0) : MapStyle.SEA);
        g.fill(extent);
        for (int i = 0; i < countries.size(); i++) {
            g.setColor(MapStyle.land(i));
            g.fill(t.createTransformedShape(countries.get(i)));
        }
        Object interpolation = g.getRenderingHint(RenderingHints.KEY_INTERPOLATION);
        BufferedImage shade = hillshade();
        AffineTransform image = new AffineTransform(t);
        image.translate(bounds.getMinX(), bounds.getMaxY());
        image.scale(bounds.getWidth() / shade.getWidth(), -bounds.getHeight() / shade.getHeight());
        if (Math.abs(image.getScaleX() - 1) < 0.01 && Math.abs(image.getScaleY() - 1) < 0.01 && image.getShearX() == 0) {
            // made for this frame: pixel on pixel, without resampling (which would blur it and
            // multiply its shades, so a PNG of it compresses worse)
            g.drawImage(shade, (int) Math.round(image.getTranslateX()), (int) Math.round(image.getTranslateY()), null);
        } else {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(shade, image, null);
        }
        if (interpolation != null) {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, interpolation);
        }
        g.setColor(MapStyle.COAST);
        g.setStroke(MapStyle.THIN);
        for (Path2D.Double c : countries) {
            g.draw(t.createTransformedShape(c));
        }
    }

    /**
     * Lakes and rivers.
     *
     * @param g where to draw
     * @param t metres to pixels
     */
    public void paintWater(Graphics2D g, AffineTransform t) {
        Shape l = t.createTransformedShape(lakes);
        g.setColor(MapStyle.LAKE);
        g.fill(l);
        g.setStroke(MapStyle.RIVER_STROKE);
        g.setColor(MapStyle.WATER_LINE);
        g.draw(l);
        g.draw(t.createTransformedShape(rivers));
    }

    /**
     * @param g where to draw
     * @param t metres to pixels
     */
    public void paintRoads(Graphics2D g, AffineTransform t) {
        g.setStroke(MapStyle.ROAD_STROKE);
        g.setColor(MapStyle.ROAD);
        g.draw(t.createTransformedShape(roads));
    }

    /**
     * Borders: dark grey lines, which read over the pale hillshade without a halo (a halo would
     * cost map.png some 30 KB).
     *
     * @param g where to draw
     * @param t metres to pixels
     */
    public void paintBorders(Graphics2D g, AffineTransform t) {
        Shape b = t.createTransformedShape(borders);
        g.setStroke(MapStyle.BORDER_STROKE);
        g.setColor(MapStyle.BORDER);
        g.draw(b);
    }

    /**
     * Each country's name in faint spaced capitals, at a point inside the largest part of it
     * that is in view; countries with less than 2 % of the view get none.
     *
     * @param g where to draw
     * @param t metres to pixels
     * @param view the extent in view, metres
     */
    public void paintCountryNames(Graphics2D g, AffineTransform t, Envelope view) {
        Font font = new Font(Font.SANS_SERIF, Font.BOLD, 12).deriveFont(22f);
        Geometry shownArea = new GeometryFactory().toGeometry(view);
        g.setFont(font);
        g.setColor(new Color(0x8E, 0x8A, 0x80, 150));
        for (Country c : terrain.countries()) {
            Geometry shown;
            try {
                shown = c.area().intersection(shownArea);
            } catch (RuntimeException e) {
                shown = c.area(); // an invalid polygon: name it where its own interior point is
            }
            if (shown.isEmpty() || shown.getArea() < 0.02 * shownArea.getArea()) {
                continue;
            }
            Point p = largest(shown).getInteriorPoint();
            String name = spaced(c.name().toUpperCase(Locale.ROOT));
            Point2D q = t.transform(new Point2D.Double(p.getX(), p.getY()), null);
            g.drawString(name, (float) (q.getX() - Labels.width(g, name, font) / 2), (float) q.getY());
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
     * Places as small dots, larger for larger towns.
     *
     * @param g where to draw
     * @param t metres to pixels
     * @param clip the visible pixels
     */
    public void paintPlaces(Graphics2D g, AffineTransform t, Rectangle2D clip) {
        g.setColor(MapStyle.PLACE);
        Point2D.Double p = new Point2D.Double();
        Point2D.Double q = new Point2D.Double();
        for (Place pl : places) {
            p.setLocation(pl.x(), pl.y());
            t.transform(p, q);
            if (!clip.contains(q)) {
                continue;
            }
            g.fill(dot(q, pl.population() >= LABEL_POPULATION ? 2.5 : pl.population() >= 50_000 ? 1.8 : 1.2));
        }
    }

    /**
     * Names of the GUI's places ({@link PlaceNames#WINDOW}).
     *
     * @param g where to draw
     * @param t metres to pixels
     * @param clip the visible pixels
     */
    public void paintPlaceNames(Graphics2D g, AffineTransform t, Rectangle2D clip) {
        paintPlaceNames(g, t, clip, PlaceNames.WINDOW, new ArrayList<>());
    }

    /**
     * Names of the largest places, largest first: each right and above its place, else left and
     * above, else right and below, and skipped if each of these covers a name already placed,
     * leaves the visible pixels or, with a spacing, if a larger named place is that close.
     * Drawn over the agents so crowds do not hide them.
     *
     * @param g where to draw
     * @param t metres to pixels
     * @param clip the visible pixels
     * @param how which places and how
     * @param taken boxes of labels already placed, pixels; the places' own are added
     */
    public void paintPlaceNames(Graphics2D g, AffineTransform t, Rectangle2D clip, PlaceNames how,
            List<Rectangle2D> taken) {
        List<Point2D> named = new ArrayList<>();
        for (Place pl : places) {
            if (named.size() >= how.most() || pl.population() < how.minPopulation()) {
                break;
            }
            Point2D q = t.transform(new Point2D.Double(pl.x(), pl.y()), null);
            if (!clip.contains(q) || named.stream().anyMatch(n -> n.distance(q) < how.spacing())) {
                continue;
            }
            double w = Labels.width(g, pl.name(), how.font());
            LineMetrics m = how.font().getLineMetrics(pl.name(), g.getFontRenderContext());
            double x = q.getX();
            double y = q.getY();
            double[][] spots = {{x + 5, y - 3}, {x - 5 - w, y - 3}, {x + 5, y + m.getAscent() + 2}};
            for (double[] at : spots) {
                Rectangle2D box = new Rectangle2D.Double(at[0] - 2, at[1] - m.getAscent() - 1, w + 4,
                        m.getAscent() + m.getDescent() + 2);
                if (clip.contains(box) && taken.stream().noneMatch(box::intersects)) {
                    taken.add(box);
                    named.add(q);
                    if (how.dots()) {
                        g.setColor(MapStyle.PLACE);
                        g.fill(dot(q, 2.5));
                    }
                    Labels.halo(g, pl.name(), at[0], at[1], how.font(), MapStyle.PLACE, Labels.HALO);
                    break;
                }
            }
        }
    }

    private static Ellipse2D dot(Point2D q, double r) {
        return new Ellipse2D.Double(q.getX() - r, q.getY() - r, 2 * r, 2 * r);
    }

    /** @return the hillshade over the countries (clear outside them), computed on first use */
    private synchronized BufferedImage hillshade() {
        if (hillshade == null) {
            BufferedImage shade = Hillshade.of(terrain, bounds, hillshadeWidth, hillshadeHeight);
            if (!countries.isEmpty()) {
                // keep the relief to the countries: outside them the map shows only what it knows
                BufferedImage mask = new BufferedImage(shade.getWidth(), shade.getHeight(),
                        BufferedImage.TYPE_INT_ARGB);
                Graphics2D m = mask.createGraphics();
                // a hard edge, as a clip would give: the shade keeps its few opacity steps
                AffineTransform toImage = new AffineTransform();
                toImage.scale(shade.getWidth() / bounds.getWidth(), -shade.getHeight() / bounds.getHeight());
                toImage.translate(-bounds.getMinX(), -bounds.getMaxY());
                m.setColor(Color.BLACK);
                countries.forEach(c -> m.fill(toImage.createTransformedShape(c)));
                m.dispose();
                Graphics2D s = shade.createGraphics();
                s.setComposite(AlphaComposite.DstIn);
                s.drawImage(mask, 0, 0, null);
                s.dispose();
            }
            hillshade = shade;
        }
        return hillshade;
    }
}
