package org.firebreak.frontier.engine;

import java.util.List;
import org.firebreak.frontier.agent.Agent;
import org.firebreak.frontier.agent.kind.AgentState;
import org.firebreak.frontier.agent.kind.AgentType;
import org.firebreak.frontier.agent.Group;
import org.firebreak.frontier.agent.Waypoint;
import org.firebreak.frontier.agent.BehaviourContext;

/**
 * The decide phase: teams back from a transfer take up their posts; once an hour, groups
 * heading for a queue or waiting at a stopover are asked to look again; then every group that
 * needs a strategic decision takes one, in id order, drawing from the decision stream.
 *
 * <p>It visits, in id order, only the groups the {@link Agenda} holds: all those a visit of
 * every group would act on. A group added while the phase runs is visited if its id is higher
 * than the current one, as in a visit of every group.
 */
final class DecideSystem implements StepSystem {
    private final GuardForce force;
    private final List<Group> groups;
    private final Agenda agenda;
    private final RunTally tally;
    private final int stepsPerHour;
    private final BehaviourContext context;

    /**
     * @param force the border force
     * @param groups every group, in id order
     * @param agenda which groups need a decision
     * @param tally the steps completed
     * @param stepsPerHour steps in an hour of simulated time
     * @param context the run, for the strategies
     */
    DecideSystem(GuardForce force, List<Group> groups, Agenda agenda, RunTally tally, int stepsPerHour,
                 BehaviourContext context) {
        this.force = force;
        this.groups = groups;
        this.agenda = agenda;
        this.tally = tally;
        this.stepsPerHour = stepsPerHour;
        this.context = context;
    }

    @Override
    public void run(double from) {
        force.arriveFromTransit();
        long steps = tally.steps();
        if (steps > 0 && steps % stepsPerHour == 0) {
            for (Group g : groups) {
                if (g.type() != AgentType.GUARD && !g.needsDecision() && (headingForScreening(g) || g.atStopover())
                        && !g.finished()) {
                    // the queue ahead, a closure, or a stopover's end: worth a fresh look every hour
                    g.requestDecision();
                }
            }
        }
        for (int i = agenda.nextToDecide(0); i >= 0; i = agenda.nextToDecide(i + 1)) {
            Group g = groups.get(i);
            if (g.needsDecision() && !g.finished()) {
                g.strategic().decide(g, context);
            }
        }
    }

    /** @return whether the whole group is still on its way to an official crossing's queue */
    private static boolean headingForScreening(Group g) {
        if (g.plan() == null || !g.plan().journey()) {
            return false;
        }
        Waypoint crossing = g.plan().via().orElse(g.plan().destination());
        if (crossing.kind() != Waypoint.Kind.SCREENING) {
            return false;
        }
        int index = g.route().indexOf(crossing);
        for (Agent a : g.members()) {
            if (!a.state().terminal() && (a.state() != AgentState.EN_ROUTE || a.leg() > index)) {
                return false;
            }
        }
        return true;
    }
}
