package org.firebreak.examples.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import javax.swing.SwingUtilities;
import org.firebreak.frontier.behaviour.defaults.DefaultBehaviours;
import org.firebreak.crowd.CrowdSimulation;
import org.firebreak.crowd.scenario.CrowdScenario;
import org.firebreak.examples.gui.CrowdGui;
import org.firebreak.examples.gui.CrowdSite;
import org.firebreak.examples.gui.FrontierGui;
import org.firebreak.examples.gui.GuiWindows;
import org.firebreak.frontier.behaviour.BehaviourRegistry;
import org.firebreak.frontier.engine.FrontierModel;
import sim.display.Console;
import sim.display.Display2D;
import sim.display.GUIState;

/**
 * Opens {@code firebreak gui}'s windows for a scenario on the current display, steps the model
 * through MASON's GUI a number of times, saves the map display as a PNG with Display2D's own
 * snapshot and exits: 0 when the snapshot was written. It also prints the model's head counts
 * after those steps ({@code gui ...}) and those of the same scenario stepped headless as many
 * times ({@code headless ...}). Run in a child JVM under a virtual X server by
 * {@link GuiCommandTest}.
 *
 * <p>Arguments: scenario name or file, steps, PNG path.
 */
public final class GuiSnapshotMain {
    private GuiSnapshotMain() {
    }

    public static void main(String[] args) throws Exception {
        String scenario = args[0];
        long steps = Long.parseLong(args[1]);
        Path png = Path.of(args[2]);
        long t0 = System.nanoTime();
        GuiCommand.Opened opened = GuiCommand.create(scenario, null);
        System.err.println("seconds: scenario loaded " + (System.nanoTime() - t0) / 1e9);
        GUIState gui = opened.state();
        Console[] console = new Console[1];
        SwingUtilities.invokeAndWait(() -> {
            console[0] = GuiWindows.open(gui, opened.pauseAtStep());
            // from stopped, pause starts the run and holds it, as the console's pause button does
            console[0].pressPause();
        });
        if (console[0].getPlayState() != Console.PS_PAUSED) {
            throw new IllegalStateException("the console did not start the run paused: state "
                    + console[0].getPlayState());
        }
        System.err.println("seconds: windows open " + (System.nanoTime() - t0) / 1e9);
        for (long i = 0; i < steps; i++) {
            // what the console's step button does while paused
            synchronized (gui.state.schedule) {
                gui.step();
            }
        }
        System.err.println("seconds: stepped " + (System.nanoTime() - t0) / 1e9);
        Display2D display = gui instanceof FrontierGui f ? f.display() : ((CrowdGui) gui).display();
        Files.createDirectories(png.toAbsolutePath().getParent());
        SwingUtilities.invokeAndWait(() -> {
            try {
                display.takeSnapshot(png.toFile(), Display2D.TYPE_PNG);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        // the same scenario stepped headless, as 'firebreak run' and 'firebreak crowd' step it
        System.out.println("gui " + summary(gui));
        System.out.println("headless " + headless(gui, steps));
        System.out.println("steps " + gui.state.schedule.getSteps() + " snapshot " + png);
        System.exit(Files.size(png) > 0 ? 0 : 1);
    }

    private static String summary(GUIState gui) {
        synchronized (gui.state.schedule) {
            if (gui instanceof FrontierGui f) {
                return f.model().counts() + " " + f.model().crossings();
            }
            CrowdSimulation c = ((CrowdGui) gui).site().simulation();
            return crowd(c);
        }
    }

    private static String crowd(CrowdSimulation c) {
        return "t=" + c.time() + " entered=" + c.entered() + " left=" + c.removed() + " inside=" + c.count();
    }

    private static String headless(GUIState gui, long steps) {
        if (gui instanceof FrontierGui f) {
            FrontierModel m = new FrontierModel(f.model().scenario(), f.model().terrain(),
                    DefaultBehaviours.registry());
            m.start();
            m.runSteps(steps);
            String s = m.counts() + " " + m.crossings();
            m.finish();
            return s;
        }
        CrowdSite site = ((CrowdGui) gui).site();
        CrowdScenario sc = site.scenario();
        try (CrowdSimulation c = CrowdSimulation.builder(sc.geometry()).model(sc.model().create())
                .settings(sc.settings()).seed(sc.seed()).build()) {
            for (long i = 0; i < steps * sc.settings().observeEvery(); i++) {
                c.step();
            }
            return crowd(c);
        }
    }
}
