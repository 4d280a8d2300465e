package org.firebreak.frontier.engine;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import org.firebreak.core.terrain.Terrain;
import org.firebreak.frontier.agent.Agent;
import org.firebreak.frontier.agent.kind.AgentState;
import org.firebreak.frontier.agent.Fighter;
import org.firebreak.frontier.agent.Group;
import org.firebreak.frontier.agent.Guard;
import org.firebreak.frontier.agent.BehaviourContext;
import org.firebreak.frontier.detection.DetectionModel;
import org.firebreak.frontier.scenario.Scenario;
import sim.util.Bag;

/**
 * The sense phase, over positions from the start of the step: the spatial indices are rebuilt,
 * guards in id order look for fighter groups within range (one draw from the detection stream
 * per candidate group, taken in group-id order), and fighter groups note the guards they can
 * see, in guard-id order. Detections are left for the interact phase.
 */
final class SenseSystem implements StepSystem {
    private final Scenario scenario;
    private final Terrain terrain;
    private final Population population;
    private final SpatialIndex index;
    private final PendingInteractions pending;
    private final MersenneTwisterFast detectionRandom;
    private final BehaviourContext context;

    /**
     * @param scenario the detection law, the fighters' sighting range and the step length
     * @param terrain where
     * @param population the guards and fighters
     * @param index rebuilt here, then searched
     * @param pending receives the detections
     * @param detectionRandom the detection stream
     * @param context the run, for the light and for the fighters' strategies
     */
    SenseSystem(Scenario scenario, Terrain terrain, Population population, SpatialIndex index,
                PendingInteractions pending, MersenneTwisterFast detectionRandom, BehaviourContext context) {
        this.scenario = scenario;
        this.terrain = terrain;
        this.population = population;
        this.index = index;
        this.pending = pending;
        this.detectionRandom = detectionRandom;
        this.context = context;
    }

    @Override
    public void run(double from) {
        List<Agent> guards = population.guards();
        List<Agent> fighters = population.fighters();
        index.rebuild(guards, fighters);
        DetectionModel detection = scenario.agents().guard().detection();
        double range = detection.maxRangeM();
        if (range > 0 && !fighters.isEmpty()) {
            Set<Long> detectedNow = new HashSet<>();
            for (Agent guard : guards) {
                detect(guard, detection, range, detectedNow);
            }
        }
        sightings(guards, fighters);
    }

    private void detect(Agent guard, DetectionModel detection, double range, Set<Long> detectedNow) {
        double dt = scenario.time().stepSeconds();
        Bag near = index.fightersNear(guard.x(), guard.y(), range);
        // nearest member of each fighter group in range (of equally near ones, members of a
        // group walking together, the first by id); the index returns neighbours in hash
        // order, so groups are taken in id order for determinism
        TreeMap<Long, Agent> nearest = new TreeMap<>();
        for (Object o : near) {
            if (o instanceof Fighter f && detectable(f) && !detectedNow.contains(f.group().id())) {
                Agent other = nearest.get(f.group().id());
                double df = distance(guard, f);
                double dOther = other == null ? Double.POSITIVE_INFINITY : distance(guard, other);
                if (df < dOther || (df == dOther && f.id() < other.id())) {
                    nearest.put(f.group().id(), f);
                }
            }
        }
        for (Agent f : nearest.values()) {
            double p = detection.probability(guard.x(), guard.y(), f.x(), f.y(), detectableMembers(f.group()),
                    context.sunElevationDegrees(f.x(), f.y()), dt, terrain);
            // one draw per candidate whatever the chance, so conditions never shift later draws
            if (detectionRandom.nextDouble() < p) {
                detectedNow.add(f.group().id());
                pending.detected(guard, f);
            }
        }
    }

    private static boolean detectable(Agent f) {
        AgentState st = f.state();
        // among civilians in a queue or in screening, fighters are left to screening
        return !st.terminal() && st != AgentState.QUEUEING && st != AgentState.SCREENING;
    }

    private static double distance(Agent a, Agent b) {
        return Math.hypot(a.x() - b.x(), a.y() - b.y());
    }

    /** @return members of the group a guard could see: those moving over open ground */
    private static int detectableMembers(Group g) {
        int n = 0;
        for (Agent m : g.members()) {
            if (detectable(m)) {
                n++;
            }
        }
        return n;
    }

    /** Fighter groups note the guards they can see, and may change their plans. */
    private void sightings(List<Agent> guards, List<Agent> fighters) {
        double sight = scenario.agents().fighter().sightingRangeM();
        if (sight <= 0 || guards.isEmpty()) {
            return;
        }
        long lastGroup = -1;
        for (Agent f : fighters) {
            if (f.group().id() == lastGroup || !detectable(f)) {
                continue;
            }
            lastGroup = f.group().id();
            Bag near = index.guardsNear(f.x(), f.y(), sight);
            List<Agent> seen = new ArrayList<>();
            for (Object o : near) {
                if (o instanceof Guard g) {
                    seen.add(g);
                }
            }
            seen.sort(Comparator.comparingLong(Agent::id));
            for (Agent g : seen) {
                f.group().strategic().guardSighted(f.group(), g.x(), g.y(), context);
            }
        }
    }
}
