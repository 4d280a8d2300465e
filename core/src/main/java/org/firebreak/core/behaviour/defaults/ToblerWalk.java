package org.firebreak.core.behaviour.defaults;

import java.util.List;
import org.firebreak.core.agent.Agent;
import org.firebreak.core.agent.Waypoint;
import org.firebreak.core.behaviour.BehaviourContext;
import org.firebreak.core.behaviour.OperationalBehaviour;
import org.firebreak.core.param.ParameterSpec;
import org.firebreak.core.param.Parameters;
import org.firebreak.core.terrain.Tobler;

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
    public static final List<ParameterSpec> SPECS = List.of(PEAK_SPEED_KMH);

    private final double scale;

    /** @param parameters values for {@link #SPECS} */
    public ToblerWalk(Parameters parameters) {
        this.scale = parameters.get(PEAK_SPEED_KMH) / Tobler.PEAK_KMH;
    }

    @Override
    public double speed(Agent agent, BehaviourContext context) {
        Waypoint t = agent.target();
        double dx = t.x() - agent.x();
        double dy = t.y() - agent.y();
        double d = Math.hypot(dx, dy);
        double pace = agent.group().paceFactor() * scale;
        double probe = Math.min(d, pace * Tobler.metresPerSecond(0) * context.stepSeconds());
        if (probe <= 0) {
            return pace * Tobler.metresPerSecond(0);
        }
        double slope = (context.terrain().elevation(agent.x() + dx / d * probe, agent.y() + dy / d * probe)
                - context.terrain().elevation(agent.x(), agent.y())) / probe;
        return pace * Tobler.metresPerSecond(slope);
    }
}
