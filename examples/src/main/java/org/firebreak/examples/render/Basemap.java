package org.firebreak.examples.render;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.firebreak.core.terrain.Country;
import org.firebreak.core.terrain.Place;
import org.firebreak.core.terrain.RoadLink;
import org.firebreak.core.terrain.Terrain;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * The static layers of a regional map, prepared once from a terrain and drawn at any scale:
 * land (countries in muted tints, with a hillshade of the elevation over them), water (lakes
 * and rivers), roads, borders and places. Paths are kept in metres and transformed as they are
 * drawn, and the hillshade is computed once, so drawing a layer costs a few milliseconds.
 */
public final class Basemap {
    /** Places of at least this many inhabitants get a label where there is room. */
    public static final long LABEL_POPULATION = 250_000;
    /** Pixels across of the cached hillshade image. */
    private static final int HILLSHADE_WIDTH = 1200;

    private final Terrain terrain;
    private final Envelope bounds;
    private final List<Path2D.Double> countries = new ArrayList<>();
    private final Path2D.Double lakes;
    private final Path2D.Double rivers;
    private final Path2D.Double roads;
    private final Path2D.Double borders;
    private final List<Place> places;
    private BufferedImage hillshade;

    /** @param terrain the terrain to draw */
    public Basemap(Terrain terrain) {
        this.terrain = terrain;
        this.bounds = terrain.bounds();
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

    /** @return the terrain's extent, metres */
    public Envelope bounds() {
        return bounds;
    }

    /**
     * Land tints with the hillshade over them, on the sea colour. Without country areas the
     * whole extent is land.
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
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        BufferedImage shade = hillshade();
        AffineTransform image = new AffineTransform(t);
        image.translate(bounds.getMinX(), bounds.getMaxY());
        image.scale(bounds.getWidth() / shade.getWidth(), -bounds.getHeight() / shade.getHeight());
        g.drawImage(shade, image, null);
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
     * Borders, over a pale halo.
     *
     * @param g where to draw
     * @param t metres to pixels
     */
    public void paintBorders(Graphics2D g, AffineTransform t) {
        Shape b = t.createTransformedShape(borders);
        g.setStroke(MapStyle.BORDER_HALO_STROKE);
        g.setColor(MapStyle.BORDER_HALO);
        g.draw(b);
        g.setStroke(MapStyle.BORDER_STROKE);
        g.setColor(MapStyle.BORDER);
        g.draw(b);
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
            double r = pl.population() >= LABEL_POPULATION ? 2.5 : pl.population() >= 50_000 ? 1.8 : 1.2;
            g.fill(new java.awt.geom.Ellipse2D.Double(q.x - r, q.y - r, 2 * r, 2 * r));
        }
    }

    /**
     * Names of the largest places, largest first, where they do not overlap one another; drawn
     * over the agents so crowds do not hide them.
     *
     * @param g where to draw
     * @param t metres to pixels
     * @param clip the visible pixels
     */
    public void paintPlaceNames(Graphics2D g, AffineTransform t, Rectangle2D clip) {
        Point2D.Double p = new Point2D.Double();
        Point2D.Double q = new Point2D.Double();
        Font font = MapStyle.LABEL;
        g.setFont(font);
        FontMetrics fm = g.getFontMetrics(font);
        List<Rectangle2D> taken = new ArrayList<>();
        for (Place pl : places) {
            if (pl.population() < LABEL_POPULATION) {
                break;
            }
            p.setLocation(pl.x(), pl.y());
            t.transform(p, q);
            Rectangle2D box = new Rectangle2D.Double(q.x + 4, q.y - fm.getAscent() + 2, fm.stringWidth(pl.name()),
                    fm.getAscent());
            if (!clip.contains(box) || taken.stream().anyMatch(box::intersects)) {
                continue;
            }
            taken.add(box);
            Labels.halo(g, pl.name(), (float) box.getX(), (float) (q.y + 2), MapStyle.PLACE);
        }
    }

    /** @return the hillshade, computed on first use */
    private synchronized BufferedImage hillshade() {
        if (hillshade == null) {
            hillshade = Hillshade.of(terrain, HILLSHADE_WIDTH);
        }
        return hillshade;
    }
}
