package org.firebreak.core.terrain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;

class BorderTest {
    private static final GeometryFactory GF = new GeometryFactory();

    @Test
    void vertexDistancesAgreeWithProjectionOntoTheLineAlsoAcrossPieces() {
        LineString a = GF.createLineString(new Coordinate[] {new Coordinate(0, 0), new Coordinate(3, 4),
            new Coordinate(3, 10)});
        LineString b = GF.createLineString(new Coordinate[] {new Coordinate(20, 10), new Coordinate(20, 30)});
        Border border = new Border("AAA-BBB", GF.createMultiLineString(new LineString[] {a, b}));
        double[][] v = border.verticesWithDistance();
        assertThat(v).hasNumberOfRows(5);
        // 5 + 6 along the first piece; the gap to the second piece does not count
        assertThat(v[2][0]).isEqualTo(11);
        assertThat(v[3][0]).isEqualTo(11);
        assertThat(v[4][0]).isEqualTo(31);
        for (double[] row : v) {
            assertThat(border.distanceAlong(row[1], row[2])).isCloseTo(row[0], within(1e-9));
        }
        assertThat(border.length()).isEqualTo(31);
    }
}
