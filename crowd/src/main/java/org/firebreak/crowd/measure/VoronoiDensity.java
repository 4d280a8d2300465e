package org.firebreak.crowd.measure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.firebreak.crowd.CrowdObserver;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.locationtech.jts.triangulate.VoronoiDiagramBuilder;

/**
 * Voronoi density and speed (Steffen and Seyfried 2010): each person i owns the Voronoi cell A_i
 * of their position, clipped to the walkable area and to a disc of a maximum radius (which bounds
 * the cells at the crowd's edge). In a measurement area M,
 * density ρ_M = Σ_i |A_i ∩ M| / |A_i| / |M| and speed v_M = Σ_i |v_i| |A_i ∩ M| / Σ_i |A_i ∩ M|,
 * the speed field averaged over the part of M that someone's cell covers (equal to the paper's
 * Σ_i v_i |A_i ∩ M| / |M| wherever cells cover M). A person's own density is 1/|A_i|.
 *
 * <p>Cells are built every interval seconds (at the first observation at or after each multiple
 * of it), and only for persons whose cell can reach a measurement area, unless all persons are
 * asked for. Persons outside the walkable area own no cell. Persons at the same position share
 * their cell equally.
 */
public final class VoronoiDensity implements CrowdObserver {
    private final List<MeasurementArea> areas;
    private final PreparedGeometry[] preparedAreas;
    private final Envelope[] reach;
    private final double[] areaSize;
    private final Geometry walkable;
    private final PreparedGeometry preparedWalkable;
    private final IndexedPointInAreaLocator walkableLocator;
    private final double radius;
    private final double interval;
    private final boolean allPersons;
    private final double binSeconds;
    private final ConvexClip clip;
    private final GeometryFactory gf = new GeometryFactory();
    private final Coordinate probe = new Coordinate();
    private final BinSeries[] densityBins;
    private final BinSeries[] speedBins;
    private final double[] density;
    private final double[] speed;
    private final double[] maxAreaDensity;
    private double[] personDensity = new double[0];
    private double[] ringX = new double[64];
    private double[] ringY = new double[64];
    private double lastTime = Double.NaN;
    private double lastEvaluation = Double.NaN;
    private double nextEvaluation;
    private long evaluations;

    /**
     * @param areas measurement areas
     * @param walkable the walkable area, or null when everything is walkable
     * @param maxRadius the radius (m) of the disc each cell is clipped to
     * @param intervalSeconds time between evaluations (s); 0 evaluates every observation
     * @param allPersons whether to build every person's cell, not only near measurement areas
     * @param binSeconds width of the time bins (s) over which area results are averaged
     */
    public VoronoiDensity(List<MeasurementArea> areas, Geometry walkable, double maxRadius, double intervalSeconds,
                          boolean allPersons, double binSeconds) {
        this.areas = List.copyOf(areas);
        CrowdMeasureConfig.VORONOI_RADIUS.check(maxRadius);
        CrowdMeasureConfig.VORONOI_INTERVAL.check(intervalSeconds);
        CrowdMeasureConfig.BIN.check(binSeconds);
        int k = this.areas.size();
        this.preparedAreas = new PreparedGeometry[k];
        this.reach = new Envelope[k];
        this.areaSize = new double[k];
        this.densityBins = new BinSeries[k];
        this.speedBins = new BinSeries[k];
        for (int a = 0; a < k; a++) {
            Polygon p = this.areas.get(a).polygon();
            preparedAreas[a] = PreparedGeometryFactory.prepare(p);
            reach[a] = new Envelope(p.getEnvelopeInternal());
            reach[a].expandBy(maxRadius);
            areaSize[a] = p.getArea();
            densityBins[a] = new BinSeries();
            speedBins[a] = new BinSeries();
        }
        this.density = new double[k];
        this.speed = new double[k];
        this.maxAreaDensity = new double[k];
        this.walkable = walkable;
        this.preparedWalkable = walkable == null ? null : PreparedGeometryFactory.prepare(walkable);
        this.walkableLocator = walkable == null ? null : new IndexedPointInAreaLocator(walkable);
        this.radius = maxRadius;
        this.interval = intervalSeconds;
        this.allPersons = allPersons;
        this.binSeconds = binSeconds;
        this.clip = new ConvexClip(maxRadius);
    }

    @Override
    public void observe(double timeSeconds, int count, int[] ids, double[] x, double[] y, double[] vx, double[] vy) {
        Observations.check(timeSeconds, lastTime, count, ids, x, y, vx, vy);
        lastTime = timeSeconds;
        if (timeSeconds < nextEvaluation - 1e-9) {
            return;
        }
        nextEvaluation = interval == 0 ? timeSeconds
                : (Math.floor(timeSeconds / interval + 1e-9) + 1) * interval;
        evaluate(timeSeconds, count, x, y, vx, vy);
    }

    private void evaluate(double t, int count, double[] x, double[] y, double[] vx, double[] vy) {
        if (personDensity.length < count) {
            personDensity = new double[Math.max(count, personDensity.length * 2)];
        }
        Arrays.fill(personDensity, 0, count, Double.NaN);
        double[] densitySum = new double[areas.size()];
        double[] speedSum = new double[areas.size()];
        double[] covered = new double[areas.size()];

        // sites: every walkable person whose cell may shape a target's cell (within 2 r of one)
        List<Coordinate> sites = new ArrayList<>();
        Map<Coordinate, Integer> siteOf = new HashMap<>();
        int[] first = new int[count];
        int[] next = new int[count];
        int[] multiplicity = new int[count];
        boolean[] target = new boolean[count];
        for (int i = 0; i < count; i++) {
            if (!walkable(x[i], y[i]) || !(allPersons || near(x[i], y[i], 2 * radius))) {
                continue;
            }
            Coordinate c = new Coordinate(x[i], y[i]);
            Integer s = siteOf.get(c);
            if (s == null) {
                s = sites.size();
                siteOf.put(c, s);
                sites.add(c);
                first[s] = -1;
            }
            next[i] = first[s];
            first[s] = i;
            multiplicity[s]++;
            target[s] |= allPersons || near(x[i], y[i], 0);
        }
        if (!sites.isEmpty()) {
            VoronoiDiagramBuilder builder = new VoronoiDiagramBuilder();
            builder.setSites(withGuards(sites));
            // the unclipped cells, convex, cut to the disc below (JTS's own clipping overlay fails
            // on some degenerate inputs, such as two sites)
            List<?> diagram = builder.getSubdivision().getVoronoiCellPolygons(gf);
            for (Object o : diagram) {
                Polygon cell = (Polygon) o;
                Integer s = siteOf.get((Coordinate) cell.getUserData());
                if (s == null || !target[s]) {
                    continue;
                }
                Coordinate site = sites.get(s);
                Geometry bounded = bounded(cell, site);
                double area = bounded.getArea();
                if (!(area > 0)) {
                    continue;
                }
                int m = multiplicity[s];
                double own = m / area;
                double speedOfSite = 0;
                for (int i = first[s]; i >= 0; i = next[i]) {
                    personDensity[i] = own;
                    speedOfSite += Math.hypot(vx[i], vy[i]);
                }
                for (int a = 0; a < areas.size(); a++) {
                    double inside = overlap(a, bounded, area);
                    if (inside > 0) {
                        densitySum[a] += m * inside / area;
                        speedSum[a] += speedOfSite * inside / m;
                        covered[a] += inside;
                    }
                }
            }
        }
        int bin = BinSeries.binOf(t, binSeconds);
        for (int a = 0; a < areas.size(); a++) {
            density[a] = densitySum[a] / areaSize[a];
            speed[a] = covered[a] > 0 ? speedSum[a] / covered[a] : Double.NaN;
            densityBins[a].add(bin, density[a]);
            if (covered[a] > 0) {
                speedBins[a].add(bin, speed[a]);
            } else {
                speedBins[a].ensure(bin);
            }
            maxAreaDensity[a] = Math.max(maxAreaDensity[a], density[a]);
        }
        lastEvaluation = t;
        evaluations++;
    }

    /**
     * @return the sites and four guards at the corners of their box widened by 4 r: a guard's
     *     bisector with any site lies at least 2 r from it, so it never cuts a disc, yet it keeps
     *     the triangulation's frame, whose vertices would otherwise cut the cells of a crowd
     *     smaller than the disc, far away, and gives one or two persons a proper triangulation
     */
    private List<Coordinate> withGuards(List<Coordinate> sites) {
        Envelope box = new Envelope();
        for (Coordinate c : sites) {
            box.expandToInclude(c);
        }
        box.expandBy(4 * radius);
        List<Coordinate> all = new ArrayList<>(sites.size() + 4);
        all.addAll(sites);
        all.add(new Coordinate(box.getMinX(), box.getMinY()));
        all.add(new Coordinate(box.getMaxX(), box.getMinY()));
        all.add(new Coordinate(box.getMaxX(), box.getMaxY()));
        all.add(new Coordinate(box.getMinX(), box.getMaxY()));
        return all;
    }

    private boolean walkable(double x, double y) {
        if (walkableLocator == null) {
            return true;
        }
        probe.x = x;
        probe.y = y;
        return walkableLocator.locate(probe) != Location.EXTERIOR;
    }

    /** @return whether a point lies within margin + radius of some area's bounding box */
    private boolean near(double x, double y, double margin) {
        for (Envelope e : reach) {
            if (x >= e.getMinX() - margin && x <= e.getMaxX() + margin && y >= e.getMinY() - margin
                    && y <= e.getMaxY() + margin) {
                return true;
            }
        }
        return false;
    }

    private Geometry bounded(Polygon cell, Coordinate site) {
        Coordinate[] ring = cell.getExteriorRing().getCoordinates();
        if (ringX.length < ring.length) {
            ringX = new double[ring.length * 2];
            ringY = new double[ring.length * 2];
        }
        for (int i = 0; i < ring.length; i++) {
            ringX[i] = ring[i].x;
            ringY[i] = ring[i].y;
        }
        int n = clip.clip(ringX, ringY, ring.length, site.x, site.y);
        if (n == 0) {
            return gf.createPolygon();
        }
        Coordinate[] out = new Coordinate[n + 1];
        for (int i = 0; i < n; i++) {
            out[i] = new Coordinate(clip.x(i), clip.y(i));
        }
        out[n] = out[0].copy();
        Geometry disc = gf.createPolygon(out);
        if (walkable == null || preparedWalkable.covers(disc)) {
            return disc;
        }
        return OverlayNGRobust.overlay(disc, walkable, OverlayNG.INTERSECTION);
    }

    private double overlap(int a, Geometry cell, double cellArea) {
        if (!preparedAreas[a].getGeometry().getEnvelopeInternal().intersects(cell.getEnvelopeInternal())) {
            return 0;
        }
        if (preparedAreas[a].covers(cell)) {
            return cellArea;
        }
        if (!preparedAreas[a].intersects(cell)) {
            return 0;
        }
        return OverlayNGRobust.overlay(cell, areas.get(a).polygon(), OverlayNG.INTERSECTION).getArea();
    }

    /** @return the time (s) of the latest evaluation, NaN before the first */
    public double lastEvaluation() {
        return lastEvaluation;
    }

    /** @return evaluations so far */
    public long evaluations() {
        return evaluations;
    }

    /**
     * @param index a person's index in the arrays of the latest evaluated observation
     * @return that person's density 1/|A_i| (persons/m²), NaN when no cell was built for them
     */
    public double personDensity(int index) {
        return index < personDensity.length ? personDensity[index] : Double.NaN;
    }

    /** @return Voronoi density (persons/m²) of an area at the latest evaluation */
    public double density(int area) {
        return density[area];
    }

    /** @return Voronoi speed (m/s) of an area at the latest evaluation; NaN when no one was there */
    public double speed(int area) {
        return speed[area];
    }

    /** @return the highest Voronoi density (persons/m²) of an area at any evaluation */
    public double maxDensity(int area) {
        return maxAreaDensity[area];
    }

    BinSeries densityBins(int area) {
        return densityBins[area];
    }

    BinSeries speedBins(int area) {
        return speedBins[area];
    }
}
