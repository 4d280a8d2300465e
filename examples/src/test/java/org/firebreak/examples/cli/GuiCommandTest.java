package org.firebreak.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.firebreak.examples.render.MapStyle;
import org.firebreak.frontier.agent.kind.AgentState;
import org.firebreak.frontier.agent.kind.AgentType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code firebreak gui}: the windows open on a real display and show the model stepping. The
 * test JVM cannot switch AWT out of headless mode once started, so the GUI runs in a child JVM
 * ({@link GuiSnapshotMain}) on a virtual X server (Xvfb, skipped when it is not installed); the
 * child steps the model through MASON's GUI and saves the map display's own snapshot, which the
 * test then reads.
 */
class GuiCommandTest {
    private static final Path OUT = Path.of("target", "gui-test");
    /** Longest a child may take: loading the frontier terrain dominates. */
    private static final long CHILD_SECONDS = 90;
    /** Pixels at the top left that the legend covers: its swatches repeat the colours looked for. */
    private static final int LEGEND_W = 330;
    private static final int LEGEND_H = 240;

    private static Process xvfb;
    private static int display = -1;

    static {
        try {
            Files.createDirectories(OUT);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @BeforeAll
    static void startXvfb() throws Exception {
        Optional<Path> bin = onPath("Xvfb");
        if (bin.isEmpty()) {
            return;
        }
        for (int n = 90; n < 130 && xvfb == null; n++) {
            if (Files.exists(Path.of("/tmp/.X" + n + "-lock")) || Files.exists(Path.of("/tmp/.X11-unix/X" + n))) {
                continue;
            }
            Process p = new ProcessBuilder(bin.get().toString(), ":" + n, "-screen", "0", "1280x1024x24", "-nolisten",
                    "tcp").redirectErrorStream(true).redirectOutput(OUT.resolve("xvfb.log").toFile()).start();
            // ready once its socket exists; gone at once if another server took the number meanwhile
            for (int i = 0; i < 100 && p.isAlive() && !Files.exists(Path.of("/tmp/.X11-unix/X" + n)); i++) {
                Thread.sleep(50);
            }
            if (p.isAlive() && Files.exists(Path.of("/tmp/.X11-unix/X" + n))) {
                xvfb = p;
                display = n;
            } else {
                p.destroyForcibly();
            }
        }
    }

    @AfterAll
    static void stopXvfb() throws InterruptedException {
        if (xvfb != null) {
            xvfb.destroy();
            if (!xvfb.waitFor(5, TimeUnit.SECONDS)) {
                xvfb.destroyForcibly();
            }
        }
    }

    @Test
    void regionalWindowShowsTheMapAndTheAgentsAfterSteps() throws Exception {
        assumeTrue(xvfb != null, "Xvfb is not on the PATH (Debian: apt-get install xvfb), or no display "
                + "number from :90 to :129 was free; the GUI needs a display, so this test is skipped");
        // 30 one-minute steps: guards have deployed to their posts and sectors, and the first
        // families are on the road
        BufferedImage img = snapshot("collapse-passive", 30, "regional.png");
        assertThat(img.getWidth()).as("map width").isGreaterThan(400);
        assertThat(distinctColours(img)).as("a map with a hillshade has many colours; a blank window a few")
                .isGreaterThan(1000);
        assertThat(near(img, MapStyle.BORDER, 10)).as("pixels of the border line").isGreaterThan(200);
        assertThat(exact(img, MapStyle.agent(AgentType.GUARD, AgentState.PATROLLING))
                + exact(img, MapStyle.agent(AgentType.GUARD, AgentState.ON_POST)))
                .as("pixels of guards on patrol or on post").isGreaterThan(20);
        assertThat(exact(img, MapStyle.agent(AgentType.REFUGEE, AgentState.EN_ROUTE)))
                .as("pixels of refugees on the move").isGreaterThan(0);
    }

    @Test
    void crowdWindowShowsTheSiteAndPeopleToScale() throws Exception {
        assumeTrue(xvfb != null, "Xvfb is not on the PATH (Debian: apt-get install xvfb), or no display "
                + "number from :90 to :129 was free; the GUI needs a display, so this test is skipped");
        // 600 ticks of 0.1 s: a minute of arrivals at 0.25 persons/s, a handful of people walking
        BufferedImage img = snapshot("crossing-surge", 600, "crowd.png");
        assertThat(distinctColours(img)).as("a drawn site has more than a few colours").isGreaterThan(50);
        assertThat(exact(img, MapStyle.WALL)).as("pixels of walls").isGreaterThan(500);
        assertThat(exact(img, MapStyle.GATE)).as("pixels of the gate").isGreaterThan(50);
        // a lone person in a 1 m cell stands at 1 person/m²: their disc has that colour
        assertThat(exact(img, MapStyle.density(1.0))).as("pixels of people").isGreaterThan(0);
    }

    @Test
    void headlessJavaGetsOneLineAndExitCode2() throws Exception {
        Path log = OUT.resolve("headless.log");
        Process p = new ProcessBuilder(java(), "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
                FirebreakCli.class.getName(), "gui").redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(p.waitFor(CHILD_SECONDS, TimeUnit.SECONDS)).as("finished").isTrue();
        List<String> lines = Files.readAllLines(log).stream().filter(l -> !l.isBlank()).toList();
        assertThat(p.exitValue()).as("exit code, output: %s", lines).isEqualTo(FirebreakCli.BAD_INPUT);
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0)).startsWith("firebreak: gui: no display").contains("firebreak run");
    }

    @Test
    void unknownScenarioIsNamedBeforeTheDisplayIsNeeded() {
        Cli.Result r = Cli.run("gui", "--scenario", "colapse-passive");
        assertThat(r.code()).isEqualTo(FirebreakCli.BAD_INPUT);
        assertThat(r.err()).contains("collapse-passive").contains("crossing-surge");
    }

    @Test
    void helpShowsExamples() {
        Cli.Result r = Cli.run("gui", "--help");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("--scenario").contains("--seed").contains("Examples:")
                .contains("firebreak gui --scenario crossing-surge");
    }

    private static BufferedImage snapshot(String scenario, int steps, String name) throws Exception {
        Path png = OUT.resolve(name).toAbsolutePath();
        Files.deleteIfExists(png);
        Path log = OUT.resolve(name + ".log");
        ProcessBuilder pb = new ProcessBuilder(java(), "-Djava.awt.headless=false", "-cp",
                System.getProperty("java.class.path"), GuiSnapshotMain.class.getName(), scenario,
                Integer.toString(steps), png.toString()).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("DISPLAY", ":" + display);
        Process child = pb.start();
        try {
            boolean done = child.waitFor(CHILD_SECONDS, TimeUnit.SECONDS);
            assertThat(done).as("the GUI child finished within %d s; its log: %s", CHILD_SECONDS, log).isTrue();
            assertThat(child.exitValue()).as("the GUI child's exit code; its log:%n%s", Files.readString(log))
                    .isZero();
        } finally {
            child.destroyForcibly();
        }
        // the window ran the real model: after the same steps it holds what a headless run holds
        List<String> out = Files.readAllLines(log);
        String shown = out.stream().filter(l -> l.startsWith("gui ")).findFirst().orElseThrow().substring(4);
        String alone = out.stream().filter(l -> l.startsWith("headless ")).findFirst().orElseThrow().substring(9);
        assertThat(shown).as("the GUI's model against the same scenario stepped headless").isEqualTo(alone);
        BufferedImage img = ImageIO.read(png.toFile());
        assertThat(img).as("a PNG at %s", png).isNotNull();
        return img;
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static Optional<Path> onPath(String name) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        List<Path> found = new ArrayList<>();
        for (String dir : path.split(File.pathSeparator)) {
            Path p = Path.of(dir.isEmpty() ? "." : dir, name);
            if (Files.isRegularFile(p) && Files.isExecutable(p)) {
                found.add(p);
            }
        }
        return found.stream().findFirst();
    }

    private static int distinctColours(BufferedImage img) {
        Set<Integer> s = new HashSet<>();
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                s.add(img.getRGB(x, y) & 0xffffff);
            }
        }
        return s.size();
    }

    /** Pixels of exactly this colour, outside the legend. */
    private static int exact(BufferedImage img, Color c) {
        return near(img, c, 0);
    }

    /** Pixels within a distance of this colour in RGB, outside the legend. */
    private static int near(BufferedImage img, Color c, int distance) {
        int n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                if (x < LEGEND_W && y < LEGEND_H) {
                    continue;
                }
                int rgb = img.getRGB(x, y);
                int dr = (rgb >> 16 & 0xff) - c.getRed();
                int dg = (rgb >> 8 & 0xff) - c.getGreen();
                int db = (rgb & 0xff) - c.getBlue();
                if (dr * dr + dg * dg + db * db <= distance * distance) {
                    n++;
                }
            }
        }
        return n;
    }
}
