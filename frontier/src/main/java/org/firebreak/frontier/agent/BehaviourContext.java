package org.firebreak.frontier.agent;

import java.util.Optional;
import org.firebreak.core.terrain.Terrain;
import org.firebreak.frontier.agent.kind.AgentState;
import org.firebreak.frontier.scenario.GuardDeployment;
import org.firebreak.frontier.scenario.SourceSpec;

/** What a behaviour may see and do: the terrain, the clock, moving agents and recording events. */
public interface BehaviourContext {
    /** @return the terrain of the run */
    Terrain terrain();

    /**
     * @param group a group
     * @return the source it came from, for refugees and fighters
     */
    Optional<SourceSpec> source(Group group);

    /**
     * @param group a group
     * @return the deployment it belongs to, for guards
     */
    Optional<GuardDeployment> deployment(Group group);

    /**
     * The run's navigation fields over its cost surface, built on first use and shared by all
     * groups.
     *
     * @return the fields
     */
    org.firebreak.core.navigation.NavigationFields navigation();

    /** @return the road network of the terrain as a graph, built on first use */
    org.firebreak.core.navigation.RoadGraph roads();

    /** @return the scenario's speeds by kind of ground and for vehicles */
    org.firebreak.core.terrain.TerrainSpeeds speeds();

    /** @return simulated seconds per step */
    double stepSeconds();

    /** @return simulated seconds at the end of the step being computed */
    double timeSeconds();

    /**
     * Moves an agent (and keeps the spatial index in step).
     *
     * @param agent the agent
     * @param x new easting, metres
     * @param y new northing, metres
     */
    void relocate(Agent agent, double x, double y);

    /**
     * Records an event in the run's event log.
     *
     * @param agent the agent concerned
     * @param event event name, such as {@code crossed}
     * @param detail extra detail (a crossing id), or an empty string
     */
    void record(Agent agent, String event, String detail);

    /**
     * Puts an agent that has reached an official crossing into its screening queue. The
     * queue admits the step's arrivals together, in agent id order, after every agent has moved.
     *
     * @param agent the agent, now {@link org.firebreak.frontier.agent.kind.AgentState#QUEUEING}
     * @param crossingId the crossing's id
     */
    void queueForScreening(Agent agent, String crossingId);

    /**
     * The queue ahead at an official crossing, as a group on its way would judge it.
     *
     * @param crossingId an official crossing
     * @return people waiting divided by the crossing's screening capacity, hours (0 without a queue)
     */
    default double expectedWaitHours(String crossingId) {
        return 0;
    }

    /**
     * @param crossingId an official crossing
     * @return whether it screens people now (false while the scenario has it closed)
     */
    default boolean crossingOpen(String crossingId) {
        return true;
    }

    /**
     * @param x easting, metres
     * @param y northing, metres
     * @return the sun's elevation there now, degrees (negative below the horizon)
     */
    default double sunElevationDegrees(double x, double y) {
        return 90;
    }

    /**
     * The random stream of decisions. Decisions are taken one group at a time in group-id order,
     * so draws from it are reproducible.
     *
     * @return the stream
     */
    default ec.util.MersenneTwisterFast decisionRandom() {
        throw new UnsupportedOperationException("this context has no decision stream");
    }

    /**
     * The location graph of FLEE-style choices: towns, conflict zones, camps and official
     * crossings of the terrain, built once per run.
     *
     * @return the graph
     */
    default org.firebreak.frontier.navigation.LocationGraph locations() {
        throw new UnsupportedOperationException("this context has no location graph");
    }
}
