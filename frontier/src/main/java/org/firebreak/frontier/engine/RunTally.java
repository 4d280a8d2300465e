package org.firebreak.frontier.engine;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The counts a run keeps as it goes: steps completed, detections, apprehensions, crossings. */
final class RunTally implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private final Map<String, Long> crossedBy = new LinkedHashMap<>();
    private long steps;
    private long detections;
    private long apprehensions;

    /** Zeroes every count and forgets the crossings, for a new run. */
    void clear() {
        crossedBy.clear();
        steps = 0;
        detections = 0;
        apprehensions = 0;
    }

    /** @param crossingId a crossing to count, listed from now on in this order */
    void countCrossingsAt(String crossingId) {
        crossedBy.put(crossingId, 0L);
    }

    /**
     * @param event an event just recorded
     * @param detail its detail
     */
    void event(String event, String detail) {
        switch (event) {
            case Events.DETECTED -> detections++;
            case Events.APPREHENDED -> apprehensions++;
            case Events.CROSSED -> crossedBy.merge(detail, 1L, Long::sum);
            default -> {
            }
        }
    }

    /** Counts a completed step. */
    void stepDone() {
        steps++;
    }

    /** @return steps completed */
    long steps() {
        return steps;
    }

    /** @return detections so far */
    long detections() {
        return detections;
    }

    /** @return apprehensions so far (agents) */
    long apprehensions() {
        return apprehensions;
    }

    /** @return border crossings so far by crossing, in the order they were listed */
    Map<String, Long> crossings() {
        return Collections.unmodifiableMap(crossedBy);
    }
}
