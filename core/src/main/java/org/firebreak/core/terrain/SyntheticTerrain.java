package org.firebreak.core.terrain;

import java.util.List;
import java.util.Optional;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

/**
 * A small terrain built in code: a 200 km × 120 km plane split by a bent border line into
 * a western country (IRQ) and an eastern one (IRN), a mountain ridge just east of the border,
 * two official crossings, towns on both sides and a destination city in the west.
 *
 * <p>It stands in for real terrain in tests and in the first scenarios; its geometry is
 * simple enough to compute expected results by hand:
 * <ul>
 *   <li>border: (100, 0) → (95, 40) → (105, 80) → (100, 120) km;</li>
 *   <li>elevation: 50 m + 1450 m · exp(−((x − 115 km) / 30 km)²), independent of y, so the
 *       steepest slope is about 4.1 %;</li>
 *   <li>crossings on the border at y = 30 km ({@code south-crossing}) and 90 km
 *       ({@code north-crossing}).</li>
 * </ul>
 */
public final class SyntheticTerrain extends AbstractTerrain {
    /** The dataset id scenario files use for this terrain. */
    public static final String DATASET = "synthetic";

    /** Width of the plane, metres. */
    public static final double WIDTH = 200_000;
    /** Height of the plane, metres. */
    public static final double HEIGHT = 120_000;

    private static final double RIDGE_X = 115_000;
    private static final double RIDGE_WIDTH = 30_000;
    private static final double BASE_ELEVATION = 50;
    private static final double RIDGE_HEIGHT = 1450;

    private final Envelope bounds = new Envelope(0, WIDTH, 0, HEIGHT);
    private final PreparedGeometry west;
    private final PreparedGeometry east;

    /** Builds the terrain. */
    public SyntheticTerrain() {
        this(new Border(Border.idOf("IRQ", "IRN"), new GeometryFactory().createLineString(new Coordinate[] {
            new Coordinate(100_000, 0), new Coordinate(95_000, 40_000),
            new Coordinate(105_000, 80_000), new Coordinate(100_000, HEIGHT)
        })));
    }

    private SyntheticTerrain(Border border) {
        super(List.of(border),
                List.of(onBorder(border, "north-crossing", "Northern crossing", 90_000),
                        onBorder(border, "south-crossing", "Southern crossing", 30_000)),
                List.of(new Place("east-town", "East Town", 170_000, 70_000, "IRN", 200_000),
                        new Place("east-village", "East Village", 150_000, 20_000, "IRN", 5_000),
                        new Place("west-city", "West City", 20_000, 60_000, "IRQ", 1_000_000),
                        new Place("west-town", "West Town", 60_000, 100_000, "IRQ", 50_000)));
        GeometryFactory gf = new GeometryFactory();
        Coordinate[] line = border.line().getCoordinates();
        Coordinate[] westRing = new Coordinate[line.length + 3];
        westRing[0] = new Coordinate(0, 0);
        for (int i = 0; i < line.length; i++) {
            westRing[i + 1] = line[i];
        }
        westRing[line.length + 1] = new Coordinate(0, HEIGHT);
        westRing[line.length + 2] = new Coordinate(0, 0);
        Coordinate[] eastRing = new Coordinate[line.length + 3];
        eastRing[0] = new Coordinate(WIDTH, 0);
        eastRing[1] = new Coordinate(WIDTH, HEIGHT);
        for (int i = 0; i < line.length; i++) {
            eastRing[i + 2] = line[line.length - 1 - i];
        }
        eastRing[line.length + 2] = new Coordinate(WIDTH, 0);
        Polygon westPolygon = gf.createPolygon(westRing);
        Polygon eastPolygon = gf.createPolygon(eastRing);
        west = PreparedGeometryFactory.prepare(westPolygon);
        east = PreparedGeometryFactory.prepare(eastPolygon);
    }

    private static Crossing onBorder(Border border, String id, String name, double y) {
        // the border is a function of y in this terrain: find the point at northing y
        Coordinate[] vs = border.line().getCoordinates();
        Coordinate c = vs[0];
        for (int i = 1; i < vs.length; i++) {
            Coordinate a = vs[i - 1];
            Coordinate b = vs[i];
            if (y >= a.y && y <= b.y) {
                double t = (y - a.y) / (b.y - a.y);
                c = new Coordinate(a.x + t * (b.x - a.x), y);
                break;
            }
        }
        return new Crossing(id, name, c.x, c.y, CrossingKind.OFFICIAL, border.id());
    }

    @Override
    public String dataset() {
        return DATASET;
    }

    @Override
    public Envelope bounds() {
        return new Envelope(bounds);
    }

    @Override
    public double elevation(double x, double y) {
        double u = (x - RIDGE_X) / RIDGE_WIDTH;
        return BASE_ELEVATION + RIDGE_HEIGHT * Math.exp(-u * u);
    }

    @Override
    public Optional<String> countryAt(double x, double y) {
        if (!bounds.contains(x, y)) {
            return Optional.empty();
        }
        org.locationtech.jts.geom.Point p = new GeometryFactory().createPoint(new Coordinate(x, y));
        if (west.covers(p)) {
            return Optional.of("IRQ");
        }
        if (east.covers(p)) {
            return Optional.of("IRN");
        }
        return Optional.empty();
    }
}
