package org.firebreak.examples.gui;

import java.util.Locale;
import org.firebreak.core.terrain.Terrain;
import org.firebreak.frontier.agent.Agent;
import org.firebreak.frontier.agent.Waypoint;
import org.firebreak.frontier.engine.FrontierModel;

/**
 * What an inspector shows of one agent: read-only getters over the live agent, so the
 * inspector follows it as the model steps.
 */
public final class AgentView {
    private final Agent agent;
    private final FrontierModel model;
    private final Terrain terrain;

    /**
     * @param agent the agent
     * @param model the running model
     */
    public AgentView(Agent agent, FrontierModel model) {
        this.agent = agent;
        this.model = model;
        this.terrain = model.terrain();
    }

    /** @return the agent itself (for the display, not shown in the inspector) */
    Agent agent() {
        return agent;
    }

    /** @return unique id */
    public long getId() {
        return Live.read(model, () -> agent.id());
    }

    /** @return refugee, fighter or guard */
    public String getType() {
        return Live.read(model, () -> agent.type().id());
    }

    /** @return its state */
    public String getState() {
        return Live.read(model, () -> agent.state().id());
    }

    /** @return its group's id */
    public long getGroup() {
        return Live.read(model, () -> agent.group().id());
    }

    /** @return where its group came from (a source or a deployment) */
    public String getOrigin() {
        return Live.read(model, () -> agent.group().origin());
    }

    /** @return easting, km */
    public double getEastingKm() {
        return Live.read(model, () -> agent.x() / 1000);
    }

    /** @return northing, km */
    public double getNorthingKm() {
        return Live.read(model, () -> agent.y() / 1000);
    }

    /** @return longitude and latitude, degrees */
    public String getLonLat() {
        return Live.<String>read(model, () -> {
            double[] ll = terrain.geoReference().lonLat(agent.x(), agent.y());
            return String.format(Locale.ROOT, "%.4f, %.4f", ll[0], ll[1]);
        });
    }

    /** @return the country it is in, or empty */
    public String getCountry() {
        return Live.read(model, () -> terrain.countryAt(agent.x(), agent.y()).orElse(""));
    }

    /** @return its own multiplier on walking speed */
    public double getSpeedFactor() {
        return Live.read(model, () -> agent.speedFactor());
    }

    /** @return the waypoint it heads for, or empty */
    public String getHeadingFor() {
        return Live.<String>read(model, () -> {
            if (agent.group().route().isEmpty() || agent.leg() >= agent.group().route().size()) {
                return "";
            }
            Waypoint w = agent.target();
            return w.label() + " (" + w.kind().name().toLowerCase(Locale.ROOT) + ")";
        });
    }

    /** @return the distance to that waypoint, km */
    public double getDistanceToWaypointKm() {
        return Live.<Double>read(model, () -> {
            if (agent.group().route().isEmpty() || agent.leg() >= agent.group().route().size()) {
                return 0.0;
            }
            Waypoint w = agent.target();
            return Math.hypot(w.x() - agent.x(), w.y() - agent.y()) / 1000;
        });
    }

    @Override
    public String toString() {
        return agent.toString();
    }
}
