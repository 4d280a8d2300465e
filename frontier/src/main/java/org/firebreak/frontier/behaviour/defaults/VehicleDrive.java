package org.firebreak.frontier.behaviour.defaults;

import org.firebreak.core.terrain.TerrainSpeeds;
import org.firebreak.frontier.agent.Agent;
import org.firebreak.frontier.agent.BehaviourContext;
import org.firebreak.frontier.agent.OperationalBehaviour;
import org.firebreak.frontier.agent.Waypoint;

/**
 * Operational behaviour for groups in vehicles: legs ending at a {@link Waypoint.Kind#ROAD}
 * waypoint are driven at the scenario's road speed, every other leg at its off-road speed
 * ({@code terrain.vehicle_road_kmh}, {@code terrain.vehicle_off_road_kmh}). Slope is ignored:
 * at these speeds and over a 5-arc-minute elevation model it changes little.
 */
public final class VehicleDrive implements OperationalBehaviour {
    /** Registry id. */
    public static final String ID = "drive.vehicle";

    @Override
    public double speed(Agent agent, BehaviourContext context) {
        TerrainSpeeds s = context.speeds();
        return (agent.target().kind() == Waypoint.Kind.ROAD ? s.vehicleRoadKmh() : s.vehicleOffRoadKmh()) / 3.6;
    }

    @Override
    public boolean sameForGroup() {
        // the group's pace, the terrain and the light where the agent stands: nothing of the agent's own
        return true;
    }
}
