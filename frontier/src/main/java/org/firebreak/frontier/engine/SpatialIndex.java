package org.firebreak.frontier.engine;

import java.util.List;
import org.firebreak.frontier.agent.Agent;
import org.firebreak.frontier.agent.kind.AgentType;
import org.locationtech.jts.geom.Envelope;
import sim.field.continuous.Continuous2D;
import sim.util.Bag;
import sim.util.Double2D;

/**
 * The spatial indices of a run, in field coordinates (terrain metres shifted so that the
 * terrain starts at 0, 0): guards and fighters apart, because each searches only for the other
 * and guards stand by the hundred at their posts. They are rebuilt from the agents' positions
 * when the sense phase needs them, so moving an agent changes nothing but the agent.
 */
final class SpatialIndex implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private Continuous2D guardField;
    private Continuous2D fighterField;
    private double discretization;
    private double originX;
    private double originY;

    /**
     * Empties the indices, for a new run.
     *
     * @param bounds the terrain's extent, metres
     * @param cell the indices' bucket size, metres
     */
    void reset(Envelope bounds, double cell) {
        originX = bounds.getMinX();
        originY = bounds.getMinY();
        discretization = cell;
        guardField = new Continuous2D(cell, bounds.getWidth(), bounds.getHeight());
        fighterField = new Continuous2D(cell, bounds.getWidth(), bounds.getHeight());
    }

    /**
     * MASON's sparse fields bucket positions by truncating toward zero, which puts negative
     * coordinates in the wrong cells; projected terrains often have them. The fields therefore
     * hold positions relative to the terrain's south-west corner.
     *
     * @param x easting in terrain metres
     * @param y northing in terrain metres
     * @return the position in field coordinates
     */
    Double2D toField(double x, double y) {
        return new Double2D(x - originX, y - originY);
    }

    /**
     * @param a a new guard or fighter
     * @param x where it stands, easting in terrain metres
     * @param y northing
     */
    void add(Agent a, double x, double y) {
        (a.type() == AgentType.GUARD ? guardField : fighterField).setObjectLocation(a, toField(x, y));
    }

    /**
     * Puts every guard and fighter where it is now into the indices.
     *
     * @param guards every guard, in id order
     * @param fighters every fighter, in id order
     */
    void rebuild(List<Agent> guards, List<Agent> fighters) {
        guardField.clear();
        for (Agent a : guards) {
            guardField.setObjectLocation(a, toField(a.x(), a.y()));
        }
        fighterField.clear();
        for (Agent a : fighters) {
            fighterField.setObjectLocation(a, toField(a.x(), a.y()));
        }
    }

    /** @return the fighters within range of a point in terrain metres, in the index's (hash) order */
    Bag fightersNear(double x, double y, double range) {
        return fighterField.getNeighborsExactlyWithinDistance(toField(x, y), range);
    }

    /** @return the guards within range of a point in terrain metres, in the index's (hash) order */
    Bag guardsNear(double x, double y, double range) {
        return guardField.getNeighborsExactlyWithinDistance(toField(x, y), range);
    }

    /**
     * @param bounds the terrain's extent, metres
     * @param guards every guard
     * @param fighters every fighter
     * @return a new index of them all, where they are now
     */
    Continuous2D snapshot(Envelope bounds, List<Agent> guards, List<Agent> fighters) {
        Continuous2D all = new Continuous2D(discretization, bounds.getWidth(), bounds.getHeight());
        for (Agent a : guards) {
            all.setObjectLocation(a, toField(a.x(), a.y()));
        }
        for (Agent a : fighters) {
            all.setObjectLocation(a, toField(a.x(), a.y()));
        }
        return all;
    }
}
