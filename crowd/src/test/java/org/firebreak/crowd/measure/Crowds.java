package org.firebreak.crowd.measure;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

/** Synthetic crowds for the measurement tests: lattices and boxes. */
final class Crowds {
    static final GeometryFactory GF = new GeometryFactory();

    private Crowds() {
    }

    /** A crowd state in flat arrays, as an engine would pass it. */
    record State(int count, int[] ids, double[] x, double[] y, double[] vx, double[] vy) {
        static State of(List<double[]> points) {
            int n = points.size();
            int[] ids = new int[n];
            double[] x = new double[n];
            double[] y = new double[n];
            for (int i = 0; i < n; i++) {
                ids[i] = i;
                x[i] = points.get(i)[0];
                y[i] = points.get(i)[1];
            }
            return new State(n, ids, x, y, new double[n], new double[n]);
        }

        State withVelocity(double vxAll, double vyAll) {
            double[] a = new double[count];
            double[] b = new double[count];
            java.util.Arrays.fill(a, vxAll);
            java.util.Arrays.fill(b, vyAll);
            return new State(count, ids, x, y, a, b);
        }
    }

    /** Square lattice of spacing a: points ((i + 0.5) a, (j + 0.5) a) for i, j in [0, n). */
    static State square(int n, double a) {
        List<double[]> pts = new ArrayList<>();
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                pts.add(new double[] {(i + 0.5) * a, (j + 0.5) * a});
            }
        }
        return State.of(pts);
    }

    /** Hexagonal (triangular) lattice of spacing a: rows √3/2 a apart, odd rows shifted by a/2. */
    static State hexagonal(int n, double a) {
        List<double[]> pts = new ArrayList<>();
        double h = Math.sqrt(3) / 2 * a;
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                pts.add(new double[] {(i + (j % 2 == 0 ? 0 : 0.5)) * a, j * h});
            }
        }
        return State.of(pts);
    }

    static Polygon box(double x0, double y0, double x1, double y1) {
        return GF.createPolygon(new Coordinate[] {new Coordinate(x0, y0), new Coordinate(x1, y0),
            new Coordinate(x1, y1), new Coordinate(x0, y1), new Coordinate(x0, y0)});
    }
}
