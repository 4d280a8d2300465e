package org.firebreak.examples.pictures;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.firebreak.frontier.agent.Agent;
import org.firebreak.frontier.agent.kind.AgentType;

/**
 * The paths agents took, kept only as finely as a map can show them: a position is added when
 * it lies at least a set distance from the last one kept (half a map pixel, say), so memory
 * grows with the distance walked, not with the steps simulated. Agents are kept in the order
 * first seen, which is fixed for a seed.
 */
final class Tracks {
    /** One agent's path: x, y pairs in metres. */
    static final class Track {
        private final AgentType type;
        private float[] xy = new float[8];
        private int n;

        private Track(AgentType type) {
            this.type = type;
        }

        /** @return the agent's type */
        AgentType type() {
            return type;
        }

        /** @return the positions kept */
        int size() {
            return n;
        }

        /** @return easting of position i, metres */
        double x(int i) {
            return xy[2 * i];
        }

        /** @return northing of position i, metres */
        double y(int i) {
            return xy[2 * i + 1];
        }

        private void add(double x, double y, double minSpacing) {
            if (n > 0) {
                double dx = x - xy[2 * n - 2];
                double dy = y - xy[2 * n - 1];
                if (dx * dx + dy * dy < minSpacing * minSpacing) {
                    return;
                }
            }
            if (2 * n + 2 > xy.length) {
                xy = Arrays.copyOf(xy, xy.length * 2);
            }
            xy[2 * n] = (float) x;
            xy[2 * n + 1] = (float) y;
            n++;
        }
    }

    private final double minSpacing;
    private final Map<Agent, Track> byAgent = new IdentityHashMap<>();
    private final List<Track> inOrder = new ArrayList<>();

    /** @param minSpacing metres between kept positions (0 keeps every change) */
    Tracks(double minSpacing) {
        this.minSpacing = minSpacing;
    }

    /**
     * Adds the agent's current position to its track.
     *
     * @param a the agent
     */
    void add(Agent a) {
        Track t = byAgent.get(a);
        if (t == null) {
            t = new Track(a.type());
            byAgent.put(a, t);
            inOrder.add(t);
        }
        t.add(a.x(), a.y(), minSpacing);
    }

    /** @return tracks with at least two positions (the agent moved), by type, in the order first seen */
    Map<AgentType, List<Track>> moved() {
        Map<AgentType, List<Track>> out = new EnumMap<>(AgentType.class);
        for (AgentType type : AgentType.values()) {
            out.put(type, new ArrayList<>());
        }
        for (Track t : inOrder) {
            if (t.size() >= 2) {
                out.get(t.type()).add(t);
            }
        }
        return out;
    }
}
