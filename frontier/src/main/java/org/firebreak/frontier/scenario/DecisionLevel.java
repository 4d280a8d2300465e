package org.firebreak.frontier.scenario;

/** The three decision levels of pedestrian and migration modelling, by time scale. */
public enum DecisionLevel {
    /** Where to go: destination, crossing; decided rarely (hours or days). */
    STRATEGIC("strategic"),
    /** Which way: a route over the terrain; decided when the plan changes. */
    TACTICAL("tactical"),
    /** How to move: speed and step; decided every step. */
    OPERATIONAL("operational");

    private final String id;

    DecisionLevel(String id) {
        this.id = id;
    }

    /** @return the key used in scenario files */
    public String id() {
        return id;
    }
}
