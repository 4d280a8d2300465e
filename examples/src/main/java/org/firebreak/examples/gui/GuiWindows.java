package org.firebreak.examples.gui;

import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.util.List;
import javax.swing.JFrame;
import sim.display.Console;
import sim.display.GUIState;

/** Opens a GUI's console and arranges its windows on the screen. */
public final class GuiWindows {
    /** Room a display's frame needs above and below its map: title bar, MASON's tool bar, margins. */
    static final int FRAME_CHROME = 110;
    private static final int MIN_CHART_WIDTH = 420;
    private static final int MAX_CHART_WIDTH = 640;
    private static final int MIN_CHART_HEIGHT = 240;
    private static final int MAX_CHART_HEIGHT = 360;

    private GuiWindows() {
    }

    /**
     * Opens MASON's console for a GUI (which builds the GUI's windows) and shows it. Call on
     * Swing's event thread.
     *
     * @param gui the GUI
     * @param pauseAtStep schedule steps after which the console pauses (the scenario's end)
     * @return the console
     */
    public static Console open(GUIState gui, long pauseAtStep) {
        Console c = new Console(gui);
        // a restart replays the scenario's own seed, as 'firebreak run' would
        c.setIncrementSeedOnStop(false);
        c.setWhenShouldPause(pauseAtStep);
        c.setVisible(true);
        return c;
    }

    /** @return the usable part of the screen */
    static Rectangle screen() {
        return GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
    }

    /**
     * @param aspect height over width of the map
     * @return a map width, pixels, that leaves room for the console and fits the screen's height
     */
    static double mapWidth(double aspect) {
        Rectangle s = screen();
        double byHeight = (s.height - FRAME_CHROME) / aspect;
        return Math.max(400, Math.min(900, Math.min(byHeight, s.width - 420)));
    }

    /**
     * The map's window at the top left, the console to its right, and the charts in a column
     * right of the console where the screen is wide enough, else below the console (overlapping
     * one another where the screen is short).
     *
     * @param console the console
     * @param display the map's window
     * @param charts the chart windows
     */
    static void arrange(JFrame console, JFrame display, List<JFrame> charts) {
        Rectangle s = screen();
        display.setLocation(s.x, s.y);
        int consoleX = Math.min(s.x + display.getWidth(), s.x + s.width - console.getWidth());
        console.setLocation(consoleX, s.y);
        int besideX = consoleX + console.getWidth();
        boolean beside = s.x + s.width - besideX >= MIN_CHART_WIDTH;
        int x = beside ? besideX : consoleX;
        int top = beside ? s.y : s.y + console.getHeight();
        int width = Math.min(MAX_CHART_WIDTH, s.x + s.width - x);
        int height = Math.max(MIN_CHART_HEIGHT, Math.min(MAX_CHART_HEIGHT,
                (s.y + s.height - top) / Math.max(1, charts.size())));
        int step = Math.min(height, Math.max(24, (s.y + s.height - top - height) / Math.max(1, charts.size() - 1)));
        for (int i = 0; i < charts.size(); i++) {
            JFrame f = charts.get(i);
            f.setSize(width, height);
            f.setLocation(x, top + i * step);
        }
    }
}
