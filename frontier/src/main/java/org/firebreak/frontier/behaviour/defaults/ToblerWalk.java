package org.firebreak.frontier.behaviour.defaults;

import java.util.List;
import org.firebreak.core.param.ParameterSpec;
import org.firebreak.core.param.Parameters;
import org.firebreak.core.terrain.Tobler;
import org.firebreak.frontier.agent.Agent;
import org.firebreak.frontier.agent.BehaviourContext;
import org.firebreak.frontier.agent.OperationalBehaviour;
import org.firebreak.frontier.agent.Waypoint;

/**
 * Operational default: walk at Tobler's hiking speed for the slope ahead, scaled by the
 * group's pace (its slowest member's speed factor) and by {@code peak_speed_kmh / 6}.
 *
 * <p>The slope is measured over the ground the agent is about to cover in one step (or to its
 * waypoint, if nearer), so a step never averages a climb with the descent beyond it.
 */
public final class ToblerWalk implements OperationalBehaviour {
    /** Registry id. */
    public static final String ID = "walk.tobler";
    /** Peak speed of Tobler's function (6 km/h in Tobler 1993). */
    public static final ParameterSpec PEAK_SPEED_KMH = new ParameterSpec("peak_speed_kmh", "km/h", 1, 12,
            Tobler.PEAK_KMH, "peak of Tobler's hiking function, reached on a 5% descent (Tobler 1993: 6 km/h)");
    /** Its parameters. */
    /** Resting at night. */
    public static final ParameterSpec REST_AT_NIGHT = new ParameterSpec("rest_at_night", "", 0, 1, 0,
            "1: the group rests while the sun is more than 6 degrees below the horizon (after civil dusk)");
    /** Moving only at night. */
    public static final ParameterSpec NIGHT_ONLY = new ParameterSpec("night_only", "", 0, 1, 0,
            "1: the group moves only while the sun is more than 6 degrees below the horizon, and hides by day");
    /** Its parameters. */
    public static final List<ParameterSpec> SPECS = List.of(PEAK_SPEED_KMH, REST_AT_NIGHT, NIGHT_ONLY);
    /** Civil twilight ends when the sun's centre is 6 degrees below the horizon. */
    public static final double CIVIL_DUSK_DEGREES = -6;

    /** Tobler's speed on the flat, m/s. */
    private static final double FLAT_METRES_PER_SECOND = Tobler.metresPerSecond(0);

    private final double scale;
    private final boolean restAtNight;
    private final boolean nightOnly;

    /** @param parameters values for {@link #SPECS} */
    public ToblerWalk(Parameters parameters) {
        this.scale = parameters.get(PEAK_SPEED_KMH) / Tobler.PEAK_KMH;
        this.restAtNight = parameters.get(REST_AT_NIGHT) >= 0.5;
        this.nightOnly = parameters.get(NIGHT_ONLY) >= 0.5;
        if (restAtNight && nightOnly) {
            throw new IllegalArgumentException("rest_at_night and night_only cannot both be 1");
        }
    }

    @Override
    public double speed(Agent agent, BehaviourContext context) {
        Waypoint t = agent.target();
        double dx = t.x() - agent.x();
        double dy = t.y() - agent.y();
        return speed(agent, dx, dy, Math.sqrt(dx * dx + dy * dy), context);
    }

    @Override
    public double speed(Agent agent, double dx, double dy, double d, BehaviourContext context) {
        if (restAtNight || nightOnly) {
            boolean night = context.sunElevationDegrees(agent.x(), agent.y()) < CIVIL_DUSK_DEGREES;
            if (night == restAtNight) {
                return 0;
            }
        }
        double pace = agent.group().paceFactor() * scale;
        double probe = Math.min(d, pace * FLAT_METRES_PER_SECOND * context.stepSeconds());
        if (probe <= 0) {
            return pace * FLAT_METRES_PER_SECOND;
        }
        double slope = (context.terrain().elevation(agent.x() + dx / d * probe, agent.y() + dy / d * probe)
                - context.terrain().elevation(agent.x(), agent.y())) / probe;
        return pace * Tobler.metresPerSecond(slope);
    }

    @Override
    public boolean sameForGroup() {
        // the group's pace, the terrain and the light where the agent stands: nothing of the agent's own
        return true;
    }
}
