package org.firebreak.examples.pictures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.Color;
import java.awt.geom.Point2D;
import org.firebreak.examples.render.DensityScale;
import org.firebreak.examples.render.MapFrame;
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
        for (int i = 0; i <= 108; i++) {
            Color c = DensityScale.colour(i / 20.0);
            double luma = 0.2126 * c.getRed() + 0.7152 * c.getGreen() + 0.0722 * c.getBlue();
            assertThat(luma).as("at %.2f persons/m2", i / 20.0).isLessThan(last);
            last = luma;
        }
        // Weidmann's (1993) anchors: orange where flow peaks (1.75 persons/m2), dark red at the
        // jam density (5.4 persons/m2), and nothing darker beyond the jam
        float[] peak = Color.RGBtoHSB(DensityScale.colour(1.75).getRed(), DensityScale.colour(1.75).getGreen(),
                DensityScale.colour(1.75).getBlue(), null);
        assertThat(peak[0] * 360).as("hue at peak flow").isBetween(20f, 45f);
        Color jam = DensityScale.colour(5.4);
        float[] j = Color.RGBtoHSB(jam.getRed(), jam.getGreen(), jam.getBlue(), null);
        assertThat(j[0] * 360 < 10 || j[0] * 360 > 350).as("jam is red, hue %s", j[0] * 360).isTrue();
        assertThat(j[2]).as("jam is dark").isLessThan(0.6f);
        assertThat(DensityScale.colour(9)).isEqualTo(jam);
        assertThat(DensityScale.TICKS).startsWith(0).contains(1.75).endsWith(5.4);
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
