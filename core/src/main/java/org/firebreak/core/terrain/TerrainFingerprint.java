package org.firebreak.core.terrain;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * A cheap identity of a terrain's content: a SHA-256 over its dataset id, bounds, the
 * elevation on a 65 x 65 lattice of points, and every vertex and attribute of its borders,
 * crossings, places, countries, water, fords and roads.
 *
 * <p>A checkpoint does not carry the terrain (it is large and loaded from its dataset); it
 * carries this fingerprint, so a run is resumed only on the terrain it was started on. Any
 * change to a vector layer changes it; a change to the elevation model that misses every
 * lattice point does not, which is the price of taking milliseconds rather than a pass over
 * every cell.
 */
public final class TerrainFingerprint {
    /** Points of the elevation lattice on a side. */
    static final int LATTICE = 65;

    private final MessageDigest digest;
    private final ByteBuffer buffer = ByteBuffer.allocate(8);

    private TerrainFingerprint() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    /**
     * @param terrain a loaded terrain
     * @return 64 hexadecimal digits
     */
    public static String of(Terrain terrain) {
        TerrainFingerprint f = new TerrainFingerprint();
        f.text(terrain.dataset());
        Envelope b = terrain.bounds();
        f.number(b.getMinX()).number(b.getMinY()).number(b.getMaxX()).number(b.getMaxY());
        for (int i = 0; i < LATTICE; i++) {
            for (int j = 0; j < LATTICE; j++) {
                double x = b.getMinX() + b.getWidth() * i / (LATTICE - 1);
                double y = b.getMinY() + b.getHeight() * j / (LATTICE - 1);
                f.number(terrain.elevation(x, y));
            }
        }
        f.text("borders");
        for (Border border : terrain.borders()) {
            f.text(border.id()).geometry(border.line());
        }
        f.text("crossings");
        for (Crossing c : terrain.crossings()) {
            f.text(c.id()).text(c.name()).number(c.x()).number(c.y()).text(c.kind().name()).text(c.borderId());
        }
        f.text("places");
        for (Place p : terrain.places()) {
            f.text(p.id()).text(p.name()).number(p.x()).number(p.y()).text(p.country()).number(p.population());
        }
        f.text("countries");
        for (Country c : terrain.countries()) {
            f.text(c.iso3()).geometry(c.area());
        }
        f.text("lakes");
        terrain.lakes().forEach(f::geometry);
        f.text("rivers");
        terrain.rivers().forEach(f::geometry);
        f.text("marshes");
        terrain.marshes().forEach(f::geometry);
        f.text("fords");
        for (Coordinate c : terrain.fords()) {
            f.number(c.x).number(c.y);
        }
        f.text("roads");
        for (RoadLink r : terrain.roads()) {
            f.text(r.id()).text(r.from()).text(r.to()).text(r.kind()).geometry(r.line());
        }
        return HexFormat.of().formatHex(f.digest.digest());
    }

    private TerrainFingerprint text(String s) {
        byte[] bytes = String.valueOf(s).getBytes(StandardCharsets.UTF_8);
        number(bytes.length);
        digest.update(bytes);
        return this;
    }

    private TerrainFingerprint number(double v) {
        buffer.clear();
        buffer.putDouble(v);
        digest.update(buffer.array());
        return this;
    }

    private TerrainFingerprint geometry(Geometry g) {
        if (g == null) {
            return text("none");
        }
        text(g.getGeometryType());
        Coordinate[] cs = g.getCoordinates();
        number(cs.length);
        for (Coordinate c : cs) {
            number(c.x).number(c.y);
        }
        return this;
    }
}
