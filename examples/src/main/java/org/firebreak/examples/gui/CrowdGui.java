package org.firebreak.examples.gui;

import java.util.ArrayList;
import java.util.List;
import javax.swing.JFrame;
import org.firebreak.crowd.CrowdSimulation;
import org.firebreak.crowd.Gate;
import org.firebreak.crowd.measure.GridDensity;
import org.firebreak.crowd.scenario.CrowdScenario;
import org.firebreak.examples.render.CrowdLegend;
import org.firebreak.examples.render.CrowdPainter;
import org.firebreak.examples.render.MapStyle;
import org.locationtech.jts.geom.Envelope;
import sim.display.Controller;
import sim.display.Display2D;
import sim.engine.SimState;

/**
 * The MASON window of a crowd site at metre scale: the real {@link CrowdSimulation} stepping on
 * MASON's schedule (one schedule step per observation interval), with walls, obstacles, gates,
 * sources, sinks and measurement lines and areas; a density grid underlay; and people as discs
 * of their own radius coloured by the density around them. Double-clicking a person or a gate opens its
 * inspector; charts follow the people inside, those who left, and the highest cell density.
 */
public final class CrowdGui extends MapGui {
    /** Margin around the site, metres. */
    private static final double MARGIN_M = 2;
    /** Room above the site for the legend, as a share of the site's height. */
    private static final double LEGEND_SHARE = 0.4;

    private final CrowdSite site;
    private final List<SeriesChart> charts = new ArrayList<>();

    /** @param site the site, built but not started (the console starts it) */
    public CrowdGui(CrowdSite site) {
        super(site);
        this.site = site;
    }

    /** @return the name MASON shows in the console's title */
    public static String getName() {
        return "Firebreak: crowd site";
    }

    /** @return the text of the console's About tab */
    public static Object getInfo() {
        return "<html><body style='font-family:sans-serif'><h3>Firebreak: crowd site</h3>"
                + "<p>People walk at metre scale through a site with walls, gates and queues. Each is a disc "
                + "of their own body radius, coloured by the density of the 1 m cell they stand in: pale "
                + "yellow when free, orange near the flow peak (1.75 persons/m²), dark red towards the jam "
                + "density (5.4 persons/m², Weidmann 1993).</p><p>Press play. Double-click a person or a gate to "
                + "inspect it.</p></body></html>";
    }

    @Override
    public void init(Controller c) {
        super.init(c);
        CrowdScenario s = site.scenario();
        double[] b = s.geometry().bounds();
        // a strip above the site keeps the legend off it
        double legend = Math.max(MARGIN_M, LEGEND_SHARE * (b[3] - b[1]));
        Envelope world = new Envelope(b[0] - MARGIN_M, b[2] + MARGIN_M, b[1] - MARGIN_M, b[3] + legend);
        double aspect = world.getHeight() / world.getWidth();
        double w = GuiWindows.mapWidth(aspect);
        Display2D display = new Display2D(w, w * aspect, this);
        display.setBackdrop(MapStyle.SEA);
        display.attach(new MapLayer(world, (g, t, clip) -> CrowdPainter.paintSite(g, s.geometry(), s.measureConfig(), t)),
                "Site");
        display.attach(new MapLayer(world, (g, t, clip) -> {
            GridDensity d = site.density();
            if (d != null) {
                CrowdPainter.paintDensity(g, d, t);
            }
        }), "Density grid");
        display.attach(new CrowdLayer(site, world), "People");
        display.attach(new MapLayer(world, (g, t, clip) -> CrowdLegend.paint(g, s.name(), site.simulation(),
                clip.getX() + 10, clip.getY() + 10)), "Legend");
        charts.add(new SeriesChart("People", "seconds", "persons")
                .series("inside", MapStyle.REFUGEE, () -> sim().count())
                .series("left", MapStyle.SINK_AREA.darker(), () -> sim().removed())
                .series("waiting at sources", MapStyle.SOURCE_AREA, () -> sim().pending()));
        SeriesChart gates = new SeriesChart("Served at gates", "seconds", "persons");
        for (Gate g : s.geometry().gates()) {
            gates.series(g.name(), MapStyle.mix(MapStyle.GATE, java.awt.Color.DARK_GRAY,
                    gates.chart().getSeriesCount() * 0.3), () -> sim().served(g.name()));
        }
        charts.add(gates);
        charts.add(new SeriesChart("Highest density", "seconds", "persons/m² in a grid cell")
                .series("max cell density", MapStyle.density(5.4), this::maxDensity));
        List<JFrame> chartFrames = new ArrayList<>();
        for (SeriesChart ch : charts) {
            chartFrames.add(ch.open(this));
        }
        show(c, display, "Firebreak: " + s.name(), chartFrames);
    }

    private CrowdSimulation sim() {
        return site.simulation();
    }

    private double maxDensity() {
        GridDensity d = site.density();
        double m = 0;
        for (int c = 0; c < d.columns() * d.rows(); c++) {
            if (!d.excluded(c)) {
                m = Math.max(m, d.density(c));
            }
        }
        return m;
    }

    @Override
    public void start() {
        super.start();
        charts.forEach(SeriesChart::clear);
        scheduleRepeatingImmediatelyAfter((SimState st) -> {
            for (SeriesChart ch : charts) {
                ch.sample(site.simulation().time(), st.schedule.getSteps());
            }
        });
        redraw();
    }

    /** @return the site */
    public CrowdSite site() {
        return site;
    }
}
