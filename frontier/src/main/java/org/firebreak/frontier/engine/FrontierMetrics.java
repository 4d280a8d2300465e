package org.firebreak.frontier.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.firebreak.core.terrain.Border;
import org.firebreak.core.terrain.Terrain;
import org.firebreak.frontier.agent.Agent;
import org.firebreak.frontier.agent.kind.AgentType;
import org.firebreak.frontier.scenario.GuardDeployment;

/**
 * The run's measures per official crossing and per border sector, counted from events as they
 * happen and cut into simulated hours. Sectors are each whole border with a crossing or a
 * patrol on it, then the patrol sectors of the scenario's deployments; a crossing point or an apprehension belongs to the
 * sectors of the nearest border whose stretch contains its position along that border.
 */
public final class FrontierMetrics implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    /** Counters of one official crossing. */
    public static final class CrossingCounts implements java.io.Serializable {
        private static final long serialVersionUID = 1L;
        /** People who reached the crossing and queued. */
        public long arrivals;
        /** People who crossed after screening. */
        public long crossed;
        /** Fighters identified by screening. */
        public long fightersIdentified;
        /** Fighters who crossed after screening without being identified. */
        public long fightersUndetected;
    }

    /** Counters of one border sector. */
    public static final class SectorCounts implements java.io.Serializable {
        private static final long serialVersionUID = 1L;
        /** Informal crossings of anyone in the sector. */
        public long informalCrossings;
        /** Fighters apprehended whose position belongs to the sector. */
        public long fightersApprehended;
        /** Fighters who crossed in the sector (informally, or officially at a crossing in it) undetected. */
        public long fightersUndetected;
    }

    /** A sector: a stretch of a border, km from its first vertex. */
    public record Sector(String id, String border, double fromKm, double toKm) implements java.io.Serializable {
    }

    private final Terrain terrain;
    private final List<Sector> sectors = new ArrayList<>();
    private final Map<String, CrossingCounts> crossings = new LinkedHashMap<>();
    private final Map<String, SectorCounts> bySector = new LinkedHashMap<>();
    private final Map<String, Long> arrivedAt = new LinkedHashMap<>();
    private final Set<Long> detectedGroups = new HashSet<>();
    /** Border and position along it, per position already located (crossing sites repeat). */
    private final Map<Long, double[]> located = new HashMap<>();
    private final Map<String, Integer> borderIndex = new HashMap<>();
    private long fightersUndetected;

    FrontierMetrics(Terrain terrain, List<String> officialCrossings, Iterable<GuardDeployment> deployments) {
        this.terrain = terrain;
        for (String id : officialCrossings) {
            crossings.put(id, new CrossingCounts());
        }
        int i = 0;
        Set<String> crossed = new HashSet<>();
        terrain.crossings().forEach(c -> crossed.add(c.borderId()));
        for (GuardDeployment d : deployments) {
            d.patrol().ifPresent(p -> crossed.add(p.border()));
        }
        for (Border b : terrain.borders()) {
            borderIndex.put(b.id(), i++);
            // whole borders with a crossing or a patrol on them: the others would only add rows of zeros
            if (crossed.contains(b.id())) {
                sectors.add(new Sector(b.id(), b.id(), 0, b.length() / 1000));
            }
        }
        for (GuardDeployment d : deployments) {
            d.patrol().ifPresent(p -> sectors.add(new Sector(d.id(), p.border(), p.fromKm(), p.toKm())));
        }
        for (Sector s : sectors) {
            bySector.put(s.id(), new SectorCounts());
        }
    }

    /** Counts one event. */
    void event(Agent agent, String event, String detail) {
        switch (event) {
            case Events.QUEUED -> counts(detail).arrivals++;
            case Events.DETECTED -> detectedGroups.add(agent.group().id());
            case Events.CROSSED -> crossed(agent, detail);
            case Events.APPREHENDED -> {
                if (agent.type() == AgentType.FIGHTER) {
                    if (detail.startsWith("screening-")) {
                        counts(detail.substring("screening-".length())).fightersIdentified++;
                    }
                    for (SectorCounts s : sectorsAt(agent.x(), agent.y())) {
                        s.fightersApprehended++;
                    }
                }
            }
            case Events.ARRIVED -> {
                if (agent.type() == AgentType.REFUGEE) {
                    arrivedAt.merge(detail, 1L, Long::sum);
                }
            }
            default -> {
            }
        }
    }

    private void crossed(Agent agent, String detail) {
        boolean fighterUnseen = agent.type() == AgentType.FIGHTER && !detectedGroups.contains(agent.group().id());
        if (fighterUnseen) {
            fightersUndetected++;
        }
        if (!Events.INFORMAL.equals(detail)) {
            CrossingCounts c = counts(detail);
            c.crossed++;
            if (fighterUnseen) {
                c.fightersUndetected++;
            }
        }
        List<SectorCounts> here = sectorsAt(agent.x(), agent.y());
        for (SectorCounts s : here) {
            if (Events.INFORMAL.equals(detail)) {
                s.informalCrossings++;
            }
            if (fighterUnseen) {
                s.fightersUndetected++;
            }
        }
    }

    private CrossingCounts counts(String crossingId) {
        return crossings.computeIfAbsent(crossingId, k -> new CrossingCounts());
    }

    private List<SectorCounts> sectorsAt(double x, double y) {
        long key = Double.doubleToLongBits(x) * 31 + Double.doubleToLongBits(y);
        double[] where = located.get(key);
        if (where == null) {
            where = locate(x, y);
            if (located.size() < 100_000) {
                located.put(key, where);
            }
        }
        List<SectorCounts> out = new ArrayList<>(2);
        if (where.length == 0) {
            return out;
        }
        String border = terrain.borders().get((int) where[0]).id();
        double km = where[1] / 1000;
        for (Sector s : sectors) {
            if (s.border().equals(border) && km >= s.fromKm() && km <= s.toKm()) {
                out.add(bySector.get(s.id()));
            }
        }
        return out;
    }

    /** @return {border index, metres along it} of the nearest border, or nothing without borders */
    private double[] locate(double x, double y) {
        Border best = null;
        double bestD = Double.POSITIVE_INFINITY;
        for (Border b : terrain.borders()) {
            double d = b.distance(x, y);
            if (d < bestD) {
                bestD = d;
                best = b;
            }
        }
        return best == null ? new double[0] : new double[] {borderIndex.get(best.id()), best.distanceAlong(x, y)};
    }

    /** @return counters per official crossing id, in terrain order */
    public Map<String, CrossingCounts> crossings() {
        return crossings;
    }

    /** @return the sectors: whole borders first, then patrol sectors in scenario order */
    public List<Sector> sectors() {
        return sectors;
    }

    /** @return counters per sector id */
    public Map<String, SectorCounts> sectorCounts() {
        return bySector;
    }

    /** @return fighters who crossed a border before their group was ever detected */
    public long fightersCrossedUndetected() {
        return fightersUndetected;
    }

    /** @return refugees arrived per destination label (place, crossing or camp), in order of first arrival */
    public Map<String, Long> arrivedAt() {
        return arrivedAt;
    }
}
