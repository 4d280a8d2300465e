package org.firebreak.examples.gui;

import java.util.ArrayList;
import java.util.List;
import javax.swing.JFrame;
import sim.display.Console;
import sim.display.Controller;
import sim.display.Display2D;
import sim.display.GUIState;
import sim.engine.SimState;

/**
 * What the two windows of {@code firebreak gui} share: one map display in its own frame, chart
 * windows beside it, both arranged around the console, and their disposal when the console quits.
 * Subclasses build the display's layers and the charts in {@code init}, then call
 * {@link #show}.
 */
abstract class MapGui extends GUIState {
    /** The map display, between {@link #show} and {@link #quit}. */
    Display2D display;
    private JFrame displayFrame;
    private final List<JFrame> chartFrames = new ArrayList<>();

    MapGui(SimState state) {
        super(state);
    }

    /**
     * Opens the display in a frame registered with the controller, and the given chart windows,
     * arranged around the console.
     *
     * @param c the controller (the console)
     * @param map the display, with its layers attached
     * @param title the display frame's title
     * @param charts the chart windows, already open
     */
    void show(Controller c, Display2D map, String title, List<JFrame> charts) {
        display = map;
        displayFrame = map.createFrame();
        displayFrame.setTitle(title);
        c.registerFrame(displayFrame);
        displayFrame.setVisible(true);
        chartFrames.addAll(charts);
        if (c instanceof Console console) {
            GuiWindows.arrange(console, displayFrame, chartFrames);
        }
    }

    /** Resets and repaints the display: the end of a subclass's {@code start}. */
    void redraw() {
        display.reset();
        display.repaint();
    }

    @Override
    public void quit() {
        super.quit();
        if (displayFrame != null) {
            displayFrame.dispose();
        }
        chartFrames.forEach(JFrame::dispose);
        chartFrames.clear();
        displayFrame = null;
        display = null;
    }

    /** @return the map display (for snapshots) */
    public Display2D display() {
        return display;
    }
}
