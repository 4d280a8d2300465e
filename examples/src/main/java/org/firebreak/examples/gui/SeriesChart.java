package org.firebreak.examples.gui;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleSupplier;
import javax.swing.JFrame;
import org.jfree.data.xy.XYSeries;
import sim.display.GUIState;
import sim.util.media.chart.TimeSeriesAttributes;
import sim.util.media.chart.TimeSeriesChartGenerator;

/**
 * One live chart window (MASON's {@link TimeSeriesChartGenerator}) with a few series, each read
 * from the running model after every step by a supplier. The x axis is whatever the owner passes
 * to {@link #sample} (hours for the regional model, seconds for a crowd site).
 */
final class SeriesChart {
    private final TimeSeriesChartGenerator chart;
    private final List<XYSeries> series = new ArrayList<>();
    private final List<DoubleSupplier> values = new ArrayList<>();
    private JFrame frame;

    /**
     * @param title the window's and chart's title
     * @param xLabel the x axis
     * @param yLabel the y axis
     */
    SeriesChart(String title, String xLabel, String yLabel) {
        chart = new TimeSeriesChartGenerator();
        chart.setTitle(title);
        chart.setXAxisLabel(xLabel);
        chart.setYAxisLabel(yLabel);
    }

    /**
     * @param name the series' name in the chart's legend
     * @param colour its line colour
     * @param value read after every step
     * @return this
     */
    SeriesChart series(String name, Color colour, DoubleSupplier value) {
        XYSeries s = new XYSeries(name, false);
        TimeSeriesAttributes a = (TimeSeriesAttributes) chart.addSeries(s, null);
        a.setStrokeColor(colour);
        a.setThickness(1.5);
        series.add(s);
        values.add(value);
        return this;
    }

    /**
     * Opens the chart's window and registers it with the controller, so it is listed in the
     * console's Displays tab and closed with it.
     *
     * @param gui the GUI
     * @return the window
     */
    JFrame open(GUIState gui) {
        frame = chart.createFrame();
        frame.pack();
        gui.controller.registerFrame(frame);
        frame.setVisible(true);
        return frame;
    }

    /** Empties every series (a new run). */
    void clear() {
        for (XYSeries s : series) {
            s.clear();
        }
        chart.updateChartLater(0);
    }

    /**
     * Adds one point to every series and asks for a redraw; MASON redraws at most a few times
     * a second however fast the model steps.
     *
     * @param x the x value
     * @param steps the schedule's step count
     */
    void sample(double x, long steps) {
        for (int i = 0; i < series.size(); i++) {
            series.get(i).add(x, values.get(i).getAsDouble(), false);
        }
        // one change event for all the points of this step
        for (XYSeries s : series) {
            s.fireSeriesChanged();
        }
        chart.updateChartLater(steps);
    }

    /** @return the window, once opened */
    JFrame frame() {
        return frame;
    }

    /** @return the chart component */
    TimeSeriesChartGenerator chart() {
        return chart;
    }
}
