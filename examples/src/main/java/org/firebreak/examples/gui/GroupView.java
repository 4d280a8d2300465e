package org.firebreak.examples.gui;

import java.util.Locale;
import org.firebreak.frontier.agent.Agent;
import org.firebreak.frontier.agent.Group;
import org.firebreak.frontier.agent.Plan;
import org.firebreak.frontier.agent.Waypoint;
import org.firebreak.frontier.agent.kind.AgentState;
import org.firebreak.frontier.engine.FrontierModel;

/** What an inspector shows of a group: its plan, route and how its members are doing, live. */
public final class GroupView {
    private final Group group;
    private final FrontierModel model;

    /**
     * @param group the group
     * @param model the running model
     */
    public GroupView(Group group, FrontierModel model) {
        this.group = group;
        this.model = model;
    }

    /** @return unique id */
    public long getId() {
        return Live.read(model, () -> group.id());
    }

    /** @return the members' type */
    public String getType() {
        return Live.read(model, () -> group.type().id());
    }

    /** @return the source or deployment it came from */
    public String getOrigin() {
        return Live.read(model, () -> group.origin());
    }

    /** @return members */
    public int getMembers() {
        return Live.read(model, () -> group.members().size());
    }

    /** @return members per state, e.g. "en_route 3, waiting 1" */
    public String getMemberStates() {
        return Live.<String>read(model, () -> {
            java.util.Map<AgentState, Integer> n = new java.util.EnumMap<>(AgentState.class);
            for (Agent a : group.members()) {
                n.merge(a.state(), 1, Integer::sum);
            }
            StringBuilder b = new StringBuilder();
            n.forEach((s, k) -> b.append(b.length() == 0 ? "" : ", ").append(s.id()).append(' ').append(k));
            return b.toString();
        });
    }

    /** @return the pace of its slowest member, as a multiplier on walking speed */
    public double getPaceFactor() {
        return Live.read(model, () -> group.paceFactor());
    }

    /** @return its plan's mode (travel, stopover, hold, patrol, intercept), or empty before the first decision */
    public String getPlan() {
        return Live.<String>read(model, () -> {
            Plan p = group.plan();
            return p == null ? "" : p.mode().name().toLowerCase(Locale.ROOT);
        });
    }

    /** @return where the plan leads */
    public String getDestination() {
        return Live.<String>read(model, () -> {
            Plan p = group.plan();
            return p == null ? "" : p.destination().label();
        });
    }

    /** @return the crossing or waypoint the plan goes through, if any */
    public String getVia() {
        return Live.<String>read(model, () -> {
            Plan p = group.plan();
            return p == null ? "" : p.via().map(Waypoint::label).orElse("");
        });
    }

    /** @return waypoints on its route */
    public int getRouteWaypoints() {
        return Live.read(model, () -> group.route().size());
    }

    /** @return its strategic, tactical and operational behaviours */
    public String getBehaviours() {
        return Live.read(model, () -> simple(group.strategic()) + " / " + simple(group.tactical()) + " / " + simple(group.operational()));
    }

    /** @return whether every member has arrived or been apprehended */
    public boolean isFinished() {
        return Live.read(model, () -> group.finished());
    }

    private static String simple(Object o) {
        return o.getClass().getSimpleName();
    }

    @Override
    public String toString() {
        return group.toString();
    }
}
