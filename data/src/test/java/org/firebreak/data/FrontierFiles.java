package org.firebreak.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.sf.geographiclib.Geodesic;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/** Test helpers that read the shipped frontier files independently of the geo module. */
final class FrontierFiles {
    static final ObjectMapper JSON = new ObjectMapper();
    static final GeometryFactory GF = new GeometryFactory();

    record Feature(JsonNode properties, Geometry geometry) {
        String text(String key) {
            JsonNode n = properties.get(key);
            return n == null || n.isNull() ? null : n.asText();
        }
    }

    private FrontierFiles() {
    }

    static JsonNode json(String file) {
        try (InputStream in = BundledDatasets.open(BundledDatasets.FRONTIER, file)) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Feature> features(String file) {
        List<Feature> out = new ArrayList<>();
        for (JsonNode f : json(file).get("features")) {
            out.add(new Feature(f.get("properties"), geometry(f.get("geometry"))));
        }
        return out;
    }

    static Map<String, Feature> byProperty(String file, String key) {
        Map<String, Feature> out = new HashMap<>();
        for (Feature f : features(file)) {
            if (out.put(f.text(key), f) != null) {
                throw new IllegalStateException(file + ": two features with " + key + " " + f.text(key));
            }
        }
        return out;
    }

    static Geometry geometry(JsonNode g) {
        JsonNode c = g.get("coordinates");
        return switch (g.get("type").asText()) {
            case "Point" -> GF.createPoint(coordinate(c));
            case "LineString" -> GF.createLineString(coordinates(c));
            case "MultiLineString" -> {
                LineString[] parts = new LineString[c.size()];
                for (int i = 0; i < parts.length; i++) {
                    parts[i] = GF.createLineString(coordinates(c.get(i)));
                }
                yield GF.createMultiLineString(parts);
            }
            case "Polygon" -> polygon(c);
            case "MultiPolygon" -> {
                Polygon[] parts = new Polygon[c.size()];
                for (int i = 0; i < parts.length; i++) {
                    parts[i] = polygon(c.get(i));
                }
                yield GF.createMultiPolygon(parts);
            }
            default -> throw new IllegalArgumentException("geometry type " + g.get("type"));
        };
    }

    private static Polygon polygon(JsonNode rings) {
        LinearRing shell = GF.createLinearRing(coordinates(rings.get(0)));
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 1; i < rings.size(); i++) {
            holes[i - 1] = GF.createLinearRing(coordinates(rings.get(i)));
        }
        return GF.createPolygon(shell, holes);
    }

    private static Coordinate coordinate(JsonNode xy) {
        return new Coordinate(xy.get(0).asDouble(), xy.get(1).asDouble());
    }

    private static Coordinate[] coordinates(JsonNode list) {
        Coordinate[] out = new Coordinate[list.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = coordinate(list.get(i));
        }
        return out;
    }

    static List<LineString> lines(Geometry g) {
        List<LineString> out = new ArrayList<>();
        for (int i = 0; i < g.getNumGeometries(); i++) {
            out.add((LineString) g.getGeometryN(i));
        }
        return out;
    }

    /** Geodesic length on WGS84, the sum over the line's segments, in km. */
    static double geodesicKm(Geometry lineal) {
        double m = 0;
        for (LineString l : lines(lineal)) {
            Coordinate[] c = l.getCoordinates();
            for (int i = 1; i < c.length; i++) {
                m += Geodesic.WGS84.Inverse(c[i - 1].y, c[i - 1].x, c[i].y, c[i].x).s12;
            }
        }
        return m / 1000;
    }

    static double geodesicKm(Coordinate a, Coordinate b) {
        return Geodesic.WGS84.Inverse(a.y, a.x, b.y, b.x).s12 / 1000;
    }

    /**
     * Geodesic distance from a point to a line, in km: the line's nearest point is found in a
     * local equirectangular frame centred on the point (exact enough within a few km), and its
     * distance is measured on the ellipsoid.
     */
    static double distanceToLineKm(Coordinate p, Geometry lineal) {
        double best = Double.POSITIVE_INFINITY;
        Coordinate bestFoot = null;
        double k = Math.cos(Math.toRadians(p.y));
        for (LineString l : lines(lineal)) {
            Coordinate[] c = l.getCoordinates();
            for (int i = 1; i < c.length; i++) {
                double ax = (c[i - 1].x - p.x) * k;
                double ay = c[i - 1].y - p.y;
                double bx = (c[i].x - p.x) * k;
                double by = c[i].y - p.y;
                double dx = bx - ax;
                double dy = by - ay;
                double len2 = dx * dx + dy * dy;
                double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len2));
                double fx = ax + t * dx;
                double fy = ay + t * dy;
                double planar = fx * fx + fy * fy;
                if (planar < best) {
                    best = planar;
                    bestFoot = new Coordinate(c[i - 1].x + t * (c[i].x - c[i - 1].x),
                            c[i - 1].y + t * (c[i].y - c[i - 1].y));
                }
            }
        }
        return geodesicKm(p, bestFoot);
    }

    static Point point(Feature f) {
        return (Point) f.geometry();
    }

    /** The ESRI ASCII grid, with either corner or centre registration in its header. */
    static final class Grid {
        final int ncols;
        final int nrows;
        final double xCentre0;
        final double yCentre0;
        final double cellsize;
        final double nodata;
        final double[][] rowsFromNorth;

        Grid(String file) {
            Map<String, String> header = new HashMap<>();
            try (InputStream in = BundledDatasets.open(BundledDatasets.FRONTIER, file);
                    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII))) {
                String line;
                for (int i = 0; i < 6; i++) {
                    line = r.readLine();
                    String[] kv = line.trim().split("\\s+");
                    header.put(kv[0].toLowerCase(), kv[1]);
                }
                ncols = Integer.parseInt(header.get("ncols"));
                nrows = Integer.parseInt(header.get("nrows"));
                cellsize = Double.parseDouble(header.get("cellsize"));
                nodata = Double.parseDouble(header.getOrDefault("nodata_value", "NaN"));
                if (header.containsKey("xllcenter")) {
                    xCentre0 = Double.parseDouble(header.get("xllcenter"));
                    yCentre0 = Double.parseDouble(header.get("yllcenter"));
                } else {
                    xCentre0 = Double.parseDouble(header.get("xllcorner")) + cellsize / 2;
                    yCentre0 = Double.parseDouble(header.get("yllcorner")) + cellsize / 2;
                }
                rowsFromNorth = new double[nrows][];
                for (int row = 0; row < nrows; row++) {
                    String[] v = r.readLine().trim().split("\\s+");
                    if (v.length != ncols) {
                        throw new IllegalStateException(file + " row " + row + " has " + v.length + " values");
                    }
                    rowsFromNorth[row] = new double[ncols];
                    for (int col = 0; col < ncols; col++) {
                        rowsFromNorth[row][col] = Double.parseDouble(v[col]);
                    }
                }
                if (r.readLine() != null) {
                    throw new IllegalStateException(file + " has more than " + nrows + " rows");
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        double lon(int col) {
            return xCentre0 + col * cellsize;
        }

        double lat(int rowFromNorth) {
            return yCentre0 + (nrows - 1 - rowFromNorth) * cellsize;
        }

        /** The value of the cell that contains the point (the nearest cell centre). */
        Optional<Double> at(double lon, double lat) {
            int col = (int) Math.round((lon - xCentre0) / cellsize);
            int rowFromSouth = (int) Math.round((lat - yCentre0) / cellsize);
            if (col < 0 || col >= ncols || rowFromSouth < 0 || rowFromSouth >= nrows) {
                return Optional.empty();
            }
            double v = rowsFromNorth[nrows - 1 - rowFromSouth][col];
            return v == nodata ? Optional.empty() : Optional.of(v);
        }
    }
}
