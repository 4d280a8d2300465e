package org.firebreak.frontier.engine;

import org.firebreak.frontier.agent.Agent;

/** Receives every event of a run as it happens, in a deterministic order. */
@FunctionalInterface
public interface EventSink {
    /**
     * @param timeSeconds simulated seconds at the end of the step in which it happened
     * @param agent the agent concerned (its position is where it happened)
     * @param event the event name: spawned, queued, crossed, arrived, on_post, detected, apprehended
     * @param detail a crossing id, a guard id, or empty
     */
    void event(double timeSeconds, Agent agent, String event, String detail);
}
