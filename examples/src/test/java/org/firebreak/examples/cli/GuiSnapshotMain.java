package org.firebreak.examples.cli;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.swing.SwingUtilities;
import org.firebreak.examples.gui.CrowdGui;
import org.firebreak.examples.gui.FrontierGui;
import org.firebreak.examples.gui.GuiWindows;
import sim.display.Console;
import sim.display.Display2D;
import sim.display.GUIState;

/**
 * Opens {@code firebreak gui}'s windows for a scenario on the current display, steps the model
 * through MASON's GUI a number of times, saves the map display as a PNG with Display2D's own
 * snapshot and exits: 0 when the snapshot was written. Run in a child JVM under a virtual X
 * server by {@link GuiCommandTest}.
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
        System.err.println("created " + (System.nanoTime() - t0) / 1e9);
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
        System.err.println("opened " + (System.nanoTime() - t0) / 1e9);
        for (long i = 0; i < steps; i++) {
            // what the console's step button does while paused
            synchronized (gui.state.schedule) {
                gui.step();
            }
        }
        System.err.println("stepped " + (System.nanoTime() - t0) / 1e9);
        Display2D display = gui instanceof FrontierGui f ? f.display() : ((CrowdGui) gui).display();
        Files.createDirectories(png.toAbsolutePath().getParent());
        SwingUtilities.invokeAndWait(() -> {
            try {
                display.takeSnapshot(png.toFile(), Display2D.TYPE_PNG);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        System.out.println("steps " + gui.state.schedule.getSteps() + " snapshot " + png);
        System.exit(Files.size(png) > 0 ? 0 : 1);
    }
}
