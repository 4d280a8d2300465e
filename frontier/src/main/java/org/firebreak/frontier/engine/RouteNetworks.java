package org.firebreak.frontier.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.firebreak.core.navigation.NavigationFields;
import org.firebreak.core.navigation.RoadGraph;
import org.firebreak.core.terrain.CostSurface;
import org.firebreak.core.terrain.Crossing;
import org.firebreak.core.terrain.Place;
import org.firebreak.core.terrain.Terrain;
import org.firebreak.frontier.agent.kind.AgentType;
import org.firebreak.frontier.navigation.LocationGraph;
import org.firebreak.frontier.scenario.Scenario;
import org.firebreak.frontier.scenario.SourceSpec;
import org.locationtech.jts.geom.Coordinate;

/**
 * What routes are planned on, each built on first use: the navigation fields over the cost
 * surfaces, the road graph, and the graph of locations (camps and towns). The first two depend
 * only on the terrain and the scenario and are rebuilt after a checkpoint is read; the location
 * graph holds camp occupancy, so it is rebuilt at every start and kept in checkpoints.
 */
final class RouteNetworks implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    private static final System.Logger LOG = System.getLogger(FrontierModel.class.getName());
    /** Cells of the fine cost surface per cell of the coarse one, on a side (see {@link NavigationFields#getCoarse}). */
    private static final int COARSE_CELLS = 4;

    private final Scenario scenario;
    /** Written as a reference to the terrain supplied when a checkpoint is read. */
    private final Terrain terrain;
    private transient NavigationFields navigation;
    private transient RoadGraph roadGraph;
    private LocationGraph locationGraph;

    /**
     * @param scenario the run's scenario
     * @param terrain the run's terrain
     */
    RouteNetworks(Scenario scenario, Terrain terrain) {
        this.scenario = scenario;
        this.terrain = terrain;
    }

    /** Forgets the location graph (and the camps' occupancy), for a new run. */
    void resetLocations() {
        locationGraph = null;
    }

    /** @return the navigation fields, built on first use */
    NavigationFields navigation() {
        if (navigation == null) {
            long t0 = System.nanoTime();
            List<Coordinate> fords = new ArrayList<>();
            for (String id : scenario.terrain().fords()) {
                Optional<Crossing> c = terrain.crossing(id);
                Place p = c.isPresent() ? null : terrain.place(id).orElseThrow(
                        () -> new IllegalStateException("terrain has no crossing or place '" + id + "' for a ford"));
                fords.add(c.map(x -> new Coordinate(x.x(), x.y()))
                        .orElseGet(() -> new Coordinate(p.x(), p.y())));
            }
            CostSurface surface = CostSurface.build(terrain, scenario.terrain().cellSizeM(),
                    scenario.terrain().speeds(), fords);
            CostSurface coarse = CostSurface.build(terrain, COARSE_CELLS * scenario.terrain().cellSizeM(),
                    scenario.terrain().speeds(), fords);
            navigation = new NavigationFields(surface, coarse);
            LOG.log(System.Logger.Level.INFO, "cost surface of {0} x {1} cells of {2} m built in {3} ms",
                    Integer.toString(surface.grid().cols()), Integer.toString(surface.grid().rows()),
                    Double.toString(scenario.terrain().cellSizeM()), Long.toString((System.nanoTime() - t0) / 1_000_000));
        }
        return navigation;
    }

    /** @return the location graph, built on first use in a run */
    LocationGraph locations() {
        if (locationGraph == null) {
            java.util.Set<String> conflict = new java.util.TreeSet<>();
            for (SourceSpec s : scenario.sources()) {
                if (s.type() == AgentType.REFUGEE) {
                    conflict.add(s.place());
                }
            }
            locationGraph = LocationGraph.build(terrain, scenario.camps(), conflict);
            LOG.log(System.Logger.Level.INFO, "location graph of {0} locations and {1} links",
                    Integer.toString(locationGraph.locations().size()), Integer.toString(locationGraph.linkCount()));
        }
        return locationGraph;
    }

    /** @return the road graph, built on first use */
    RoadGraph roads() {
        if (roadGraph == null) {
            roadGraph = new RoadGraph(terrain.roads());
        }
        return roadGraph;
    }
}
