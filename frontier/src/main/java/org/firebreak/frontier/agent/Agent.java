package org.firebreak.frontier.agent;

import org.firebreak.frontier.agent.kind.AgentState;
import org.firebreak.frontier.agent.kind.AgentType;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * One person in the regional model. An agent is a MASON {@link Steppable}: its
 * {@code step} is its operational decision, moving it toward its group's current waypoint
 * by the distance its group's operational behaviour gives. Strategic and tactical decisions
 * are the group's ({@link Group}).
 *
 * <p>An agent is always in exactly one {@link AgentState}; the state changes only through
 * the methods here, each of which records its event.
 */
public abstract sealed class Agent implements Steppable permits Refugee, Fighter, Guard {
    private static final long serialVersionUID = 1L;
    private static final double EPS = 1e-6;

    private final long id;
    private Group group;
    private final double speedFactor;
    private AgentState state;
    private double x;
    private double y;
    private int leg;
    private boolean atWaypoint;

    /**
     * @param id unique, in creation order
     * @param group the group it moves with
     * @param speedFactor its own multiplier on terrain walking speed
     * @param x starting easting, metres
     * @param y starting northing, metres
     */
    protected Agent(long id, Group group, double speedFactor, double x, double y) {
        if (!(speedFactor > 0) || !Double.isFinite(speedFactor)) {
            throw new IllegalArgumentException("agent " + id + ": speed factor must be positive, was " + speedFactor);
        }
        this.id = id;
        this.group = group;
        this.speedFactor = speedFactor;
        this.x = x;
        this.y = y;
        this.state = AgentState.EN_ROUTE;
    }

    /** @return the agent's type */
    public abstract AgentType type();

    /** @return unique id, in creation order */
    public long id() {
        return id;
    }

    /** @return the group it moves with */
    public Group group() {
        return group;
    }

    /** @return its own multiplier on terrain walking speed */
    public double speedFactor() {
        return speedFactor;
    }

    /** @return its current state */
    public AgentState state() {
        return state;
    }

    /** @return easting, metres */
    public double x() {
        return x;
    }

    /** @return northing, metres */
    public double y() {
        return y;
    }

    /** @return index of its current waypoint in the group's route */
    public int leg() {
        return leg;
    }

    /** @return whether it has reached its current waypoint and waits for its group */
    public boolean atWaypoint() {
        return atWaypoint;
    }

    /** @return the waypoint it is heading for */
    public Waypoint target() {
        return group.route().get(leg);
    }

    /** @return whether it moves this step */
    public boolean moving() {
        return !atWaypoint && (state == AgentState.EN_ROUTE || state == AgentState.PATROLLING
                || state == AgentState.RESPONDING);
    }

    /**
     * The operational step: spend the step's time moving along the route at the speed the
     * group's operational behaviour gives for each leg. Waypoints that are only points of the
     * way are passed through with the time left; the agent stops at an official crossing (to
     * queue), at the end of its route, and to wait for its group after screening.
     *
     * @param simState the running model, which is also the {@link BehaviourContext}
     */
    @Override
    public void step(SimState simState) {
        advance((BehaviourContext) simState, false);
    }

    /**
     * The operational step of {@link #step}, taken only if it records no event and queues no
     * one: if the agent would stop at a waypoint this step (to queue, at the end of its route)
     * or cross a border informally, it is left exactly as it was and the call returns false;
     * {@link #step} then takes the same step with its events. A step without events changes
     * the agent alone, so an engine may take such steps for many agents at once.
     *
     * @param context the run
     * @return whether the step was taken
     */
    public boolean stepWithoutEvents(BehaviourContext context) {
        return advance(context, true);
    }

    /**
     * Takes the step another member of its group has just taken without events
     * ({@link #stepWithoutEvents}) from the same position, waypoint and state: the step this
     * agent would have taken itself when its group's operational behaviour is
     * {@linkplain org.firebreak.frontier.agent.OperationalBehaviour#sameForGroup the same for
     * the whole group}. The engine checks those conditions.
     *
     * @param twin a member of the same group
     * @param context the run
     */
    public void repeatStepOf(Agent twin, BehaviourContext context) {
        if (twin.group != group) {
            throw new IllegalArgumentException("agent " + twin.id + " is not of agent " + id + "'s group");
        }
        leg = twin.leg;
        context.relocate(this, twin.x, twin.y);
    }

    private boolean advance(BehaviourContext context, boolean withoutEvents) {
        double time = context.stepSeconds();
        double x0 = x;
        double y0 = y;
        int leg0 = leg;
        // bounded: each pass either ends the step or moves on to the next waypoint of the route
        for (int legs = 0; legs <= group.route().size() && moving() && time > 0; legs++) {
            Waypoint t = target();
            double dx = t.x() - x;
            double dy = t.y() - y;
            double d = Math.sqrt(dx * dx + dy * dy);
            if (d > EPS) {
                double v = group.operational().speed(this, dx, dy, d, context);
                if (!(v >= 0) || !Double.isFinite(v)) {
                    throw new IllegalStateException("operational behaviour of group " + group.id() + " gave speed " + v
                            + " m/s for agent " + id);
                }
                if (v * time < d - EPS) {
                    context.relocate(this, x + dx / d * v * time, y + dy / d * v * time);
                    return true;
                }
                time -= d / v;
            }
            if (withoutEvents && !passedThrough(t)) {
                context.relocate(this, x0, y0);
                leg = leg0;
                return false;
            }
            context.relocate(this, t.x(), t.y());
            reach(t, context);
        }
        return true;
    }

    /** Whether reaching the current waypoint only moves the agent on to the next (see {@link #reach}). */
    private boolean passedThrough(Waypoint t) {
        boolean journey = group.plan().journey();
        return leg < group.route().size() - 1
                && !(journey && (t.kind() == Waypoint.Kind.SCREENING || t.kind() == Waypoint.Kind.INFORMAL_CROSSING));
    }

    /** Arrival at the current waypoint: queue, pass through, or stop at the route's end. */
    private void reach(Waypoint t, BehaviourContext context) {
        boolean last = leg == group.route().size() - 1;
        Plan plan = group.plan();
        if (t.kind() == Waypoint.Kind.SCREENING && plan.journey()) {
            setState(AgentState.QUEUEING);
            context.record(this, "queued", t.label());
            context.queueForScreening(this, t.label());
            return;
        }
        if (t.kind() == Waypoint.Kind.INFORMAL_CROSSING && plan.journey()) {
            context.record(this, "crossed", "informal");
        }
        if (!last) {
            leg++;
            return;
        }
        setAtWaypoint(true);
        switch (plan.mode()) {
            case TRAVEL -> {
                setState(AgentState.ARRIVED);
                context.record(this, "arrived", t.label());
            }
            case HOLD -> {
                if (state != AgentState.ON_POST) {
                    setState(AgentState.ON_POST);
                    context.record(this, "on_post", t.label());
                }
            }
            case STOPOVER -> setState(AgentState.WAITING);
            case PATROL -> setState(AgentState.PATROLLING);
            case INTERCEPT -> setState(AgentState.RESPONDING);
            default -> throw new IllegalStateException(plan.mode().toString());
        }
    }

    /**
     * Called by the engine when the agent's screening starts.
     *
     * @param context the run
     */
    public void startScreening(BehaviourContext context) {
        requireState(AgentState.QUEUEING);
        setState(AgentState.SCREENING);
    }

    /**
     * Called by the engine when the agent has been screened: it has crossed, and waits for its group.
     *
     * @param crossingId the crossing
     * @param context the run
     */
    public void finishScreening(String crossingId, BehaviourContext context) {
        requireState(AgentState.SCREENING);
        boolean last = leg == group.route().size() - 1;
        context.record(this, "crossed", crossingId);
        setAtWaypoint(true);
        if (last && group.plan().mode() == Plan.Mode.TRAVEL) {
            setState(AgentState.ARRIVED);
            context.record(this, "arrived", crossingId);
        } else {
            setState(AgentState.WAITING);
        }
    }

    /**
     * Stops and holds the agent.
     *
     * @param byGuard id of the guard apprehending it
     * @param context the run
     */
    public void apprehend(long byGuard, BehaviourContext context) {
        apprehend("guard-" + byGuard, context);
    }

    /**
     * Stops and holds the agent.
     *
     * @param by who holds it: a guard ("guard-17") or screening at a crossing ("screening-zurbatiyah")
     * @param context the run
     */
    public void apprehend(String by, BehaviourContext context) {
        if (state.terminal()) {
            return;
        }
        setState(AgentState.APPREHENDED);
        setAtWaypoint(false);
        context.record(this, "apprehended", by);
    }

    /**
     * Takes the agent out of a screening line that has closed: it waits where it is and its
     * group decides again.
     */
    public void turnAway() {
        requireState(AgentState.QUEUEING);
        setState(AgentState.WAITING);
        setAtWaypoint(true);
        group.requestDecision();
    }

    /**
     * Sends the agent to the given leg of its group's route.
     *
     * @param newLeg index into the route
     * @param movingState the state it moves in
     */
    void setOff(int newLeg, AgentState movingState) {
        if (state.terminal() || state == AgentState.QUEUEING || state == AgentState.SCREENING) {
            return;
        }
        leg = newLeg;
        setAtWaypoint(false);
        if (!(state == AgentState.ON_POST && group.plan().mode() == Plan.Mode.HOLD)) {
            setState(movingState);
        }
    }

    /**
     * Ends a stopover or a screening wait as arrival: the group has settled where it is.
     *
     * @param where the location's label
     * @param context the run
     */
    public void settle(String where, BehaviourContext context) {
        if (state.terminal()) {
            return;
        }
        setState(AgentState.ARRIVED);
        setAtWaypoint(true);
        context.record(this, "arrived", where);
    }

    /**
     * Moves the agent into another group of its type (guards reassigned between deployments).
     *
     * @param newGroup its new group
     */
    void joinGroup(Group newGroup) {
        if (newGroup.type() != type()) {
            throw new IllegalArgumentException(this + " cannot join " + newGroup);
        }
        group = newGroup;
        leg = 0;
        atWaypoint = false;
        if (!state.terminal()) {
            state = AgentState.EN_ROUTE;
        }
    }

    /**
     * Keeps the agent's own record of its position; called by the engine's spatial index only.
     *
     * @param newX easting, metres
     * @param newY northing, metres
     */
    public void updatePosition(double newX, double newY) {
        this.x = newX;
        this.y = newY;
    }

    // every change of state and of atWaypoint after construction goes through these two, which
    // keep the group's count of settled members (see Group#settledMembers)
    private void setState(AgentState newState) {
        boolean was = settled();
        state = newState;
        if (settled() != was) {
            group.memberSettled(!was);
        }
    }

    private void setAtWaypoint(boolean at) {
        boolean was = settled();
        atWaypoint = at;
        if (settled() != was) {
            group.memberSettled(!was);
        }
    }

    /** @return whether it has arrived, been apprehended or reached a waypoint where it waits */
    boolean settled() {
        return atWaypoint || state.terminal();
    }

    private void requireState(AgentState expected) {
        if (state != expected) {
            throw new IllegalStateException("agent " + id + " is " + state + ", expected " + expected);
        }
    }

    @Override
    public String toString() {
        return type().id() + " " + id + " (" + state.id() + ")";
    }
}
