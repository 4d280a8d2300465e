package org.firebreak.frontier.engine;

import ec.util.MersenneTwisterFast;
import java.util.ArrayDeque;
import java.util.List;
import org.firebreak.frontier.agent.Agent;
import org.firebreak.frontier.agent.BehaviourContext;
import org.firebreak.frontier.scenario.CrossingCapacity;

/**
 * The screening queue of an official crossing: one FIFO line served by {@code lanes}
 * parallel lanes, each screening one person at a time for an exponentially distributed
 * time (an M/M/c server when arrivals are random). Within a step the lanes are simulated
 * event by event, so throughput does not depend on the step length.
 */
public final class ScreeningQueue extends LaneScreening {
    private static final long serialVersionUID = 1L;
    private record Waiting(Agent agent, double since) implements java.io.Serializable {
    }

    private final MersenneTwisterFast random;
    private final ArrayDeque<Waiting> line = new ArrayDeque<>();
    private final Agent[] inService;
    private final double[] freeAt;
    private long served;
    private MersenneTwisterFast screeningRandom;

    /**
     * @param crossingId the crossing
     * @param capacity its lanes and mean service time
     * @param random this queue's own stream
     */
    public ScreeningQueue(String crossingId, CrossingCapacity capacity, MersenneTwisterFast random) {
        super(crossingId, capacity);
        this.random = random;
        this.inService = new Agent[capacity.lanes()];
        this.freeAt = new double[capacity.lanes()];
    }

    /**
     * Puts an agent at the back of the line.
     *
     * @param agent an agent in state QUEUEING
     * @param timeSeconds when it joined
     */
    @Override
    public void join(Agent agent, double timeSeconds) {
        line.addLast(new Waiting(agent, timeSeconds));
        waitingNow(line.size());
    }

    /**
     * Serves the line over one step [from, from + dt): lanes finish and start screenings at
     * the exact times their service ends.
     *
     * @param from simulated seconds at the start of the step
     * @param dt step length, seconds
     * @param context the run, for state changes and events
     */
    @Override
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
                Agent done = inService[lane];
                inService[lane] = null;
                served++;
                if (done.state() != org.firebreak.frontier.agent.kind.AgentState.SCREENING) {
                    // held during screening, with the rest of its group
                    continue;
                }
                if (!identified(done, screeningRandom, context)) {
                    done.finishScreening(crossingId(), context);
                }
            } else {
                Waiting w = line.pollFirst();
                double wait = freeAt[lane] - w.since();
                if (w.agent().state() != org.firebreak.frontier.agent.kind.AgentState.QUEUEING) {
                    // held while it waited (a fighter whose group was apprehended): it leaves the line
                    continue;
                }
                startScreening(w.agent(), wait, context);
                inService[lane] = w.agent();
                double service = serviceSeconds();
                laneBusy(service);
                freeAt[lane] += service;
            }
        }
    }

    /** The lane with the earliest next event: a screening ending, or an idle lane with someone waiting. */
    /**
     * Screening identifies fighters from now on, each with the crossing's probability, drawn
     * from this stream; without it, fighters pass screening like anyone else.
     *
     * @param random the stream of screening outcomes
     * @return this queue
     */
    public ScreeningQueue identifyFighters(MersenneTwisterFast random) {
        this.screeningRandom = random;
        return this;
    }

    /**
     * Closes the line: everyone waiting leaves it (people in screening finish). They are
     * returned in the order they joined, to decide again.
     *
     * @return the people who were waiting
     */
    @Override
    public List<Agent> release() {
        java.util.List<Agent> out = new java.util.ArrayList<>();
        for (Waiting w : line) {
            out.add(w.agent());
        }
        line.clear();
        return out;
    }

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
        return -capacity().serviceSecondsMean() * Math.log(1.0 - random.nextDouble());
    }

    /** @return people waiting, not yet in a lane */
    @Override
    public int waiting() {
        return line.size();
    }

    /** @return people in a lane now */
    @Override
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
}
