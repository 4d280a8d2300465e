package org.firebreak.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.firebreak.core.terrain.Crossing;
import org.firebreak.core.terrain.Place;
import org.firebreak.core.terrain.Terrain;
import org.firebreak.crowd.scenario.CrowdScenario;
import org.firebreak.examples.pictures.Charts;
import org.firebreak.examples.pictures.CrowdMap;
import org.firebreak.examples.pictures.RegionalMap;
import org.firebreak.examples.pictures.Style;
import org.firebreak.examples.render.DensityScale;
import org.firebreak.examples.render.MapFrame;
import org.firebreak.examples.render.MapStyle;
import org.firebreak.geo.GeoTerrains;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code run --map} and {@code crowd --map}: the pictures are written, and they show what the
 * terrain and the run say they should, found at the pixels the renderer's transform gives.
 */
class MapOptionTest {
    @TempDir
    Path tmp;

    @Test
    void regionalMapShowsCrossingsBordersAndRefugeeTracksWhereTheyAre() throws IOException {
        Path out = tmp.resolve("run");
        Cli.Result r = Cli.run("run", "--quiet", "--hours", "3", "--map", "--out", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("map.png").contains("charts.png");
        BufferedImage map = ImageIO.read(out.resolve("map.png").toFile());
        assertThat(map.getWidth()).isEqualTo(RegionalMap.WIDTH);

        Terrain terrain = GeoTerrains.catalog().load("frontier").orElseThrow();
        MapFrame frame = RegionalMap.frame(terrain);
        // every official crossing of the terrain has its symbol at its own position
        List<Crossing> official = terrain.crossings().stream().filter(Crossing::official).toList();
        assertThat(official).hasSize(11);
        for (Crossing c : official) {
            Point2D.Double p = frame.pixel(c.x(), c.y());
            assertThat(new Color(map.getRGB((int) p.x, (int) p.y))).as(c.id()).isEqualTo(MapStyle.OFFICIAL);
        }
        // the Iraq-Saudi border: no agent of the scenario goes there, so its line is drawn clear
        double[][] vertices = terrain.border("IRQ-SAU").orElseThrow().verticesWithDistance();
        int onLine = 0;
        for (double[] v : vertices) {
            Point2D.Double p = frame.pixel(v[1], v[2]);
            if (distance(new Color(map.getRGB((int) p.x, (int) p.y)), MapStyle.BORDER) < 60) {
                onLine++;
            }
        }
        assertThat(onLine).as("border-coloured pixels at the IRQ-SAU border's vertices").isGreaterThan(
                vertices.length * 8 / 10);
        // the first refugees appear at Kermanshah (the scenario's first source): their tracks start there
        Place kermanshah = terrain.place("kermanshah").orElseThrow();
        Point2D.Double k = frame.pixel(kermanshah.x(), kermanshah.y());
        assertThat(count(map, (int) k.x - 25, (int) k.y - 25, 50, 50, c -> refugeeHue(c))).as("refugee-coloured "
                + "pixels around Kermanshah").isGreaterThan(20);
        // and none over the Saudi desert, where no one walks
        Point2D.Double desert = frame.pixel(terrain.bounds().getMinX() + 0.25 * terrain.bounds().getWidth(),
                terrain.bounds().getMinY() + 0.2 * terrain.bounds().getHeight());
        assertThat(count(map, (int) desert.x - 40, (int) desert.y - 40, 80, 80, c -> refugeeHue(c))).isZero();
        assertThat(distinctColours(map)).as("a picture, not a blank").isGreaterThan(2000);

        BufferedImage charts = ImageIO.read(out.resolve("charts.png").toFile());
        // six panels, three to a row
        assertThat(charts.getWidth()).isEqualTo(Charts.WIDTH);
        assertThat(charts.getHeight()).isEqualTo(Charts.HEADER + 2 * Charts.PANEL_HEIGHT + 16);
        assertThat(distinctColours(charts)).isGreaterThan(50);
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(f -> f.getFileName().toString())).noneMatch(n -> n.endsWith(".partial"));
        }
    }

    @Test
    void crowdMapIsDarkestWhereTheQueueStandsInFrontOfTheGate() throws Exception {
        Path out = tmp.resolve("crowd");
        Cli.Result r = Cli.run("crowd", "--quiet", "--scenario", "crossing-surge", "--duration", "240", "--map",
                "--out", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        BufferedImage map = ImageIO.read(out.resolve("map.png").toFile());
        assertThat(map.getWidth()).isEqualTo(CrowdMap.WIDTH);
        CrowdScenario s = CrowdScenarioSource.load("crossing-surge").scenario();
        MapFrame frame = CrowdMap.frame(s);
        // arrivals (0.25 persons/s) exceed what the 8 lanes serve (0.133 persons/s), so a queue packs
        // in front of the gate at x = 20 m while people only walk through the middle of the plaza
        double gate = scaleDensity(map, frame, 20.3, 11, 21.7, 29, 0.9);
        double plaza = scaleDensity(map, frame, 48, 11, 58, 29, 0.9);
        // at least four times the density (twice the position on the former square-root scale)
        assertThat(gate).isGreaterThan(4 * plaza);
        // the colour bar spans the whole scale, up to the jam density
        for (double f : new double[] {0.25, 0.5, 0.75, 1}) {
            Color want = DensityScale.colour(f * DensityScale.JAM);
            assertThat(count(map, 0, 0, map.getWidth(), map.getHeight(), c -> distance(c, want) < 10)).as("scale at %s", f)
                    .isPositive();
        }
        BufferedImage charts = ImageIO.read(out.resolve("charts.png").toFile());
        assertThat(charts.getHeight()).isEqualTo(Charts.HEADER + 2 * Charts.PANEL_HEIGHT + 16);
        assertThat(distinctColours(charts)).isGreaterThan(50);
    }

    @Test
    void badOptionsWithMapFailClearlyAndLeaveNoPicture() throws IOException {
        Path out = tmp.resolve("bad");
        Cli.Result r = Cli.run("run", "--map", "--hours", "-1", "--out", out.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--hours").doesNotContain("Exception");
        assertThat(out).doesNotExist();
        Cli.Result c = Cli.run("crowd", "--map", "--scenario", "crossing-surge", "--duration", "0", "--out",
                out.toString());
        assertThat(c.code()).isEqualTo(2);
        assertThat(c.err()).contains("--duration");
        assertThat(out).doesNotExist();
        // an earlier run's directory is refused without --overwrite, and left as it was
        Files.createDirectories(out);
        Files.writeString(out.resolve("summary.json"), "{}");
        Cli.Result again = Cli.run("run", "--map", "--scenario", "synthetic-frontier", "--hours", "1", "--out",
                out.toString());
        assertThat(again.code()).isEqualTo(2);
        assertThat(again.err()).contains("--overwrite");
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactly("summary.json");
        }
    }

    /**
     * A quantile of the densities (persons/m²) of the pixels of a box (metres), each read as the
     * nearest colour of the density scale; pixels of another colour (a trajectory, a label) are
     * left out.
     */
    private static double scaleDensity(BufferedImage img, MapFrame frame, double x0, double y0, double x1,
            double y1, double quantile) {
        Color[] scale = new Color[541];
        for (int i = 0; i < scale.length; i++) {
            scale[i] = DensityScale.colour(i / 100.0);
        }
        List<Double> found = new java.util.ArrayList<>();
        for (int py = (int) frame.py(y1); py <= (int) frame.py(y0); py++) {
            for (int px = (int) frame.px(x0); px <= (int) frame.px(x1); px++) {
                Color c = new Color(img.getRGB(px, py));
                int best = 0;
                for (int i = 1; i < scale.length; i++) {
                    if (distance(c, scale[i]) < distance(c, scale[best])) {
                        best = i;
                    }
                }
                if (distance(c, scale[best]) < 6) {
                    found.add(best / 100.0);
                }
            }
        }
        assertThat(found).as("heat-map pixels in the box").isNotEmpty();
        java.util.Collections.sort(found);
        return found.get((int) Math.floor(quantile * (found.size() - 1)));
    }

    private static boolean refugeeHue(Color c) {
        float[] hsb = Color.RGBtoHSB(c.getRed(), c.getGreen(), c.getBlue(), null);
        float[] ref = Color.RGBtoHSB(MapStyle.REFUGEE.getRed(), MapStyle.REFUGEE.getGreen(), MapStyle.REFUGEE.getBlue(), null);
        return Math.abs(hsb[0] - ref[0]) < 0.025 && hsb[1] > 0.3;
    }

    private static int count(BufferedImage img, int x, int y, int w, int h, java.util.function.Predicate<Color> p) {
        int n = 0;
        for (int j = Math.max(0, y); j < Math.min(img.getHeight(), y + h); j++) {
            for (int i = Math.max(0, x); i < Math.min(img.getWidth(), x + w); i++) {
                if (p.test(new Color(img.getRGB(i, j)))) {
                    n++;
                }
            }
        }
        return n;
    }

    private static int distinctColours(BufferedImage img) {
        Set<Integer> seen = new HashSet<>();
        for (int j = 0; j < img.getHeight(); j += 2) {
            for (int i = 0; i < img.getWidth(); i += 2) {
                seen.add(img.getRGB(i, j));
            }
        }
        return seen.size();
    }

    private static double distance(Color a, Color b) {
        return Math.sqrt(Math.pow(a.getRed() - b.getRed(), 2) + Math.pow(a.getGreen() - b.getGreen(), 2)
                + Math.pow(a.getBlue() - b.getBlue(), 2));
    }
}
