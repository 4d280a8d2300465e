package org.firebreak.frontier.engine;

import java.util.BitSet;
import java.util.List;
import org.firebreak.frontier.agent.Group;

/**
 * The groups the decide and plan phases visit, by id: a group tells its watcher when its need
 * for a decision, its plan, its route, its members or its count of settled members change, and
 * the agenda keeps two sets of ids from that (see docs/design.md, "Phases and order
 * independence").
 */
final class Agenda implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    /** Groups that need a decision: exactly those whose needsDecision is set. */
    private final BitSet toDecide = new BitSet();
    /**
     * Groups the plan phase must look at: those with a plan and a settled member or a plan
     * waiting for a route, less those the phase found finished since they last changed.
     */
    private final BitSet toPlan = new BitSet();

    /** Forgets every group, for a new run. */
    void clear() {
        toDecide.clear();
        toPlan.clear();
    }

    /** @param g a new group, to be kept track of from now on */
    void track(Group g) {
        g.watch(this::watched);
        watched(g);
    }

    /**
     * Watches groups read back from a checkpoint (watchers are not part of it); the sets, which
     * are, already hold them.
     *
     * @param groups every group of the run
     */
    void rewatch(List<Group> groups) {
        for (Group g : groups) {
            g.watch(this::watched);
        }
    }

    private void watched(Group g) {
        int i = (int) g.id();
        toDecide.set(i, g.needsDecision());
        toPlan.set(i, g.plan() != null && (g.settledMembers() > 0 || g.needsRoute()));
    }

    /**
     * @param from a group id
     * @return the lowest id from there on of a group that needs a decision, or -1
     */
    int nextToDecide(int from) {
        return toDecide.nextSetBit(from);
    }

    /**
     * @param from a group id
     * @return the lowest id from there on of a group the plan phase must look at, or -1
     */
    int nextToPlan(int from) {
        return toPlan.nextSetBit(from);
    }

    /** @param id a finished group, which the plan phase need not look at until it changes */
    void planned(int id) {
        toPlan.clear(id);
    }

    /**
     * @param g a group
     * @return whether the decide and plan phases would visit it now
     */
    boolean[] visits(Group g) {
        return new boolean[] {toDecide.get((int) g.id()), toPlan.get((int) g.id())};
    }
}
