package org.firebreak.frontier.engine;

import ec.util.MersenneTwisterFast;
import org.firebreak.frontier.agent.Agent;
import org.firebreak.frontier.agent.BehaviourContext;
import org.firebreak.frontier.agent.kind.AgentType;
import org.firebreak.frontier.scenario.CrossingCapacity;

/**
 * What every model of an official crossing's screening lanes keeps and decides the same way,
 * whatever simulates the line in front of them: the waits of the people who reach a lane, the
 * lanes' busy time, the longest line, and the outcome of a screening (a fighter identified with
 * the crossing's probability is held with the whole group). Subclasses simulate the line and
 * tell this class when someone reaches a lane and when a screening ends.
 */
public abstract class LaneScreening implements CrossingScreening, java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private final String crossingId;
    private final CrossingCapacity capacity;
    private final WaitTimes waits = new WaitTimes();
    private double busyLaneSeconds;
    private long fightersIdentified;
    private int maxWaiting;

    /**
     * @param crossingId the crossing
     * @param capacity its lanes, mean service time and chance of identifying a fighter
     */
    protected LaneScreening(String crossingId, CrossingCapacity capacity) {
        this.crossingId = crossingId;
        this.capacity = capacity;
    }

    /** @return the crossing id */
    @Override
    public final String crossingId() {
        return crossingId;
    }

    /** @return its capacity */
    @Override
    public final CrossingCapacity capacity() {
        return capacity;
    }

    /** @param waiting people waiting now, not yet in a lane; the longest line is kept */
    protected final void waitingNow(int waiting) {
        maxWaiting = Math.max(maxWaiting, waiting);
    }

    /**
     * Someone reaches a lane: their wait is counted and their screening starts.
     *
     * @param agent an agent in state QUEUEING
     * @param waitSeconds time from joining the line to reaching the lane
     * @param context the run
     */
    protected final void startScreening(Agent agent, double waitSeconds, BehaviourContext context) {
        waits.add(waitSeconds);
        agent.startScreening(context);
    }

    /** @param seconds lane-seconds spent screening one person */
    protected final void laneBusy(double seconds) {
        busyLaneSeconds += seconds;
    }

    /**
     * The end of a screening: a fighter is identified with the crossing's probability, drawn
     * from {@code random} (fighters only), and then held with the whole group.
     *
     * @param agent the agent whose screening has ended, in state SCREENING
     * @param random the stream of screening outcomes, or null if screening identifies no one
     * @param context the run
     * @return whether the agent was identified (and its group held)
     */
    protected final boolean identified(Agent agent, MersenneTwisterFast random, BehaviourContext context) {
        if (agent.type() == AgentType.FIGHTER && random != null
                && random.nextDouble() < capacity.fighterDetectionProbability()) {
            fightersIdentified++;
            context.record(agent, "detected", "screening-" + crossingId);
            for (Agent member : agent.group().members()) {
                member.apprehend("screening-" + crossingId, context);
            }
            return true;
        }
        return false;
    }

    /** @return the longest the line has been */
    @Override
    public final int maxWaiting() {
        return maxWaiting;
    }

    /** @return people who have started screening */
    @Override
    public final long started() {
        return waits.count();
    }

    /** @return lane-seconds spent screening so far */
    @Override
    public final double busyLaneSeconds() {
        return busyLaneSeconds;
    }

    /** @return fighters identified by screening */
    @Override
    public final long fightersIdentified() {
        return fightersIdentified;
    }

    /** @return mean time from joining the line to entering a lane, seconds (0 before anyone entered) */
    @Override
    public final double meanWaitSeconds() {
        return waits.mean();
    }

    /** @return longest time from joining the line to entering a lane, seconds */
    @Override
    public final double maxWaitSeconds() {
        return waits.max();
    }

    /**
     * @param q a quantile in [0, 1]
     * @return that quantile of the waits of everyone who has started screening, seconds (0 before anyone has)
     */
    @Override
    public final double waitQuantileSeconds(double q) {
        return waits.quantileSince(0, q);
    }

    /**
     * @param from index of the first person (in order of starting screening)
     * @param q a quantile in [0, 1]
     * @return that quantile of the waits of people from {@code from} on, seconds
     */
    @Override
    public final double waitQuantileSecondsSince(long from, double q) {
        return waits.quantileSince(from, q);
    }
}
