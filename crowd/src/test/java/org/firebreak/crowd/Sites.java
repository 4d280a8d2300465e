package org.firebreak.crowd;

import java.util.List;

/** Small sites for the crowd tests. */
final class Sites {
    private Sites() {
    }

    /** A straight corridor [0, length] x [0, width], open at both ends, with a sink past the east end. */
    static CrowdGeometry corridor(double length, double width) {
        return CrowdGeometry.builder()
                .wall(-2, 0, length + 3, 0)
                .wall(-2, width, length + 3, width)
                .sink(new Sink("east", Polygon.rectangle(length, 0, length + 3, width)))
                .build();
    }

    /** Walls of a corridor of the given width for a periodic run over [0, period). */
    static CrowdGeometry ring(double period, double width) {
        return CrowdGeometry.builder().wall(-5, 0, period + 5, 0).wall(-5, width, period + 5, width).build();
    }

    /**
     * A 10 m x 10 m room [0, 10] x [-5, 5] whose east wall has a door of the given width, a
     * passage 0.4 m long through it, and a second room [10.4, 16] x [-5, 5] with a sink at its
     * east end [14, 16].
     */
    static CrowdGeometry bottleneck(double width) {
        double h = width / 2;
        return CrowdGeometry.builder()
                .wall(10, -h, 10, -5, 0, -5, 0, 5, 10, 5, 10, h)
                .wall(10, h, 10.4, h)
                .wall(10, -h, 10.4, -h)
                .wall(10.4, h, 10.4, 5, 16, 5, 16, -5, 10.4, -5, 10.4, -h)
                .sink(new Sink("out", Polygon.rectangle(14, -5, 16, 5)))
                .build();
    }

    /** Places people on a grid over a rectangle, all heading along the route. */
    static int fill(CrowdSimulation sim, double x0, double y0, double x1, double y1, int n, List<String> route,
            double radius) {
        int cols = (int) Math.ceil(Math.sqrt(n * (x1 - x0) / (y1 - y0)));
        int rows = (int) Math.ceil((double) n / cols);
        int k = 0;
        for (int c = 0; c < cols && k < n; c++) {
            for (int r = 0; r < rows && k < n; r++, k++) {
                sim.place(x0 + (c + 0.5) * (x1 - x0) / cols, y0 + (r + 0.5) * (y1 - y0) / rows, route, Double.NaN,
                        radius);
            }
        }
        return k;
    }

    /** Whether the move p→q touches or crosses segment s, by the textbook orientation test. */
    static boolean crosses(double px, double py, double qx, double qy, Segment s) {
        double d0 = orient(s.x1(), s.y1(), s.x2(), s.y2(), px, py);
        double d1 = orient(s.x1(), s.y1(), s.x2(), s.y2(), qx, qy);
        double e0 = orient(px, py, qx, qy, s.x1(), s.y1());
        double e1 = orient(px, py, qx, qy, s.x2(), s.y2());
        return Math.signum(d0) * Math.signum(d1) <= 0 && Math.signum(e0) * Math.signum(e1) <= 0
                && !(d0 == 0 && d1 == 0 && e0 == 0 && e1 == 0 && !overlaps(px, py, qx, qy, s));
    }

    private static boolean overlaps(double px, double py, double qx, double qy, Segment s) {
        double dx = s.x2() - s.x1();
        double dy = s.y2() - s.y1();
        double tp = (px - s.x1()) * dx + (py - s.y1()) * dy;
        double tq = (qx - s.x1()) * dx + (qy - s.y1()) * dy;
        return Math.max(tp, tq) >= 0 && Math.min(tp, tq) <= dx * dx + dy * dy;
    }

    private static double orient(double ax, double ay, double bx, double by, double px, double py) {
        return (bx - ax) * (py - ay) - (by - ay) * (px - ax);
    }
}
