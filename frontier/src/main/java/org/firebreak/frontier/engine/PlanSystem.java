package org.firebreak.frontier.engine;

import java.util.List;
import org.firebreak.frontier.agent.Group;
import org.firebreak.frontier.agent.BehaviourContext;

/**
 * The plan phase: teams in pursuit are steered toward their targets; then, in id order, every
 * group with a new plan gets its route, and a group whose members have all reached their
 * waypoint moves on. It visits only the groups the {@link Agenda} holds (a group without
 * settled members and without a new plan has nothing to do here), and drops those it finds
 * finished.
 */
final class PlanSystem implements StepSystem {
    private final GuardForce force;
    private final List<Group> groups;
    private final Agenda agenda;
    private final BehaviourContext context;

    /**
     * @param force the border force
     * @param groups every group, in id order
     * @param agenda which groups to look at
     * @param context the run, for the tactical behaviours
     */
    PlanSystem(GuardForce force, List<Group> groups, Agenda agenda, BehaviourContext context) {
        this.force = force;
        this.groups = groups;
        this.agenda = agenda;
        this.context = context;
    }

    @Override
    public void run(double from) {
        force.steer();
        for (int i = agenda.nextToPlan(0); i >= 0; i = agenda.nextToPlan(i + 1)) {
            Group g = groups.get(i);
            if (g.finished()) {
                agenda.planned(i);
                continue;
            }
            // a group without settled members has nothing to do here, unless it has a new plan
            if (g.plan() == null || (g.settledMembers() == 0 && !g.needsRoute())) {
                continue;
            }
            if (g.needsRoute() || g.advanceIfTogether()) {
                g.setRoute(g.tactical().route(g, context));
            }
        }
    }
}
