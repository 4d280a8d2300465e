package org.firebreak.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.firebreak.core.scenario.Suggestions;
import org.firebreak.core.terrain.Border;
import org.firebreak.core.terrain.Country;
import org.firebreak.core.terrain.Crossing;
import org.firebreak.core.terrain.ElevationGrid;
import org.firebreak.core.terrain.Place;
import org.firebreak.geo.io.SimulationCrs;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;

/**
 * Checks that a dataset's layers fit together before a run walks on them: each layer lies within
 * the dataset's declared extent (or, without one, overlaps the countries), places lie in the
 * country they name and crossings on the border they name, every place and crossing stands on
 * the elevation grid, (the grid's heights are checked as it is read, by {@code MapDataset}). Layers that each read well can still be
 * wrong together (a grid shifted off the map, coordinates swapped, a CRS declared wrongly), and
 * without these checks such a dataset fails deep inside a run. Each misfit is a problem naming the
 * layer, the feature and what was expected.
 */
final class DatasetFit {
    /** How far a place may lie outside its country's polygon: coastal towns sit on generalised coastlines. */
    static final double PLACE_TOLERANCE_M = 10_000;
    /** How far a crossing may lie from the line of its border. */
    static final double CROSSING_TOLERANCE_M = 1_000;
    /** How far a layer may reach beyond the declared bounding box (a feature cut at the box's edge). */
    static final double BBOX_MARGIN_M = 20_000;

    /** How far beyond the grid's last height a place or crossing may stand: half an ETOPO5 cell here. */
    static final double GRID_EDGE_M = 5_000;

    private static final int LISTED = 3;
    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    private final SimulationCrs crs;
    private final Optional<Envelope> bboxLonLat;
    private final ElevationGrid elevation;
    private final String rasterExtent;
    private final List<Country> countries;
    private final List<Border> borders;
    private final List<Crossing> crossings;
    private final List<Place> places;

    DatasetFit(SimulationCrs crs, Optional<Envelope> bboxLonLat, ElevationGrid elevation, String rasterExtent,
            List<Country> countries,
            List<Border> borders, List<Crossing> crossings, List<Place> places) {
        this.crs = crs;
        this.bboxLonLat = bboxLonLat;
        this.elevation = elevation;
        this.rasterExtent = rasterExtent;
        this.countries = countries;
        this.borders = borders;
        this.crossings = crossings;
        this.places = places;
    }

    /**
     * @param others the other vector layers by name, to check against the extent
     * @param problems where each misfit is added
     */
    void check(Map<String, List<Geometry>> others, List<String> problems) {
        Envelope extent = extent();
        String extentText = bboxLonLat.map(b -> String.format(Locale.ROOT, "the dataset's bbox [%s, %s, %s, %s]",
                num(b.getMinX()), num(b.getMinY()), num(b.getMaxX()), num(b.getMaxY())))
                .orElse("the extent of the countries layer");
        withinExtent("countries", countries.stream().map(Country::area).toList(), extent, extentText, problems);
        withinExtent("borders", borders.stream().map(Border::line).toList(), extent, extentText, problems);
        withinExtent("places", places.stream().map(p -> (Geometry) point(p.x(), p.y())).toList(), extent,
                extentText, problems);
        withinExtent("crossings", crossings.stream().map(c -> (Geometry) point(c.x(), c.y())).toList(), extent,
                extentText, problems);
        for (String layer : new TreeSet<>(others.keySet())) {
            withinExtent(layer, others.get(layer), extent, extentText, problems);
        }
        heights(problems);
        placesInCountries(problems);
        crossingsOnBorders(problems);
    }

    /** The metric extent layers must lie in: the declared bbox with a margin, else the countries' extent. */
    private Envelope extent() {
        Envelope e = new Envelope();
        if (bboxLonLat.isPresent()) {
            Envelope b = bboxLonLat.get();
            int samples = 32;
            for (int i = 0; i <= samples; i++) {
                double t = (double) i / samples;
                for (double[] q : new double[][] {
                    {b.getMinX() + t * b.getWidth(), b.getMinY()}, {b.getMinX() + t * b.getWidth(), b.getMaxY()},
                    {b.getMinX(), b.getMinY() + t * b.getHeight()}, {b.getMaxX(), b.getMinY() + t * b.getHeight()}}) {
                    double[] m = crs.toMetres(q[0], q[1]);
                    e.expandToInclude(m[0], m[1]);
                }
            }
            e.expandBy(BBOX_MARGIN_M);
        } else {
            countries.forEach(c -> e.expandToInclude(c.area().getEnvelopeInternal()));
        }
        return e;
    }

    private void withinExtent(String layer, List<Geometry> geometries, Envelope extent, String extentText,
            List<String> problems) {
        List<String> outside = new ArrayList<>();
        int count = 0;
        for (Geometry g : geometries) {
            Envelope e = g.getEnvelopeInternal();
            boolean fits = bboxLonLat.isPresent() ? extent.contains(e) : extent.intersects(e);
            if (!fits) {
                count++;
                if (outside.size() < LISTED) {
                    outside.add(describe(g));
                }
            }
        }
        if (count > 0) {
            problems.add("layer " + layer + ": " + count + " of " + geometries.size() + " features lie outside "
                    + extentText + " (e.g. " + String.join("; ", outside) + "); expected the layers of one region: are "
                    + "longitude and latitude swapped, or the layer's CRS declared wrongly?");
        }
    }

    private void heights(List<String> problems) {
        off("places", places.stream().filter(p -> !onGrid(p.x(), p.y()))
                .map(p -> p.id() + " at " + lonLat(p.x(), p.y())).toList(), places.size(), problems);
        off("crossings", crossings.stream().filter(c -> !onGrid(c.x(), c.y()))
                .map(c -> c.id() + " at " + lonLat(c.x(), c.y())).toList(), crossings.size(), problems);
    }

    /**
     * Whether the grid has a height at the point, or within {@link #GRID_EDGE_M} of it: a grid of
     * heights at lattice nodes ends at its outermost nodes, and a town half a cell beyond them is
     * on the map.
     */
    private boolean onGrid(double x, double y) {
        if (Double.isFinite(elevation.elevation(x, y))) {
            return true;
        }
        for (int k = 0; k < 8; k++) {
            double a = k * Math.PI / 4;
            if (Double.isFinite(elevation.elevation(x + GRID_EDGE_M * Math.cos(a), y + GRID_EDGE_M * Math.sin(a)))) {
                return true;
            }
        }
        return false;
    }

    private void off(String layer, List<String> offGrid, int total, List<String> problems) {
        if (!offGrid.isEmpty()) {
            problems.add("layer " + layer + ": " + offGrid.size() + " of " + total + " features stand where the "
                    + "elevation grid has no height (e.g. " + String.join("; ", offGrid.subList(0,
                            Math.min(LISTED, offGrid.size()))) + "); expected an elevation grid covering them (the "
                    + "grid's heights span " + gridExtent() + ")");
        }
    }

    private String gridExtent() {
        Envelope known = new Envelope();
        for (int i = 0; i < elevation.grid().size(); i++) {
            if (Double.isFinite(elevation.cell(i))) {
                known.expandToInclude(elevation.grid().centreX(i), elevation.grid().centreY(i));
            }
        }
        return (known.isNull() ? "no part of the region" : "from " + lonLat(known.getMinX(), known.getMinY()) + " to "
                + lonLat(known.getMaxX(), known.getMaxY())) + "; the raster: " + rasterExtent;
    }

    private void placesInCountries(List<String> problems) {
        List<String> iso3 = countries.stream().map(Country::iso3).toList();
        for (Place p : places) {
            Optional<Country> c = countries.stream().filter(k -> k.iso3().equals(p.country())).findFirst();
            if (c.isEmpty()) {
                problems.add("layer places: feature " + p.id() + ": " + Suggestions.unknown("country", p.country(),
                        iso3));
                continue;
            }
            double d = c.get().area().distance(point(p.x(), p.y()));
            if (d > PLACE_TOLERANCE_M) {
                problems.add(String.format(Locale.ROOT, "layer places: feature %s (%s) at %s lies %.1f km outside "
                        + "its country %s; expected it inside, or within %.0f km of the coast or border",
                        p.id(), p.name(), lonLat(p.x(), p.y()), d / 1000, p.country(), PLACE_TOLERANCE_M / 1000));
            }
        }
    }

    private void crossingsOnBorders(List<String> problems) {
        Set<String> iso3 = new TreeSet<>(countries.stream().map(Country::iso3).toList());
        List<String> ids = borders.stream().map(Border::id).toList();
        for (Border b : borders) {
            String[] parts = b.id().split("-");
            if (parts.length != 2 || !iso3.contains(parts[0]) || !iso3.contains(parts[1])) {
                problems.add("layer borders: feature " + b.id() + ": expected an id of two countries of the "
                        + "countries layer, such as " + (iso3.size() >= 2 ? Border.idOf(iso3.iterator().next(),
                                new ArrayList<>(iso3).get(1)) : "IRN-IRQ"));
            }
        }
        for (Crossing c : crossings) {
            Optional<Border> b = borders.stream().filter(k -> k.id().equals(c.borderId())).findFirst();
            if (b.isEmpty()) {
                problems.add("layer crossings: feature " + c.id() + ": " + Suggestions.unknown("border", c.borderId(),
                        ids));
                continue;
            }
            double d = b.get().distance(c.x(), c.y());
            if (d > CROSSING_TOLERANCE_M) {
                problems.add(String.format(Locale.ROOT, "layer crossings: feature %s at %s lies %.1f km from its "
                        + "border %s; expected it on the border, within %.0f m", c.id(), lonLat(c.x(), c.y()),
                        d / 1000, c.borderId(), CROSSING_TOLERANCE_M));
            }
        }
    }

    private String describe(Geometry g) {
        Coordinate c = g.getCoordinate();
        return g instanceof Point ? lonLat(c.x, c.y) : g.getGeometryType() + " from " + lonLat(c.x, c.y);
    }

    private String lonLat(double x, double y) {
        try {
            double[] ll = crs.toLonLat(x, y);
            return String.format(Locale.ROOT, "lon %.3f, lat %.3f", ll[0], ll[1]);
        } catch (IllegalArgumentException e) {
            return String.format(Locale.ROOT, "x %.0f m, y %.0f m", x, y);
        }
    }

    private static Point point(double x, double y) {
        return GEOMETRY.createPoint(new Coordinate(x, y));
    }

    private static String num(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
