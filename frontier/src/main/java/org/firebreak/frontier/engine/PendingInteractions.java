package org.firebreak.frontier.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.firebreak.frontier.agent.Agent;

/**
 * What the sense and move phases leave for the interact phase of the same step: detections
 * (guard, fighter), in the order they were made, and arrivals at official crossings' queues,
 * which the interact phase admits in agent-id order. Empty between steps.
 */
final class PendingInteractions implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private final List<Agent[]> detections = new ArrayList<>();
    private final List<Agent> arrivals = new ArrayList<>();
    private final Map<Agent, String> arrivalCrossings = new HashMap<>();

    /** Forgets everything, for a new run. */
    void clear() {
        detections.clear();
        arrivals.clear();
        arrivalCrossings.clear();
    }

    /**
     * @param guard who saw
     * @param fighter whom
     */
    void detected(Agent guard, Agent fighter) {
        detections.add(new Agent[] {guard, fighter});
    }

    /** @return this step's detections as {guard, fighter}, in the order they were made (the live list) */
    List<Agent[]> detections() {
        return detections;
    }

    /**
     * @param agent who arrived
     * @param crossingId at which official crossing's queue
     */
    void arrived(Agent agent, String crossingId) {
        arrivals.add(agent);
        arrivalCrossings.put(agent, crossingId);
    }

    /** @return this step's arrivals at queues (the live list) */
    List<Agent> arrivals() {
        return arrivals;
    }

    /**
     * @param agent one of this step's arrivals
     * @return the crossing it arrived at
     */
    String crossingOf(Agent agent) {
        return arrivalCrossings.get(agent);
    }

    /** Forgets this step's arrivals, once admitted. */
    void clearArrivals() {
        arrivals.clear();
        arrivalCrossings.clear();
    }
}
