package org.firebreak.geo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.firebreak.core.terrain.Border;
import org.firebreak.core.terrain.Country;
import org.firebreak.core.terrain.Crossing;
import org.firebreak.core.terrain.CrossingKind;
import org.firebreak.core.terrain.ElevationGrid;
import org.firebreak.core.terrain.GridGeometry;
import org.firebreak.core.terrain.MapTerrain;
import org.firebreak.core.terrain.Place;
import org.firebreak.core.terrain.RoadLink;
import org.firebreak.data.BundledDatasets;
import org.firebreak.geo.io.GisInputException;
import org.firebreak.geo.io.RasterLayer;
import org.firebreak.geo.io.RasterLayers;
import org.firebreak.geo.io.RasterReadOptions;
import org.firebreak.geo.io.VectorLayer;
import org.firebreak.geo.io.VectorLayers;
import org.geotools.api.feature.simple.SimpleFeature;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.operation.linemerge.LineMerger;

/**
 * The bundled regional dataset ("frontier": longitude 38–50 E, latitude 28–38 N) as a
 * {@link MapTerrain} in the {@link SimulationCrs}, loaded from the firebreak-data jar with
 * one call: {@code FrontierDataset.load()}.
 *
 * <p>Vector layers are reprojected feature by feature; the ETOPO5 elevation grid (lon/lat,
 * 5 arc-minutes) is resampled bilinearly between its cell centres onto a metric grid of
 * {@link #ELEVATION_CELL_M} cells, finer than the source so no relief is lost to the resampling.
 * The file layout and properties are documented in the data module's README.
 */
public final class FrontierDataset {
    /** The dataset id scenario files use. */
    public static final String NAME = BundledDatasets.FRONTIER;
    /** Cell size of the metric elevation grid, metres (the source cells are about 7.7 x 9.3 km). */
    public static final double ELEVATION_CELL_M = 2000;

    private static final System.Logger LOG = System.getLogger(FrontierDataset.class.getName());

    private FrontierDataset() {
    }

    /**
     * @return the bundled frontier terrain
     * @throws UncheckedIOException if a bundled file cannot be read (a broken jar)
     * @throws IllegalStateException if a bundled file does not hold what the layout promises
     */
    public static MapTerrain load() {
        long t0 = System.nanoTime();
        SimulationCrs crs = SimulationCrs.frontier();
        ElevationGrid elevation = elevation(crs);
        MapTerrain terrain = MapTerrain.builder(NAME, elevation)
                .countries(countries())
                .borders(borders())
                .crossings(crossings())
                .places(places())
                .rivers(geometries("rivers.geojson"))
                .lakes(geometries("lakes.geojson"))
                .marshes(geometries("marshes.geojson"))
                .roads(roads())
                .build();
        LOG.log(System.Logger.Level.DEBUG, "loaded {0} in {1} ms", NAME,
                Long.toString((System.nanoTime() - t0) / 1_000_000));
        return terrain;
    }

    /** Feature counts by file, from the dataset's descriptor: a layer may honestly be empty. */
    private static java.util.Map<String, Integer> featureCounts() {
        try (InputStream in = BundledDatasets.open(NAME, "dataset.json")) {
            java.util.Map<String, Integer> out = new java.util.HashMap<>();
            for (com.fasterxml.jackson.databind.JsonNode l : new com.fasterxml.jackson.databind.ObjectMapper()
                    .readTree(in).path("layers")) {
                if (l.has("features")) {
                    out.put(l.path("file").asText(), l.path("features").asInt());
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static VectorLayer layer(String file) {
        try (InputStream in = BundledDatasets.open(NAME, file)) {
            return VectorLayers.read(BundledDatasets.resourcePath(NAME, file), in);
        } catch (GisInputException e) {
            throw new IllegalStateException("bundled dataset " + NAME + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(SimpleFeature f, String key) {
        Object v = f.getAttribute(key);
        if (v == null) {
            throw new IllegalStateException("bundled dataset " + NAME + ": feature " + f.getID() + " has no '" + key
                    + "'");
        }
        return v.toString();
    }

    private static Geometry geometry(SimpleFeature f) {
        return (Geometry) f.getDefaultGeometry();
    }

    private static List<Country> countries() {
        List<Country> out = new ArrayList<>();
        for (SimpleFeature f : layer("countries.geojson").features()) {
            out.add(new Country(text(f, "iso3"), text(f, "name"), geometry(f)));
        }
        return out;
    }

    private static List<Border> borders() {
        List<Border> out = new ArrayList<>();
        for (SimpleFeature f : layer("borders.geojson").features()) {
            Geometry g = geometry(f);
            LineMerger merger = new LineMerger();
            merger.add(g);
            @SuppressWarnings("unchecked")
            List<LineString> merged = new ArrayList<>(merger.getMergedLineStrings());
            Geometry line = merged.size() == 1 ? merged.get(0) : g;
            out.add(new Border(text(f, "id"), line));
        }
        return out;
    }

    private static List<Crossing> crossings() {
        List<Crossing> out = new ArrayList<>();
        for (SimpleFeature f : layer("crossings.geojson").features()) {
            Point p = (Point) geometry(f);
            CrossingKind kind = "official".equals(text(f, "kind")) ? CrossingKind.OFFICIAL : CrossingKind.INFORMAL;
            out.add(new Crossing(text(f, "id"), text(f, "name"), p.getX(), p.getY(), kind, text(f, "border")));
        }
        return out;
    }

    private static List<Place> places() {
        List<Place> out = new ArrayList<>();
        for (SimpleFeature f : layer("places.geojson").features()) {
            Point p = (Point) geometry(f);
            long population = ((Number) f.getAttribute("population")).longValue();
            out.add(new Place(text(f, "id"), text(f, "name"), p.getX(), p.getY(), text(f, "country"), population));
        }
        return out;
    }

    private static List<Geometry> geometries(String file) {
        List<Geometry> out = new ArrayList<>();
        if (featureCounts().getOrDefault(file, -1) == 0) {
            // declared empty in dataset.json, with the reason in the data module's provenance
            return out;
        }
        for (SimpleFeature f : layer(file).features()) {
            out.add(geometry(f));
        }
        return out;
    }

    private static List<RoadLink> roads() {
        List<RoadLink> out = new ArrayList<>();
        for (SimpleFeature f : layer("roads.geojson").features()) {
            Geometry g = geometry(f);
            LineString line = g instanceof LineString ls ? ls : (LineString) g.getGeometryN(0);
            out.add(new RoadLink(text(f, "id"), text(f, "from"), text(f, "to"), line, text(f, "kind")));
        }
        return out;
    }

    private static ElevationGrid elevation(SimulationCrs crs) {
        RasterLayer raster;
        try {
            raster = RasterLayers.readResource(BundledDatasets.class, BundledDatasets.resourcePath(NAME, "elevation.asc"),
                    RasterReadOptions.defaults());
        } catch (GisInputException e) {
            throw new IllegalStateException("bundled dataset " + NAME + ": " + e.getMessage(), e);
        }
        Envelope lonLat = raster.envelope();
        // the projected region is curved: cover the projections of its whole outline
        Envelope metres = new Envelope();
        int samples = 64;
        for (int i = 0; i <= samples; i++) {
            double t = (double) i / samples;
            for (double[] ll : new double[][] {
                {lonLat.getMinX() + t * lonLat.getWidth(), lonLat.getMinY()},
                {lonLat.getMinX() + t * lonLat.getWidth(), lonLat.getMaxY()},
                {lonLat.getMinX(), lonLat.getMinY() + t * lonLat.getHeight()},
                {lonLat.getMaxX(), lonLat.getMinY() + t * lonLat.getHeight()}}) {
                double[] m = crs.toMetres(ll[0], ll[1]);
                metres.expandToInclude(m[0], m[1]);
            }
        }
        GridGeometry grid = GridGeometry.covering(metres, ELEVATION_CELL_M);
        float[] values = raster.values();
        float[] out = new float[grid.size()];
        for (int i = 0; i < out.length; i++) {
            double[] ll = crs.toLonLat(grid.centreX(i), grid.centreY(i));
            out[i] = (float) bilinear(raster, values, lonLat, ll[0], ll[1]);
        }
        return new ElevationGrid(grid, out);
    }

    /** Bilinear between the source cell centres; NaN outside them (rows run north to south). */
    private static double bilinear(RasterLayer r, float[] v, Envelope e, double lon, double lat) {
        double fx = (lon - e.getMinX()) / r.cellWidth() - 0.5;
        double fy = (e.getMaxY() - lat) / r.cellHeight() - 0.5;
        if (fx < 0 || fy < 0 || fx > r.cols() - 1 || fy > r.rows() - 1) {
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

    /**
     * @param lon longitude, degrees
     * @param lat latitude, degrees
     * @return the point in the simulation CRS
     */
    static Coordinate metres(double lon, double lat) {
        double[] m = SimulationCrs.frontier().toMetres(lon, lat);
        return new Coordinate(m[0], m[1]);
    }
}
