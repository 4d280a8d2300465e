package org.firebreak.crowd;

/**
 * Hears the discrete events of a crowd run, in a fixed order for a given seed. Every method does
 * nothing by default, so a listener implements only what it needs.
 */
public interface CrowdListener {
    /**
     * A person was placed in the site.
     *
     * @param timeSeconds simulated time, s
     * @param id the person
     * @param source the source it entered at, or {@code ""} when placed at a point
     */
    default void entered(double timeSeconds, int id, String source) {
    }

    /**
     * A person reached a sink and was removed.
     *
     * @param timeSeconds simulated time, s
     * @param id the person
     * @param sink the sink
     */
    default void left(double timeSeconds, int id, String sink) {
    }

    /**
     * A lane began serving a person.
     *
     * @param timeSeconds simulated time, s
     * @param id the person
     * @param gate the gate
     * @param lane the lane, from 0
     */
    default void serviceStarted(double timeSeconds, int id, String gate, int lane) {
    }

    /**
     * A lane finished serving a person, who is now past the gate.
     *
     * @param timeSeconds simulated time, s
     * @param id the person
     * @param gate the gate
     * @param lane the lane, from 0
     */
    default void serviceEnded(double timeSeconds, int id, String gate, int lane) {
    }
}
