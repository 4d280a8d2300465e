package org.firebreak.examples.pictures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.Color;
import java.awt.geom.Point2D;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;

/** The transform and colour scale the pictures rest on. */
class PicturePartsTest {
    @Test
    void northIsUpAndBothAxesShareOneScale() {
        // 100 km east-west, 50 km north-south, in 1000 x 1000 pixels: the width decides the scale
        MapFrame f = new MapFrame(new Envelope(500_000, 600_000, 3_000_000, 3_050_000), 10, 20, 1000, 1000);
        assertThat(f.pixelsPerMetre()).isEqualTo(0.01);
        assertThat(f.width()).isEqualTo(1000);
        assertThat(f.height()).isEqualTo(500);
        Point2D.Double northWest = f.pixel(500_000, 3_050_000);
        Point2D.Double southEast = f.pixel(600_000, 3_000_000);
        assertThat(northWest.y).isLessThan(southEast.y);
        assertThat(southEast.x - northWest.x).isEqualTo(1000, within(1e-9));
        assertThat(southEast.y - northWest.y).isEqualTo(500, within(1e-9));
        // centred vertically in the 1000 pixels it was given
        assertThat(northWest.y).isEqualTo(20 + 250, within(1e-9));
        assertThat(f.worldX(f.px(543_210))).isEqualTo(543_210, within(1e-6));
        assertThat(f.worldY(f.py(3_012_345))).isEqualTo(3_012_345, within(1e-6));
        Point2D t = f.transform().transform(new Point2D.Double(543_210, 3_012_345), null);
        assertThat(t.getX()).isEqualTo(f.px(543_210), within(1e-6));
        assertThat(t.getY()).isEqualTo(f.py(3_012_345), within(1e-6));
    }

    @Test
    void moreDensityIsAlwaysDarker() {
        double last = Double.MAX_VALUE;
        for (int i = 0; i <= 100; i++) {
            Color c = HeatScale.colour(i / 100.0);
            double luma = 0.2126 * c.getRed() + 0.7152 * c.getGreen() + 0.0722 * c.getBlue();
            assertThat(luma).as("at %d%%", i).isLessThan(last);
            last = luma;
        }
        // the square-root scale: a quarter of the top sits half-way up the bar
        assertThat(HeatScale.position(1, 4)).isEqualTo(0.5);
        assertThat(HeatScale.top(4.3)).isEqualTo(5);
        assertThat(HeatScale.top(2.4)).isEqualTo(2.5);
        assertThat(HeatScale.ticks(2.5)).startsWith(0).endsWith(2.5);
    }

    @Test
    void straightLegsLoseTheirInnerPointsAndBendsKeepTheirs() {
        // a straight leg of 11 points, then a right-angle turn: only the ends and the corner remain
        double[] x = new double[21];
        double[] y = new double[21];
        for (int i = 0; i <= 10; i++) {
            x[i] = i;
        }
        for (int i = 11; i <= 20; i++) {
            x[i] = 10;
            y[i] = i - 10;
        }
        boolean[] keep = Simplify.keep(x, y, 21, 0.3);
        int kept = 0;
        for (boolean k : keep) {
            kept += k ? 1 : 0;
        }
        assertThat(kept).isEqualTo(3);
        assertThat(keep[0]).isTrue();
        assertThat(keep[10]).isTrue();
        assertThat(keep[20]).isTrue();
    }
}
