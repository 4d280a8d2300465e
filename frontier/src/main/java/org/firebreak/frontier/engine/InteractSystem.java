package org.firebreak.frontier.engine;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.firebreak.frontier.agent.Agent;
import org.firebreak.frontier.agent.kind.AgentState;
import org.firebreak.frontier.agent.BehaviourContext;

/**
 * The interact phase: the step's detections are recorded and answered by the border force,
 * pursuits close in; each official crossing's screening serves the step (or, the step it
 * closes, turns its queue away); only then are the step's arrivals admitted to the queues, in
 * agent-id order, so nobody is screened before the step in which they arrived has ended.
 */
final class InteractSystem implements StepSystem {
    private final GuardForce force;
    private final CrossingQueues crossings;
    private final PendingInteractions pending;
    private final List<Agent> guards;
    private final double dt;
    private final BehaviourContext context;

    /**
     * @param force the border force
     * @param crossings the screening of each official crossing, and which are closed
     * @param pending the step's detections and arrivals
     * @param guards every guard, in id order
     * @param dt the step, seconds
     * @param context the run, for its events and clock
     */
    InteractSystem(GuardForce force, CrossingQueues crossings, PendingInteractions pending, List<Agent> guards,
                   double dt, BehaviourContext context) {
        this.force = force;
        this.crossings = crossings;
        this.pending = pending;
        this.guards = guards;
        this.dt = dt;
        this.context = context;
    }

    @Override
    public void run(double from) {
        List<Agent[]> detections = pending.detections();
        for (Agent[] d : detections) {
            context.record(d[1], Events.DETECTED, "guard-" + d[0].id());
            force.detected(d[0], d[1]);
        }
        detections.clear();
        force.hold(dt);
        Set<String> closed = crossings.closed();
        for (CrossingScreening q : crossings.all().values()) {
            boolean shut = q.capacity().closedAt(from / 3600.0);
            if (shut && closed.add(q.crossingId())) {
                for (Agent a : q.release()) {
                    turnAway(a, q.crossingId());
                }
            } else if (!shut) {
                closed.remove(q.crossingId());
            }
            if (!shut) {
                q.serve(from, dt, context);
            }
        }
        admitArrivals();
        force.account(dt, guards);
    }

    private void admitArrivals() {
        List<Agent> arrivals = pending.arrivals();
        arrivals.sort(Comparator.comparingLong(Agent::id));
        for (Agent a : arrivals) {
            String c = pending.crossingOf(a);
            if (crossings.closed().contains(c)) {
                turnAway(a, c);
            } else {
                crossings.get(c).join(a, context.timeSeconds());
            }
        }
        pending.clearArrivals();
    }

    private void turnAway(Agent a, String crossingId) {
        if (a.state() == AgentState.QUEUEING) {
            a.turnAway();
            context.record(a, Events.TURNED_AWAY, crossingId);
        }
    }
}
