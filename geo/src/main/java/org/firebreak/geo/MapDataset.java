package org.firebreak.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.firebreak.core.scenario.Suggestions;
import org.firebreak.core.terrain.Border;
import org.firebreak.core.terrain.Country;
import org.firebreak.core.terrain.Crossing;
import org.firebreak.core.terrain.CrossingKind;
import org.firebreak.core.terrain.ElevationGrid;
import org.firebreak.core.terrain.GridGeometry;
import org.firebreak.core.terrain.MapTerrain;
import org.firebreak.core.terrain.Place;
import org.firebreak.core.terrain.RoadLink;
import org.firebreak.geo.io.GisInputException;
import org.firebreak.geo.io.RasterLayer;
import org.firebreak.geo.io.SimulationCrs;
import org.firebreak.geo.io.VectorLayer;
import org.geotools.api.feature.simple.SimpleFeature;
import org.geotools.api.referencing.operation.MathTransform;
import org.geotools.api.referencing.operation.TransformException;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Lineal;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.linemerge.LineMerger;

/**
 * Builds a {@link MapTerrain} in the {@link SimulationCrs} from a map dataset: a
 * {@code dataset.json} naming the layer files (countries, borders, places and elevation
 * required; crossings, rivers, lakes, marshes and roads optional) with the properties the data
 * module's README documents. Vector layers are reprojected feature by feature; the elevation
 * raster, in whatever CRS it has, is resampled bilinearly between its cell centres onto a
 * metric grid of {@link #ELEVATION_CELL_M} cells.
 */
final class MapDataset {
    /** Cell size of the metric elevation grid, metres (ETOPO5 cells are about 7.7 x 9.3 km here). */
    static final double ELEVATION_CELL_M = 2000;

    private static final System.Logger LOG = System.getLogger(MapDataset.class.getName());
    /** Lowest plausible height on Earth, metres: the deepest ocean trench. */
    static final double MIN_ELEVATION_M = -11_000;
    /** Highest plausible height on Earth, metres: the highest summit. */
    static final double MAX_ELEVATION_M = 8_900;
    private static final List<String> KINDS = List.of("official", "informal");

    private final LayerSource source;
    private final DatasetDescriptor descriptor;
    private final List<String> problems = new ArrayList<>();
    private String rasterExtent = "";

    private MapDataset(LayerSource source) {
        this.source = source;
        this.descriptor = source.descriptor();
    }

    /**
     * @param source where the layers are
     * @return the terrain
     * @throws IllegalArgumentException listing every layer and feature that is missing, invalid or does not
     *     fit the others (see {@link DatasetFit})
     */
    static MapTerrain load(LayerSource source) {
        long t0 = System.nanoTime();
        MapDataset d = new MapDataset(source);
        SimulationCrs crs = SimulationCrs.frontier();
        ElevationGrid elevation = d.elevation(crs);
        List<Country> countries = d.countries();
        List<Border> borders = d.borders();
        List<Crossing> crossings = d.crossings();
        List<Place> places = d.places();
        List<Geometry> rivers = d.geometries("rivers");
        List<Geometry> lakes = d.geometries("lakes");
        List<Geometry> marshes = d.geometries("marshes");
        List<RoadLink> roads = d.roads();
        if (d.problems.isEmpty()) {
            new DatasetFit(crs, d.descriptor.bbox(), elevation, d.rasterExtent, countries, borders, crossings, places)
                    .check(Map.of("rivers", rivers, "lakes", lakes, "marshes", marshes,
                            "roads", roads.stream().map(r -> (Geometry) r.line()).toList()), d.problems);
        }
        if (!d.problems.isEmpty()) {
            throw new IllegalArgumentException(DatasetDescriptor.report(source.name(), d.problems));
        }
        MapTerrain terrain = MapTerrain.builder(source.name(), elevation)
                .countries(countries)
                .borders(borders)
                .crossings(crossings)
                .places(places)
                .rivers(rivers)
                .lakes(lakes)
                .marshes(marshes)
                .roads(roads)
                .geoReference(org.firebreak.core.terrain.GeoReference.of(crs::toLonLat, crs::toMetres))
                .build();
        LOG.log(System.Logger.Level.DEBUG, "loaded {0} in {1} ms", source.name(),
                Long.toString((System.nanoTime() - t0) / 1_000_000));
        return terrain;
    }

    /** The features of a layer; none when the layer is absent, declared empty, or cannot be read. */
    private List<SimpleFeature> features(String layer) {
        Optional<String> file = descriptor.file(layer);
        if (file.isEmpty() || descriptor.declaredEmpty(layer)) {
            // absent (required layers are checked with the descriptor), or declared empty in
            // dataset.json with the reason in the dataset's provenance
            return List.of();
        }
        try {
            return source.vector(file.get()).features();
        } catch (GisInputException e) {
            problems.add("layer " + layer + ": " + e.getMessage());
            return List.of();
        }
    }

    /** A feature's text property, or null (and a problem) when it has none. */
    private String text(SimpleFeature f, String layer, String key) {
        Object v = f.getAttribute(key);
        if (v == null || v.toString().isBlank()) {
            problems.add("layer " + layer + ": feature " + f.getID() + " has no '" + key
                    + "'; expected the properties the dataset layout documents");
            return null;
        }
        return v.toString();
    }

    /** A feature's geometry if it is of the type the layer needs, else null (and a problem). */
    private Geometry geometry(SimpleFeature f, String layer, Class<?> type, String expected) {
        Object g = f.getDefaultGeometry();
        if (!type.isInstance(g) || ((Geometry) g).isEmpty()) {
            problems.add("layer " + layer + ": feature " + f.getID() + " is " + (g == null ? "without geometry"
                    : "a" + (g instanceof Geometry geo && geo.isEmpty() ? "n empty " : " ")
                    + ((Geometry) g).getGeometryType()) + "; expected " + expected);
            return null;
        }
        return (Geometry) g;
    }

    /** Whether an id was seen before in its layer (and a problem if so). */
    private boolean duplicate(Set<String> seen, String id, String layer) {
        if (id != null && !seen.add(id)) {
            problems.add("layer " + layer + ": id '" + id + "' is given to two features; expected each id once");
            return true;
        }
        return false;
    }

    private List<Country> countries() {
        List<Country> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (SimpleFeature f : features("countries")) {
            String iso3 = text(f, "countries", "iso3");
            String name = text(f, "countries", "name");
            Geometry area = geometry(f, "countries", Geometry.class, "a Polygon or MultiPolygon");
            if (area != null && !(area instanceof Polygon || area instanceof MultiPolygon)) {
                problems.add("layer countries: feature " + f.getID() + " is a " + area.getGeometryType()
                        + "; expected a Polygon or MultiPolygon");
                area = null;
            }
            if (iso3 != null && name != null && area != null && !duplicate(seen, iso3, "countries")) {
                out.add(new Country(iso3, name, area));
            }
        }
        return out;
    }

    private List<Border> borders() {
        List<Border> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (SimpleFeature f : features("borders")) {
            String id = text(f, "borders", "id");
            Geometry g = geometry(f, "borders", Lineal.class, "a LineString or MultiLineString");
            if (id == null || g == null || duplicate(seen, id, "borders")) {
                continue;
            }
            LineMerger merger = new LineMerger();
            merger.add(g);
            @SuppressWarnings("unchecked")
            List<LineString> merged = new ArrayList<>(merger.getMergedLineStrings());
            out.add(new Border(id, merged.size() == 1 ? merged.get(0) : g));
        }
        return out;
    }

    private List<Crossing> crossings() {
        List<Crossing> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (SimpleFeature f : features("crossings")) {
            Point p = (Point) geometry(f, "crossings", Point.class, "a Point");
            String id = text(f, "crossings", "id");
            String name = text(f, "crossings", "name");
            String kind = text(f, "crossings", "kind");
            String border = text(f, "crossings", "border");
            if (kind != null && !KINDS.contains(kind)) {
                problems.add("layer crossings: feature " + f.getID() + ": " + Suggestions.unknown("kind", kind, KINDS));
                kind = null;
            }
            if (p != null && id != null && name != null && kind != null && border != null
                    && !duplicate(seen, id, "crossings")) {
                out.add(new Crossing(id, name, p.getX(), p.getY(),
                        "official".equals(kind) ? CrossingKind.OFFICIAL : CrossingKind.INFORMAL, border));
            }
        }
        return out;
    }

    private List<Place> places() {
        List<Place> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (SimpleFeature f : features("places")) {
            Point p = (Point) geometry(f, "places", Point.class, "a Point");
            String id = text(f, "places", "id");
            String name = text(f, "places", "name");
            String country = text(f, "places", "country");
            Object pop = f.getAttribute("population");
            long population = pop instanceof Number n ? n.longValue() : 0;
            if (population < 0) {
                problems.add("layer places: feature " + f.getID() + ": population " + population
                        + "; expected 0 or more people");
                continue;
            }
            if (p != null && id != null && name != null && country != null && !duplicate(seen, id, "places")) {
                out.add(new Place(id, name, p.getX(), p.getY(), country, population));
            }
        }
        return out;
    }

    private List<Geometry> geometries(String layer) {
        List<Geometry> out = new ArrayList<>();
        for (SimpleFeature f : features(layer)) {
            Geometry g = geometry(f, layer, Geometry.class, "a geometry");
            if (g != null) {
                out.add(g);
            }
        }
        return out;
    }

    private List<RoadLink> roads() {
        List<RoadLink> out = new ArrayList<>();
        for (SimpleFeature f : features("roads")) {
            Geometry g = geometry(f, "roads", Lineal.class, "a LineString");
            String id = text(f, "roads", "id");
            String from = text(f, "roads", "from");
            String to = text(f, "roads", "to");
            String kind = text(f, "roads", "kind");
            if (g == null || id == null || from == null || to == null || kind == null) {
                continue;
            }
            LineString line = g instanceof LineString ls ? ls : (LineString) g.getGeometryN(0);
            out.add(new RoadLink(id, from, to, line, kind));
        }
        return out;
    }

    private ElevationGrid elevation(SimulationCrs crs) {
        RasterLayer raster;
        try {
            raster = source.raster(descriptor.file("elevation").orElseThrow());
        } catch (GisInputException e) {
            throw new IllegalArgumentException(DatasetDescriptor.report(source.name(),
                    List.of("layer elevation: " + e.getMessage())), e);
        }
        MathTransform toMetres = crs.fromCrs(raster.crs());
        try {
            MathTransform toRaster = toMetres.inverse();
            Envelope e = raster.envelope();
            // a projected rectangle is curved: cover the projection of its whole outline
            Envelope metres = new Envelope();
            int samples = 64;
            double[] p = new double[2];
            for (int i = 0; i <= samples; i++) {
                double t = (double) i / samples;
                for (double[] q : new double[][] {
                    {e.getMinX() + t * e.getWidth(), e.getMinY()}, {e.getMinX() + t * e.getWidth(), e.getMaxY()},
                    {e.getMinX(), e.getMinY() + t * e.getHeight()}, {e.getMaxX(), e.getMinY() + t * e.getHeight()}}) {
                    toMetres.transform(q, 0, p, 0, 1);
                    metres.expandToInclude(p[0], p[1]);
                }
            }
            GridGeometry grid = GridGeometry.covering(metres, ELEVATION_CELL_M);
            double[] centres = new double[2 * grid.size()];
            for (int i = 0; i < grid.size(); i++) {
                centres[2 * i] = grid.centreX(i);
                centres[2 * i + 1] = grid.centreY(i);
            }
            toRaster.transform(centres, 0, centres, 0, grid.size());
            float[] values = raster.values();
            plausibleHeights(values);
            rasterExtent = String.format(java.util.Locale.ROOT, "x %.4f to %.4f, y %.4f to %.4f in the raster's CRS %s",
                    e.getMinX(), e.getMaxX(), e.getMinY(), e.getMaxY(), raster.crs().getName());
            float[] out = new float[grid.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = (float) bilinear(raster, values, e, centres[2 * i], centres[2 * i + 1]);
            }
            return new ElevationGrid(grid, out);
        } catch (TransformException ex) {
            throw new IllegalArgumentException(source.name() + ": cannot project the elevation raster from "
                    + raster.crs().getName() + ": " + ex.getMessage(), ex);
        }
    }

    /** Heights beyond any on Earth mean wrong units, an undeclared nodata value or a corrupt file. */
    private void plausibleHeights(float[] values) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (float v : values) {
            if (!Float.isNaN(v)) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        if (lo < MIN_ELEVATION_M || hi > MAX_ELEVATION_M) {
            problems.add(String.format(java.util.Locale.ROOT, "layer elevation: heights from %.1f to %.1f m; expected "
                    + "heights between %.0f and %.0f m (the deepest trench and the highest summit): are the units "
                    + "metres, and is the nodata value declared?", lo, hi, MIN_ELEVATION_M, MAX_ELEVATION_M));
        }
    }

    /** Bilinear between the source cell centres; NaN outside them (rows run north to south). */
    private static double bilinear(RasterLayer r, float[] v, Envelope e, double x, double y) {
        double fx = (x - e.getMinX()) / r.cellWidth() - 0.5;
        double fy = (e.getMaxY() - y) / r.cellHeight() - 0.5;
        if (!(fx >= 0 && fy >= 0 && fx <= r.cols() - 1 && fy <= r.rows() - 1)) {
            return Double.NaN;
        }
        int c0 = Math.min((int) fx, r.cols() - 2);
        int r0 = Math.min((int) fy, r.rows() - 2);
        double tx = fx - c0;
        double ty = fy - r0;
        int cols = r.cols();
        double top = v[r0 * cols + c0] * (1 - tx) + v[r0 * cols + c0 + 1] * tx;
        double bottom = v[(r0 + 1) * cols + c0] * (1 - tx) + v[(r0 + 1) * cols + c0 + 1] * tx;
        return top * (1 - ty) + bottom * ty;
    }
}
