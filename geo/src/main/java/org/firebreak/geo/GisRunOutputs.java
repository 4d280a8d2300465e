package org.firebreak.geo;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.firebreak.frontier.agent.Agent;
import org.firebreak.frontier.engine.FrontierModel;
import org.firebreak.frontier.run.RunExtension;
import org.firebreak.geo.io.GeoJsonWriter;
import org.firebreak.geo.io.GeoPackageWriter;
import org.firebreak.geo.io.SimulationCrs;
import org.geotools.api.feature.simple.SimpleFeature;
import org.geotools.api.feature.simple.SimpleFeatureType;
import org.geotools.data.collection.ListFeatureCollection;
import org.geotools.feature.simple.SimpleFeatureBuilder;
import org.geotools.feature.simple.SimpleFeatureTypeBuilder;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;

/**
 * A run's events and tracks as GIS layers in WGS 84, for QGIS: {@code events.geojson} (one
 * point per event), {@code tracks.geojson} (one line per agent that moved, through its
 * position at every simulated hour and at each of its events) and {@code run.gpkg} holding
 * both as tables. Only for terrains in the {@link SimulationCrs} (the bundled datasets).
 *
 * <p>The GeoJSON files are byte-identical for the same seed and scenario; the GeoPackage is
 * an SQLite database whose internal layout may differ between runs even when its content does not.
 */
public final class GisRunOutputs implements RunExtension {
    /** Events layer file. */
    public static final String EVENTS = "events.geojson";
    /** Tracks layer file. */
    public static final String TRACKS = "tracks.geojson";
    /** GeoPackage with both layers. */
    public static final String GEOPACKAGE = "run.gpkg";

    private final boolean geoPackage;
    private final GeometryFactory factory = new GeometryFactory();
    private final SimpleFeatureType eventType;
    private final SimpleFeatureType trackType;
    private final List<SimpleFeature> events = new ArrayList<>();
    private final Map<Agent, List<Coordinate>> tracks = new LinkedHashMap<>();

    /**
     * @param crs the CRS the run's terrain is in
     * @param geoPackage whether to write run.gpkg as well as the GeoJSON files
     */
    public GisRunOutputs(SimulationCrs crs, boolean geoPackage) {
        this.geoPackage = geoPackage;
        SimpleFeatureTypeBuilder e = new SimpleFeatureTypeBuilder();
        e.setName("events");
        e.setCRS(crs.crs());
        e.add("geometry", Point.class);
        e.add("time_s", Double.class);
        e.add("agent_id", Long.class);
        e.add("agent_type", String.class);
        e.add("group_id", Long.class);
        e.add("event", String.class);
        e.add("detail", String.class);
        eventType = e.buildFeatureType();
        SimpleFeatureTypeBuilder t = new SimpleFeatureTypeBuilder();
        t.setName("tracks");
        t.setCRS(crs.crs());
        t.add("geometry", LineString.class);
        t.add("agent_id", Long.class);
        t.add("agent_type", String.class);
        t.add("group_id", Long.class);
        t.add("origin", String.class);
        t.add("final_state", String.class);
        trackType = t.buildFeatureType();
    }

    @Override
    public void event(double timeSeconds, Agent agent, String event, String detail) {
        SimpleFeatureBuilder b = new SimpleFeatureBuilder(eventType);
        b.add(factory.createPoint(new Coordinate(agent.x(), agent.y())));
        b.add(timeSeconds);
        b.add(agent.id());
        b.add(agent.type().id());
        b.add(agent.group().id());
        b.add(event);
        b.add(detail);
        events.add(b.buildFeature("e" + events.size()));
        addPosition(agent);
    }

    @Override
    public void afterStep(FrontierModel model) {
        if (model.steps() % model.scenario().time().stepsPerHour() == 0) {
            for (Agent a : model.agents()) {
                addPosition(a);
            }
        }
    }

    private void addPosition(Agent a) {
        List<Coordinate> track = tracks.computeIfAbsent(a, k -> new ArrayList<>());
        Coordinate c = new Coordinate(a.x(), a.y());
        if (track.isEmpty() || !track.get(track.size() - 1).equals2D(c)) {
            track.add(c);
        }
    }

    @Override
    public List<Path> finish(FrontierModel model, Path outputDirectory) throws IOException {
        for (Agent a : model.agents()) {
            addPosition(a);
        }
        List<SimpleFeature> lines = new ArrayList<>();
        for (Map.Entry<Agent, List<Coordinate>> e : tracks.entrySet()) {
            if (e.getValue().size() < 2) {
                continue; // it never moved: its events layer point says where it was
            }
            Agent a = e.getKey();
            SimpleFeatureBuilder b = new SimpleFeatureBuilder(trackType);
            b.add(factory.createLineString(e.getValue().toArray(new Coordinate[0])));
            b.add(a.id());
            b.add(a.type().id());
            b.add(a.group().id());
            b.add(a.group().origin());
            b.add(a.state().id());
            lines.add(b.buildFeature("a" + a.id()));
        }
        ListFeatureCollection eventLayer = new ListFeatureCollection(eventType, events);
        ListFeatureCollection trackLayer = new ListFeatureCollection(trackType, lines);
        List<Path> written = new ArrayList<>();
        Path ev = outputDirectory.resolve(EVENTS);
        GeoJsonWriter.write(ev, eventLayer);
        written.add(ev);
        Path tr = outputDirectory.resolve(TRACKS);
        GeoJsonWriter.write(tr, trackLayer);
        written.add(tr);
        if (geoPackage) {
            Path gpkg = outputDirectory.resolve(GEOPACKAGE);
            Map<String, org.geotools.data.simple.SimpleFeatureCollection> tables = new LinkedHashMap<>();
            tables.put("events", eventLayer);
            tables.put("tracks", trackLayer);
            GeoPackageWriter.write(gpkg, tables);
            written.add(gpkg);
        }
        return written;
    }
}
