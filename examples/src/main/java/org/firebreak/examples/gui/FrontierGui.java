package org.firebreak.examples.gui;

import org.firebreak.examples.render.Basemap;
import org.firebreak.examples.render.MapStyle;
import org.firebreak.examples.render.RegionalLegend;
import org.firebreak.frontier.engine.FrontierModel;
import org.locationtech.jts.geom.Envelope;
import sim.display.Controller;
import sim.display.Display2D;
import sim.engine.SimState;

/**
 * The MASON window of a regional run: the real {@link FrontierModel} stepping on MASON's
 * schedule, shown over its terrain, with live charts and inspectors.
 *
 * <p>The map's layers, bottom to top (each can be hidden from the display's Layers menu): land
 * with a hillshade of the elevation, rivers and lakes, roads, borders, places, agents (coloured
 * by type, shaded by state), crossings (official ones filled by their queue), place names and
 * the legend. Double-clicking an agent opens inspectors for it and its group; a crossing, one for
 * the crossing. The console's Model tab shows the run's totals.
 */
public final class FrontierGui extends MapGui {
    private final FrontierModel model;
    private final String source;
    private final Basemap basemap;
    private FrontierCharts charts;

    /**
     * @param model the model, built but not started (the console starts it)
     * @param source where the scenario came from, for the Model tab
     */
    public FrontierGui(FrontierModel model, String source) {
        super(model);
        this.model = model;
        this.source = source;
        this.basemap = new Basemap(model.terrain());
    }

    /** @return the name MASON shows in the console's title */
    public static String getName() {
        return "Firebreak: regional run";
    }

    /** @return the text of the console's About tab */
    public static Object getInfo() {
        return "<html><body style='font-family:sans-serif'><h3>Firebreak: regional run</h3>"
                + "<p>Refugees (orange), fighters (magenta) and guards (green) move over the frontier terrain; "
                + "shades show state: darker while queueing or on post, lighter while resting, pale once "
                + "arrived. Official crossings are squares filled by their queue, informal ones triangles.</p>"
                + "<p>Press play. Double-click an agent or a crossing on the map to inspect it; the Layers menu "
                + "of the map window hides layers; the chart windows follow the run.</p></body></html>";
    }

    @Override
    public Object getSimulationInspectedObject() {
        return new RunView(model, source);
    }

    @Override
    public void init(Controller c) {
        super.init(c);
        Envelope b = model.terrain().bounds();
        double aspect = b.getHeight() / b.getWidth();
        double w = GuiWindows.mapWidth(aspect);
        Display2D display = new Display2D(w, w * aspect, this);
        display.setBackdrop(MapStyle.SEA);
        display.setClipping(false);
        display.attach(new MapLayer(b, (g, t, clip) -> basemap.paintLand(g, t)), "Land and hillshade");
        display.attach(new MapLayer(b, (g, t, clip) -> basemap.paintWater(g, t)), "Rivers and lakes");
        display.attach(new MapLayer(b, (g, t, clip) -> basemap.paintRoads(g, t)), "Roads");
        display.attach(new MapLayer(b, (g, t, clip) -> basemap.paintBorders(g, t)), "Borders");
        display.attach(new MapLayer(b, basemap::paintPlaces), "Places");
        display.attach(new AgentLayer(model), "Agents");
        // over the agents: a crossing's fill is its queue, which stands on it
        display.attach(new CrossingLayer(model), "Crossings");
        display.attach(new MapLayer(b, basemap::paintPlaceNames), "Place names");
        display.attach(new MapLayer(b, (g, t, clip) -> RegionalLegend.paint(g, model, clip.getX() + 10,
                clip.getY() + 10)), "Legend");
        charts = new FrontierCharts(model);
        show(c, display, "Firebreak: " + model.scenario().name(), charts.open(this));
    }

    @Override
    public void start() {
        super.start();
        charts.reset();
        scheduleRepeatingImmediatelyAfter((SimState s) -> charts.sample());
        redraw();
    }

    /** @return the model */
    public FrontierModel model() {
        return model;
    }
}
