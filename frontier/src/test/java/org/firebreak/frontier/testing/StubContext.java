package org.firebreak.frontier.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.firebreak.core.terrain.Terrain;
import org.firebreak.frontier.agent.Agent;
import org.firebreak.frontier.agent.BehaviourContext;
import org.firebreak.frontier.agent.Group;
import org.firebreak.frontier.engine.ScreeningQueue;
import org.firebreak.frontier.scenario.GuardDeployment;
import org.firebreak.frontier.scenario.SourceSpec;
import sim.engine.SimState;

/**
 * A run context for unit tests of agents, behaviours and queues, without the whole model.
 * It is a {@link SimState} because {@link Agent#step} receives the running model.
 */
public final class StubContext extends SimState implements BehaviourContext {
    private static final long serialVersionUID = 1L;

    private final transient Terrain terrain;
    private final double stepSeconds;
    /** The queue agents join when they reach an official crossing (at {@link #now}), if any. */
    public transient ScreeningQueue queue;
    /** Events recorded, as "event detail" per agent, in order. */
    public final transient List<String> events = new ArrayList<>();
    /** Agents in the order they crossed. */
    public final transient List<Agent> crossed = new ArrayList<>();
    /** Simulated seconds at the end of the current step; tests advance it. */
    public double now;

    /**
     * @param terrain the terrain
     * @param stepSeconds the step length
     */
    public StubContext(Terrain terrain, double stepSeconds) {
        super(0);
        this.terrain = terrain;
        this.stepSeconds = stepSeconds;
    }

    @Override
    public Terrain terrain() {
        return terrain;
    }

    @Override
    public Optional<SourceSpec> source(Group group) {
        return Optional.empty();
    }

    @Override
    public Optional<GuardDeployment> deployment(Group group) {
        return Optional.empty();
    }

    @Override
    public org.firebreak.core.navigation.NavigationFields navigation() {
        throw new UnsupportedOperationException("no navigation fields in this stub");
    }

    @Override
    public org.firebreak.core.navigation.RoadGraph roads() {
        throw new UnsupportedOperationException("no road graph in this stub");
    }

    @Override
    public org.firebreak.core.terrain.TerrainSpeeds speeds() {
        return org.firebreak.core.terrain.TerrainSpeeds.defaults();
    }

    @Override
    public double stepSeconds() {
        return stepSeconds;
    }

    @Override
    public double timeSeconds() {
        return now;
    }

    @Override
    public void relocate(Agent agent, double x, double y) {
        agent.updatePosition(x, y);
    }

    @Override
    public void record(Agent agent, String event, String detail) {
        events.add(agent.id() + " " + event + " " + detail);
        if (event.equals("crossed")) {
            crossed.add(agent);
        }
    }

    @Override
    public void queueForScreening(Agent agent, String crossingId) {
        if (queue == null) {
            throw new IllegalStateException("no queue for " + crossingId);
        }
        queue.join(agent, now);
    }
}
