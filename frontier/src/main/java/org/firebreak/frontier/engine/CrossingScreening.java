package org.firebreak.frontier.engine;

import java.util.List;
import org.firebreak.core.random.RandomStreams;
import org.firebreak.frontier.agent.Agent;
import org.firebreak.frontier.agent.BehaviourContext;
import org.firebreak.frontier.scenario.CrossingCapacity;

/**
 * How an official crossing screens the people who reach it. The regional default is a
 * {@link ScreeningQueue} (one line, parallel lanes, exponential service); a crossing can instead
 * be simulated at crowd scale, people walking through its plaza to the lanes, by another
 * implementation (see {@link FrontierModel#screening}).
 *
 * <p>The contract with the engine: {@link #join} hands over an agent in state QUEUEING; later,
 * within some {@link #serve} call, the screening calls {@link Agent#startScreening} when its
 * service starts, then either {@link Agent#finishScreening} when it is through or
 * {@link Agent#apprehend(String, BehaviourContext)} (with its group) when screening identifies a
 * fighter. An agent that stops being QUEUEING or SCREENING meanwhile (held with its group) is
 * dropped without further calls. Every agent handed over is accounted for exactly once.
 */
public interface CrossingScreening {
    /** @return the crossing id */
    String crossingId();

    /** @return how the crossing is simulated, for the outputs: "queue" (regional) by default */
    default String kind() {
        return "queue";
    }

    /** @return its lanes, mean service time, closures and fighter identification probability */
    CrossingCapacity capacity();

    /**
     * Hands an agent to the screening.
     *
     * @param agent an agent in state QUEUEING
     * @param timeSeconds when it arrived
     */
    void join(Agent agent, double timeSeconds);

    /**
     * Runs the screening over one regional step [from, from + dt).
     *
     * @param from simulated seconds at the start of the step
     * @param dt step length, seconds
     * @param context the run, for state changes and events
     */
    void serve(double from, double dt, BehaviourContext context);

    /**
     * Closes the crossing: everyone not yet in a lane leaves (people in screening finish).
     *
     * @return the people who were waiting, in the order they arrived
     */
    List<Agent> release();

    /** @return people waiting, not yet in a lane */
    int waiting();

    /** @return people in a lane now */
    int inService();

    /** @return the most people that have waited at once */
    int maxWaiting();

    /** @return people who have started screening */
    long started();

    /** @return lane-seconds spent screening so far */
    double busyLaneSeconds();

    /** @return fighters identified by screening */
    long fightersIdentified();

    /** @return mean time from arrival to entering a lane, seconds (0 before anyone entered) */
    double meanWaitSeconds();

    /** @return longest time from arrival to entering a lane, seconds */
    double maxWaitSeconds();

    /**
     * @param q a quantile in [0, 1]
     * @return that quantile of the waits of everyone who has started screening, seconds
     */
    double waitQuantileSeconds(double q);

    /**
     * @param from index of the first person (in order of starting screening)
     * @param q a quantile in [0, 1]
     * @return that quantile of the waits of people from {@code from} on, seconds
     */
    double waitQuantileSecondsSince(long from, double q);

    /** Makes the screening of a crossing for a run. */
    @FunctionalInterface
    interface Factory {
        /**
         * @param crossingId the official crossing
         * @param capacity its capacity from the scenario
         * @param streams the run's random streams (take streams by names of your own)
         * @return the crossing's screening for this run
         */
        CrossingScreening create(String crossingId, CrossingCapacity capacity, RandomStreams streams);
    }
}
