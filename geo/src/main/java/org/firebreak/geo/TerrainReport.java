package org.firebreak.geo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.sf.geographiclib.Geodesic;
import org.firebreak.core.navigation.NavigationField;
import org.firebreak.core.terrain.Border;
import org.firebreak.core.terrain.CostSurface;
import org.firebreak.core.terrain.Crossing;
import org.firebreak.core.terrain.ElevationGrid;
import org.firebreak.core.terrain.MapTerrain;
import org.firebreak.core.terrain.Place;
import org.firebreak.core.terrain.Terrain;
import org.firebreak.core.terrain.TerrainSpeeds;
import org.firebreak.geo.io.SimulationCrs;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

/**
 * What a terrain holds, measured: the simulation CRS, each border's geodesic length, the
 * crossings, the elevation range, layer counts, and what one navigation field costs to build.
 * Rendered as a table or as JSON with stable keys (documented in docs/terrain-report.md).
 */
public final class TerrainReport {
    private TerrainReport() {
    }

    /**
     * @param terrain a terrain in the simulation CRS
     * @param crs the simulation CRS, to measure lengths on the ellipsoid
     * @param fieldCellSize cell size of the navigation field built for the report, metres
     * @param fieldGoal id of the place the field leads to (the largest place when null)
     * @return the report as an ordered tree
     */
    public static Map<String, Object> of(Terrain terrain, SimulationCrs crs, double fieldCellSize, String fieldGoal) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("dataset", terrain.dataset());
        root.put("crs", crs.name());
        List<Object> borders = new ArrayList<>();
        for (Border b : terrain.borders()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", b.id());
            m.put("length_km", round(geodesicMetres(b.line(), crs) / 1000, 1));
            borders.add(m);
        }
        root.put("borders", borders);
        List<Object> crossings = new ArrayList<>();
        for (Crossing c : terrain.crossings()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", c.id());
            m.put("name", c.name());
            m.put("kind", c.kind().name().toLowerCase(java.util.Locale.ROOT));
            m.put("border", c.borderId());
            m.put("distance_to_border_m", round(terrain.border(c.borderId()).map(b -> b.distance(c.x(), c.y()))
                    .orElse(Double.NaN), 1));
            crossings.add(m);
        }
        root.put("crossings", crossings);
        Map<String, Object> elevation = new LinkedHashMap<>();
        if (terrain instanceof MapTerrain mt) {
            ElevationGrid g = mt.elevationGrid();
            elevation.put("min_m", round(g.min(), 1));
            elevation.put("max_m", round(g.max(), 1));
            elevation.put("cell_size_m", round(g.grid().cellSize(), 1));
            elevation.put("cols", g.grid().cols());
            elevation.put("rows", g.grid().rows());
        }
        root.put("elevation", elevation);
        Map<String, Object> counts = new LinkedHashMap<>();
        counts.put("countries", terrain.countries().size());
        counts.put("places", terrain.places().size());
        counts.put("rivers", terrain.rivers().size());
        counts.put("lakes", terrain.lakes().size());
        counts.put("marshes", terrain.marshes().size());
        counts.put("road_links", terrain.roads().size());
        root.put("counts", counts);
        root.put("navigation_field", field(terrain, fieldCellSize, fieldGoal));
        return root;
    }

    private static Map<String, Object> field(Terrain terrain, double cellSize, String goalId) {
        Place goal = goalId == null
                ? terrain.places().stream().max(java.util.Comparator.comparingLong(Place::population)
                        .thenComparing(Place::id, java.util.Comparator.reverseOrder())).orElse(null)
                : terrain.place(goalId).orElseThrow(() -> new IllegalArgumentException("no place '" + goalId + "'"));
        Map<String, Object> m = new LinkedHashMap<>();
        if (goal == null) {
            return m;
        }
        long t0 = System.nanoTime();
        CostSurface surface = CostSurface.build(terrain, cellSize, TerrainSpeeds.defaults());
        long surfaceNanos = System.nanoTime() - t0;
        NavigationField f = NavigationField.build(surface, goal.id(), List.of(new Coordinate(goal.x(), goal.y())), 1);
        m.put("goal", goal.id());
        m.put("cell_size_m", round(cellSize, 1));
        m.put("cols", surface.grid().cols());
        m.put("rows", surface.grid().rows());
        m.put("reachable_cells", f.reachableCells());
        m.put("cost_surface_build_ms", round(surfaceNanos / 1e6, 1));
        m.put("field_build_ms", round(f.buildNanos() / 1e6, 1));
        m.put("field_bytes", f.bytes());
        m.put("cost_surface_bytes", surface.bytes());
        return m;
    }

    /**
     * @param line a line in the simulation CRS
     * @param crs the simulation CRS
     * @return its length on the WGS84 ellipsoid, metres: the sum of geodesics between its vertices
     */
    public static double geodesicMetres(Geometry line, SimulationCrs crs) {
        double sum = 0;
        for (int g = 0; g < line.getNumGeometries(); g++) {
            Coordinate[] cs = line.getGeometryN(g).getCoordinates();
            for (int i = 1; i < cs.length; i++) {
                double[] a = crs.toLonLat(cs[i - 1].x, cs[i - 1].y);
                double[] b = crs.toLonLat(cs[i].x, cs[i].y);
                sum += Geodesic.WGS84.Inverse(a[1], a[0], b[1], b[0]).s12;
            }
        }
        return sum;
    }

    private static double round(double v, int decimals) {
        if (!Double.isFinite(v)) {
            return v;
        }
        double f = Math.pow(10, decimals);
        return Math.round(v * f) / f;
    }
}
