package org.firebreak.frontier.agent;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.firebreak.frontier.agent.kind.AgentState;
import org.firebreak.frontier.agent.kind.AgentType;

/**
 * People who move together: a family, a fighter group, a guard team. The group owns the
 * strategic and tactical decisions (its {@link Plan} and route); its members step
 * themselves along the route at the pace of the slowest of them, and wait for each other
 * after screening at an official crossing (see {@link #advanceIfTogether}).
 */
public final class Group implements Serializable {
    private static final long serialVersionUID = 1L;

    private final long id;
    private final AgentType type;
    private final String origin;
    private final StrategicBehaviour strategic;
    private final TacticalBehaviour tactical;
    private final OperationalBehaviour operational;
    private final List<Agent> members = new ArrayList<>();
    private final List<Agent> membersView = Collections.unmodifiableList(members);
    private Plan plan;
    private List<Waypoint> route = List.of();
    private boolean needsDecision = true;
    private boolean needsRoute;
    private double paceFactor = Double.NaN;
    private TacticalBehaviour tacticalOverride;
    private OperationalBehaviour operationalOverride;
    private int settled;
    private transient Consumer<Group> watcher;

    /**
     * @param id unique, in creation order
     * @param type the members' type
     * @param origin id of the source or deployment it came from
     * @param strategic where it goes
     * @param tactical which way
     * @param operational how its members move
     */
    public Group(long id, AgentType type, String origin, StrategicBehaviour strategic, TacticalBehaviour tactical,
                 OperationalBehaviour operational) {
        this.id = id;
        this.type = Objects.requireNonNull(type, "type");
        this.origin = Objects.requireNonNull(origin, "origin");
        this.strategic = Objects.requireNonNull(strategic, "strategic");
        this.tactical = Objects.requireNonNull(tactical, "tactical");
        this.operational = Objects.requireNonNull(operational, "operational");
    }

    /**
     * Adds a member while the group is formed.
     *
     * @param agent a new agent of this group's type
     */
    public void add(Agent agent) {
        if (agent.group() != this || agent.type() != type) {
            throw new IllegalArgumentException("agent " + agent.id() + " does not belong to group " + id);
        }
        members.add(agent);
        if (agent.settled()) {
            settled++;
        }
        changed();
        paceFactor = Double.isNaN(paceFactor) ? agent.speedFactor() : Math.min(paceFactor, agent.speedFactor());
    }

    /** @return unique id */
    public long id() {
        return id;
    }

    /** @return the members' type */
    public AgentType type() {
        return type;
    }

    /** @return id of the source or deployment it came from */
    public String origin() {
        return origin;
    }

    /** @return its members, in creation order */
    public List<Agent> members() {
        return membersView;
    }

    /** @return the speed factor of its slowest member: the group's pace */
    public double paceFactor() {
        return paceFactor;
    }

    /** @return its strategic behaviour */
    public StrategicBehaviour strategic() {
        return strategic;
    }

    /** @return its tactical behaviour */
    public TacticalBehaviour tactical() {
        return tacticalOverride != null ? tacticalOverride : tactical;
    }

    /** @return its operational behaviour */
    public OperationalBehaviour operational() {
        return operationalOverride != null ? operationalOverride : operational;
    }

    /**
     * Replaces the group's own tactical and operational behaviours for a while (a transfer by
     * road, a pursuit), or restores them.
     *
     * @param tacticalBehaviour the temporary tactical behaviour, or null to restore the group's own
     * @param operationalBehaviour the temporary operational behaviour, or null to restore the group's own
     */
    public void override(TacticalBehaviour tacticalBehaviour, OperationalBehaviour operationalBehaviour) {
        tacticalOverride = tacticalBehaviour;
        operationalOverride = operationalBehaviour;
    }

    /** @return whether temporary behaviours are in force */
    public boolean overridden() {
        return tacticalOverride != null || operationalOverride != null;
    }

    /**
     * Moves members into another group of the same type (guards reassigned between deployments).
     *
     * @param moving members of this group
     * @param to the group they join
     */
    public void transfer(List<Agent> moving, Group to) {
        for (Agent a : moving) {
            if (!members.remove(a)) {
                throw new IllegalArgumentException(a + " is not a member of " + this);
            }
            if (a.settled()) {
                settled--;
            }
            a.joinGroup(to);
            to.add(a);
        }
        changed();
        paceFactor = Double.NaN;
        for (Agent a : members) {
            paceFactor = Double.isNaN(paceFactor) ? a.speedFactor() : Math.min(paceFactor, a.speedFactor());
        }
    }

    /** @return whether every member still moving waits together at the end of a stopover plan */
    public boolean atStopover() {
        if (plan == null || plan.mode() != Plan.Mode.STOPOVER) {
            return false;
        }
        boolean any = false;
        for (Agent a : members) {
            if (a.state().terminal()) {
                continue;
            }
            if (a.state() != AgentState.WAITING || !a.atWaypoint() || a.leg() != route.size() - 1) {
                return false;
            }
            any = true;
        }
        return any;
    }

    /** @return its current plan; null until the first strategic decision */
    public Plan plan() {
        return plan;
    }

    /** @return its current route; empty until the first tactical decision */
    public List<Waypoint> route() {
        return route;
    }

    /** @return whether the strategic behaviour must decide at the next decide phase */
    public boolean needsDecision() {
        return needsDecision;
    }

    /** Asks for a new strategic decision at the next decide phase. */
    public void requestDecision() {
        needsDecision = true;
        changed();
    }

    /**
     * Sets the group's plan; the route is rebuilt at the next plan phase.
     *
     * @param newPlan the strategic decision
     */
    public void setPlan(Plan newPlan) {
        Objects.requireNonNull(newPlan, "plan");
        needsDecision = false;
        if (newPlan.equals(plan) && !route.isEmpty()) {
            // the same decision again (a group reconsidering on its way): keep the route
            changed();
            return;
        }
        plan = newPlan;
        needsRoute = true;
        changed();
    }

    /** @return whether the route must be rebuilt at the next plan phase */
    public boolean needsRoute() {
        return needsRoute;
    }

    /**
     * Sets a new route and sends every active member to its first waypoint.
     *
     * @param newRoute the route, not empty
     */
    public void setRoute(List<Waypoint> newRoute) {
        if (newRoute.isEmpty()) {
            throw new IllegalArgumentException("group " + id + ": empty route");
        }
        route = List.copyOf(newRoute);
        needsRoute = false;
        changed();
        for (Agent a : members) {
            a.setOff(0, plan.movingState());
        }
    }

    /**
     * Members that have arrived, been apprehended or reached a waypoint where they wait. While
     * there are none, the group has nothing to decide about moving on ({@link #advanceIfTogether}
     * does nothing) and is not {@link #finished}, so an engine can pass it by cheaply.
     *
     * @return how many members are settled
     */
    public int settledMembers() {
        return settled;
    }

    void memberSettled(boolean nowSettled) {
        settled += nowSettled ? 1 : -1;
        changed();
    }

    /**
     * Lets an engine follow what its decide and plan phases look at, so they need not visit
     * every group at every step.
     *
     * @param w told whenever {@link #needsDecision}, the plan, {@link #needsRoute}, the members
     *     or {@link #settledMembers} change, on the thread that changed them
     */
    public void watch(Consumer<Group> w) {
        watcher = w;
    }

    private void changed() {
        if (watcher != null) {
            watcher.accept(this);
        }
    }

    /** @return whether every member is arrived or apprehended */
    public boolean finished() {
        if (members.isEmpty()) {
            return true;
        }
        for (Agent a : members) {
            if (!a.state().terminal()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Moves the group on when every active member has reached the current waypoint.
     *
     * @return whether the whole group stands at the end of its route, without having arrived
     *     (a patrol at a sector end): the tactical behaviour should give a new route
     */
    public boolean advanceIfTogether() {
        int leg = -1;
        boolean anyActive = false;
        for (Agent a : members) {
            if (a.state().terminal()) {
                continue;
            }
            anyActive = true;
            if (!a.atWaypoint() || (leg >= 0 && a.leg() != leg)) {
                return false;
            }
            leg = a.leg();
        }
        if (!anyActive || plan == null) {
            return false;
        }
        if (leg < route.size() - 1) {
            for (Agent a : members) {
                a.setOff(leg + 1, plan.movingState());
            }
            return false;
        }
        return plan.mode() == Plan.Mode.PATROL;
    }

    @Override
    public String toString() {
        return type.id() + " group " + id + " (" + members.size() + ")";
    }
}
