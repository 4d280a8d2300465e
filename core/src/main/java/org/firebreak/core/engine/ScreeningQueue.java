package org.firebreak.core.engine;

import ec.util.MersenneTwisterFast;
import java.util.ArrayDeque;
import org.firebreak.core.agent.Agent;
import org.firebreak.core.behaviour.BehaviourContext;
import org.firebreak.core.scenario.CrossingCapacity;

/**
 * The screening queue of an official crossing: one FIFO line served by {@code lanes}
 * parallel lanes, each screening one person at a time for an exponentially distributed
 * time (an M/M/c server when arrivals are random). Within a step the lanes are simulated
 * event by event, so throughput does not depend on the step length.
 */
public final class ScreeningQueue {
    private record Waiting(Agent agent, double since) {
    }

    private final String crossingId;
    private final CrossingCapacity capacity;
    private final MersenneTwisterFast random;
    private final ArrayDeque<Waiting> line = new ArrayDeque<>();
    private final Agent[] inService;
    private final double[] freeAt;
    private long served;
    private long started;
    private double totalWaitSeconds;
    private double maxWaitSeconds;

    /**
     * @param crossingId the crossing
     * @param capacity its lanes and mean service time
     * @param random this queue's own stream
     */
    public ScreeningQueue(String crossingId, CrossingCapacity capacity, MersenneTwisterFast random) {
        this.crossingId = crossingId;
        this.capacity = capacity;
        this.random = random;
        this.inService = new Agent[capacity.lanes()];
        this.freeAt = new double[capacity.lanes()];
    }

    /** @return the crossing id */
    public String crossingId() {
        return crossingId;
    }

    /** @return its capacity */
    public CrossingCapacity capacity() {
        return capacity;
    }

    /**
     * Puts an agent at the back of the line.
     *
     * @param agent an agent in state QUEUEING
     * @param timeSeconds when it joined
     */
    public void join(Agent agent, double timeSeconds) {
        line.addLast(new Waiting(agent, timeSeconds));
    }

    /**
     * Serves the line over one step [from, from + dt): lanes finish and start screenings at
     * the exact times their service ends.
     *
     * @param from simulated seconds at the start of the step
     * @param dt step length, seconds
     * @param context the run, for state changes and events
     */
    public void serve(double from, double dt, BehaviourContext context) {
        double until = from + dt;
        for (int lane = 0; lane < freeAt.length; lane++) {
            if (inService[lane] == null && freeAt[lane] < from) {
                freeAt[lane] = from;
            }
        }
        while (true) {
            int lane = nextLane();
            if (lane < 0 || freeAt[lane] >= until) {
                return;
            }
            if (inService[lane] != null) {
                inService[lane].finishScreening(crossingId, context);
                inService[lane] = null;
                served++;
            } else {
                Waiting w = line.pollFirst();
                double wait = freeAt[lane] - w.since();
                totalWaitSeconds += wait;
                maxWaitSeconds = Math.max(maxWaitSeconds, wait);
                started++;
                w.agent().startScreening(context);
                inService[lane] = w.agent();
                freeAt[lane] += serviceSeconds();
            }
        }
    }

    /** The lane with the earliest next event: a screening ending, or an idle lane with someone waiting. */
    private int nextLane() {
        int best = -1;
        for (int lane = 0; lane < freeAt.length; lane++) {
            boolean hasEvent = inService[lane] != null || !line.isEmpty();
            if (hasEvent && (best < 0 || freeAt[lane] < freeAt[best])) {
                best = lane;
            }
        }
        return best;
    }

    private double serviceSeconds() {
        // inverse transform of the exponential distribution; 1 - u lies in (0, 1]
        return -capacity.serviceSecondsMean() * Math.log(1.0 - random.nextDouble());
    }

    /** @return people waiting, not yet in a lane */
    public int waiting() {
        return line.size();
    }

    /** @return people in a lane now */
    public int inService() {
        int n = 0;
        for (Agent a : inService) {
            if (a != null) {
                n++;
            }
        }
        return n;
    }

    /** @return people screened so far */
    public long served() {
        return served;
    }

    /** @return mean time from joining the line to entering a lane, seconds (0 before anyone entered) */
    public double meanWaitSeconds() {
        return started == 0 ? 0 : totalWaitSeconds / started;
    }

    /** @return longest time from joining the line to entering a lane, seconds */
    public double maxWaitSeconds() {
        return maxWaitSeconds;
    }
}
