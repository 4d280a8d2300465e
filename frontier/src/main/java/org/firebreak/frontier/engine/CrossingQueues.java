package org.firebreak.frontier.engine;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.firebreak.core.random.RandomStreams;
import org.firebreak.core.terrain.Crossing;
import org.firebreak.core.terrain.Terrain;
import org.firebreak.frontier.scenario.CrossingCapacity;
import org.firebreak.frontier.scenario.Scenario;

/**
 * The screening of each official crossing of a run, in terrain order, and which crossings are
 * closed now. A crossing is screened by the regional queue unless another model was chosen for
 * it; that choice belongs to the process, not to a checkpoint.
 */
final class CrossingQueues implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private final Map<String, CrossingScreening> queues = new LinkedHashMap<>();
    private final Set<String> closed = new HashSet<>();
    private transient Map<String, CrossingScreening.Factory> custom = new HashMap<>();

    /**
     * @param terrain the run's terrain
     * @param crossingId an official crossing of it
     * @param factory makes the crossing's screening at each start
     */
    void screenWith(Terrain terrain, String crossingId, CrossingScreening.Factory factory) {
        if (terrain.crossings().stream().noneMatch(c -> c.official() && c.id().equals(crossingId))) {
            throw new IllegalArgumentException("'" + crossingId + "' is not an official crossing of the terrain; expected one of "
                    + terrain.crossings().stream().filter(Crossing::official).map(Crossing::id).toList());
        }
        custom.put(crossingId, factory);
    }

    /** Forgets the screenings of the last run. */
    void clear() {
        closed.clear();
        queues.clear();
    }

    /**
     * Opens a screening at every official crossing, for a new run.
     *
     * @param terrain the run's terrain
     * @param scenario the crossings' capacities
     * @param streams the run's random streams
     */
    void open(Terrain terrain, Scenario scenario, RandomStreams streams) {
        for (Crossing c : terrain.crossings()) {
            if (c.official()) {
                CrossingCapacity cap = scenario.capacity(c.id()).orElse(CrossingCapacity.defaults());
                CrossingScreening.Factory f = custom.get(c.id());
                queues.put(c.id(), f != null ? f.create(c.id(), cap, streams)
                        : new ScreeningQueue(c.id(), cap, streams.stream("crossing:" + c.id()))
                                .identifyFighters(streams.stream("screening:" + c.id())));
            }
        }
    }

    /** @return the screening of each official crossing, by crossing id, in terrain order (the live map) */
    Map<String, CrossingScreening> all() {
        return queues;
    }

    /**
     * @param crossingId a crossing
     * @return its screening, or null if it is not an official crossing
     */
    CrossingScreening get(String crossingId) {
        return queues.get(crossingId);
    }

    /**
     * @param crossingId a crossing
     * @return whether it is an official crossing, screened here
     */
    boolean has(String crossingId) {
        return queues.containsKey(crossingId);
    }

    /** @return the crossings closed now (the live set) */
    Set<String> closed() {
        return closed;
    }

    private void readObject(java.io.ObjectInputStream in) throws java.io.IOException, ClassNotFoundException {
        in.defaultReadObject();
        custom = new HashMap<>();
    }
}
