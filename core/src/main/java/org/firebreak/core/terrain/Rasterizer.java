package org.firebreak.core.terrain;

import java.util.function.IntConsumer;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Location;

/** Marks the grid cells that geometries cover: areas by cell centre, lines by every cell they pass. */
final class Rasterizer {
    private Rasterizer() {
    }

    /** Calls {@code cell} for each cell whose centre lies in or on the area. */
    static void area(GridGeometry grid, Geometry area, IntConsumer cell) {
        Envelope e = area.getEnvelopeInternal();
        int c0 = Math.max(0, grid.col(e.getMinX()));
        int c1 = Math.min(grid.cols() - 1, grid.col(e.getMaxX()));
        int r0 = Math.max(0, grid.row(e.getMinY()));
        int r1 = Math.min(grid.rows() - 1, grid.row(e.getMaxY()));
        if (c0 > c1 || r0 > r1) {
            return;
        }
        IndexedPointInAreaLocator locator = new IndexedPointInAreaLocator(area);
        Coordinate p = new Coordinate();
        for (int r = r0; r <= r1; r++) {
            p.y = grid.south() + (r + 0.5) * grid.cellSize();
            for (int c = c0; c <= c1; c++) {
                p.x = grid.west() + (c + 0.5) * grid.cellSize();
                if (locator.locate(p) != Location.EXTERIOR) {
                    cell.accept(r * grid.cols() + c);
                }
            }
        }
    }

    /**
     * Calls {@code cell} for each cell a line passes through, sampling every quarter cell,
     * so that a line never slips between two cells that share only a corner.
     */
    static void line(GridGeometry grid, Geometry lines, IntConsumer cell) {
        double step = grid.cellSize() / 4;
        for (int g = 0; g < lines.getNumGeometries(); g++) {
            Geometry part = lines.getGeometryN(g);
            if (!(part instanceof LineString ls)) {
                continue;
            }
            int last = -1;
            for (int i = 1; i < ls.getNumPoints(); i++) {
                Coordinate a = ls.getCoordinateN(i - 1);
                Coordinate b = ls.getCoordinateN(i);
                double len = a.distance(b);
                int n = Math.max(1, (int) Math.ceil(len / step));
                for (int k = 0; k <= n; k++) {
                    double t = (double) k / n;
                    int idx = grid.index(a.x + t * (b.x - a.x), a.y + t * (b.y - a.y));
                    if (idx >= 0 && idx != last) {
                        if (last >= 0 && idx / grid.cols() != last / grid.cols() && idx % grid.cols() != last % grid.cols()) {
                            // a diagonal step: also mark a side cell so the line stays 4-connected
                            cell.accept((idx / grid.cols()) * grid.cols() + last % grid.cols());
                        }
                        cell.accept(idx);
                        last = idx;
                    }
                }
            }
        }
    }
}
