package org.firebreak.geo;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
import org.locationtech.jts.geom.Point;
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

    private final LayerSource source;
    private final Map<String, JsonNode> layers;

    private MapDataset(LayerSource source) {
        this.source = source;
        this.layers = source.layers();
    }

    /**
     * @param source where the layers are
     * @return the terrain
     * @throws IllegalArgumentException naming the file and feature when a layer is missing or invalid
     */
    static MapTerrain load(LayerSource source) {
        long t0 = System.nanoTime();
        MapDataset d = new MapDataset(source);
        SimulationCrs crs = SimulationCrs.frontier();
        MapTerrain terrain = MapTerrain.builder(source.name(), d.elevation(crs))
                .countries(d.countries())
                .borders(d.borders())
                .crossings(d.crossings())
                .places(d.places())
                .rivers(d.geometries("rivers"))
                .lakes(d.geometries("lakes"))
                .marshes(d.geometries("marshes"))
                .roads(d.roads())
                .geoReference(org.firebreak.core.terrain.GeoReference.of(crs::toLonLat, crs::toMetres))
                .build();
        LOG.log(System.Logger.Level.DEBUG, "loaded {0} in {1} ms", source.name(),
                Long.toString((System.nanoTime() - t0) / 1_000_000));
        return terrain;
    }

    private String file(String layer, boolean required) {
        JsonNode l = layers.get(layer);
        if (l == null || !l.hasNonNull("file")) {
            if (required) {
                throw new IllegalArgumentException(source.name() + ": dataset.json lists no '" + layer
                        + "' layer; expected countries, borders, places and elevation at least");
            }
            return null;
        }
        return l.path("file").asText();
    }

    /** The features of a layer; none when the layer is absent or declared empty. */
    private List<SimpleFeature> features(String layer, boolean required) {
        String file = file(layer, required);
        if (file == null || layers.get(layer).path("features").asInt(-1) == 0) {
            // absent, or declared empty in dataset.json with the reason in the dataset's provenance
            return List.of();
        }
        try {
            VectorLayer v = source.vector(file);
            return v.features();
        } catch (GisInputException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    private String text(SimpleFeature f, String layer, String key) {
        Object v = f.getAttribute(key);
        if (v == null) {
            throw new IllegalArgumentException(source.name() + ": layer " + layer + ": feature " + f.getID()
                    + " has no '" + key + "'; expected the properties the dataset layout documents");
        }
        return v.toString();
    }

    private static Geometry geometry(SimpleFeature f) {
        return (Geometry) f.getDefaultGeometry();
    }

    private List<Country> countries() {
        List<Country> out = new ArrayList<>();
        for (SimpleFeature f : features("countries", true)) {
            out.add(new Country(text(f, "countries", "iso3"), text(f, "countries", "name"), geometry(f)));
        }
        return out;
    }

    private List<Border> borders() {
        List<Border> out = new ArrayList<>();
        for (SimpleFeature f : features("borders", true)) {
            Geometry g = geometry(f);
            LineMerger merger = new LineMerger();
            merger.add(g);
            @SuppressWarnings("unchecked")
            List<LineString> merged = new ArrayList<>(merger.getMergedLineStrings());
            out.add(new Border(text(f, "borders", "id"), merged.size() == 1 ? merged.get(0) : g));
        }
        return out;
    }

    private List<Crossing> crossings() {
        List<Crossing> out = new ArrayList<>();
        for (SimpleFeature f : features("crossings", false)) {
            Point p = (Point) geometry(f);
            CrossingKind kind = "official".equals(text(f, "crossings", "kind")) ? CrossingKind.OFFICIAL
                    : CrossingKind.INFORMAL;
            out.add(new Crossing(text(f, "crossings", "id"), text(f, "crossings", "name"), p.getX(), p.getY(), kind,
                    text(f, "crossings", "border")));
        }
        return out;
    }

    private List<Place> places() {
        List<Place> out = new ArrayList<>();
        for (SimpleFeature f : features("places", true)) {
            Point p = (Point) geometry(f);
            Object pop = f.getAttribute("population");
            long population = pop instanceof Number n ? n.longValue() : 0;
            out.add(new Place(text(f, "places", "id"), text(f, "places", "name"), p.getX(), p.getY(),
                    text(f, "places", "country"), population));
        }
        return out;
    }

    private List<Geometry> geometries(String layer) {
        List<Geometry> out = new ArrayList<>();
        for (SimpleFeature f : features(layer, false)) {
            out.add(geometry(f));
        }
        return out;
    }

    private List<RoadLink> roads() {
        List<RoadLink> out = new ArrayList<>();
        for (SimpleFeature f : features("roads", false)) {
            Geometry g = geometry(f);
            LineString line = g instanceof LineString ls ? ls : (LineString) g.getGeometryN(0);
            out.add(new RoadLink(text(f, "roads", "id"), text(f, "roads", "from"), text(f, "roads", "to"), line,
                    text(f, "roads", "kind")));
        }
        return out;
    }

    private ElevationGrid elevation(SimulationCrs crs) {
        RasterLayer raster;
        try {
            raster = source.raster(file("elevation", true));
        } catch (GisInputException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
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
