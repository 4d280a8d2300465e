package org.firebreak.frontier.behaviour.defaults;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.firebreak.core.param.ParameterSpec;
import org.firebreak.core.param.Parameters;
import org.firebreak.core.terrain.Place;
import org.firebreak.flee.FleeRules;
import org.firebreak.frontier.agent.Agent;
import org.firebreak.frontier.agent.BehaviourContext;
import org.firebreak.frontier.agent.Group;
import org.firebreak.frontier.agent.Plan;
import org.firebreak.frontier.agent.StrategicBehaviour;
import org.firebreak.frontier.agent.Waypoint;
import org.firebreak.frontier.navigation.LocationGraph;
import org.firebreak.frontier.navigation.LocationGraph.Location;
import org.firebreak.frontier.scenario.SourceSpec;

/**
 * Strategic behaviour of refugees after FLEE (Suleimenova, Bell &amp; Groen 2017, Scientific
 * Reports 7:13377; the rule set of Flee 3): the group moves over the {@link LocationGraph}
 * from location to location. At a location it sets off with the location type's daily move
 * chance; if it stays, it asks again a day later. It picks the next location by FLEE's
 * weights: the destination's score (camp, foreign and conflict weights) over the softened
 * length of the path, looking {@code awareness_level} links ahead, times the capacity factor of
 * camps that are filling. Official crossings are FLEE's forwarding hubs: always passed through,
 * screening there, unless the queue ahead is longer than the group will wait or the group is
 * disposed to cross informally, in which case it crosses informally near the crossing toward
 * the location beyond. A group that reaches a camp settles there (arrives).
 *
 * <p>The rules come from {@link FleeRules} (FLEE's own keys and defaults). The source's
 * {@code destination} is not used: FLEE agents have none. Travel between locations is the
 * regional model's (terrain, speed, night rest), so FLEE's maximum distance per day does not
 * apply here; awareness paths are re-chosen at every location rather than followed.
 */
public final class FleeStrategy implements StrategicBehaviour {
    /** Registry id. */
    public static final String ID = "refugee.flee";
    /**
     * Its parameters: FLEE's rules, then the crossing choice of the regional model. FLEE's
     * travel limits per day (max_move_speed, max_walk_speed, start_on_foot, avoid_short_stints)
     * are left out: here travel follows the terrain, speeds and night rest.
     */
    public static final List<ParameterSpec> SPECS;
    private static final List<ParameterSpec> FLEE_SPECS;

    static {
        List<ParameterSpec> rules = new ArrayList<>(FleeRules.SPECS);
        rules.removeAll(List.of(FleeRules.MAX_MOVE_SPEED, FleeRules.MAX_WALK_SPEED, FleeRules.START_ON_FOOT,
                FleeRules.AVOID_SHORT_STINTS));
        FLEE_SPECS = List.copyOf(rules);
        List<ParameterSpec> specs = new ArrayList<>(FLEE_SPECS);
        specs.add(NearestOfficialCrossing.INFORMAL_SHARE);
        specs.add(NearestOfficialCrossing.MAX_WAIT_HOURS);
        specs.add(NearestOfficialCrossing.MIN_DISTANCE_FROM_OFFICIAL_M);
        SPECS = List.copyOf(specs);
    }

    private static final double DAY_SECONDS = 86_400;
    private static final double INFORMAL_SEARCH_M = 20_000;

    private final FleeRules rules;
    private final double informalShare;
    private final double maxWaitHours;
    private final double minDistance;
    private int at = -1;
    private int heading = -1;
    private int home = -1;
    private String cameFrom = "";
    private double nextDecision;
    private boolean disposedInformal;

    /** @param parameters values for {@link #SPECS} */
    public FleeStrategy(Parameters parameters) {
        java.util.Map<String, Double> flee = new java.util.LinkedHashMap<>();
        for (ParameterSpec s : FLEE_SPECS) {
            flee.put(s.key(), parameters.get(s));
        }
        this.rules = FleeRules.of(flee);
        this.informalShare = parameters.get(NearestOfficialCrossing.INFORMAL_SHARE);
        this.maxWaitHours = parameters.get(NearestOfficialCrossing.MAX_WAIT_HOURS);
        this.minDistance = parameters.get(NearestOfficialCrossing.MIN_DISTANCE_FROM_OFFICIAL_M);
    }

    @Override
    public void decide(Group group, BehaviourContext context) {
        LocationGraph graph = context.locations();
        double now = context.timeSeconds();
        if (at < 0) {
            SourceSpec source = context.source(group).orElseThrow(
                    () -> new IllegalStateException(ID + " needs a group from a source; group " + group.id()));
            at = graph.location(source.place()).orElseThrow(() -> new IllegalStateException(
                    ID + ": source place '" + source.place() + "' is not a location")).index();
            home = at;
            disposedInformal = informalShare > 0 && context.decisionRandom().nextDouble() < informalShare;
        } else if (heading >= 0) {
            if (!group.atStopover()) {
                reconsiderCrossing(group, context, graph);
                return;
            }
            arrive(group, context, graph);
            if (group.finished()) {
                return;
            }
        }
        if (now < nextDecision) {
            keep(group, graph);
            return;
        }
        Location here = graph.locations().get(at);
        if (context.decisionRandom().nextDouble() >= rules.moveChance(here.type())) {
            nextDecision = now + DAY_SECONDS;
            keep(group, graph);
            return;
        }
        int next = choose(graph, context, here);
        if (next < 0) {
            nextDecision = now + DAY_SECONDS;
            keep(group, graph);
            return;
        }
        go(group, context, graph, graph.locations().get(next));
    }

    /** On its way to an official crossing, a group turns informal when the queue there grows too long. */
    private void reconsiderCrossing(Group group, BehaviourContext context, LocationGraph graph) {
        Location target = graph.locations().get(heading);
        Plan plan = group.plan();
        if (target.crossing() && plan.destination().kind() == Waypoint.Kind.SCREENING
                && (context.expectedWaitHours(target.id()) > maxWaitHours || !context.crossingOpen(target.id()))) {
            go(group, context, graph, target);
        } else {
            group.setPlan(plan);
        }
    }

    private void arrive(Group group, BehaviourContext context, LocationGraph graph) {
        int size = group.members().size();
        if (graph.locations().get(at).type().isCamp()) {
            graph.arrive(at, -size);
        }
        if (!graph.locations().get(at).crossing()) {
            cameFrom = graph.locations().get(at).country();
        }
        at = heading;
        heading = -1;
        Location here = graph.locations().get(at);
        if (here.type().isCamp()) {
            graph.arrive(at, size);
            for (Agent a : group.members()) {
                a.settle(here.id(), context);
            }
        }
        nextDecision = context.timeSeconds();
    }

    /** FLEE's route choice: a path of up to awareness_level links, drawn by weight; the group takes its first link. */
    private int choose(LocationGraph graph, BehaviourContext context, Location here) {
        List<int[]> firsts = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        int depth = Math.max(1, rules.awarenessLevel());
        collect(graph, context, here.index(), -1, 0, depth, new boolean[graph.locations().size()], firsts, weights);
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        if (firsts.isEmpty()) {
            return -1;
        }
        double u = context.decisionRandom().nextDouble();
        if (rules.awarenessLevel() == 0 || total <= 0) {
            return total <= 0 && rules.awarenessLevel() > 0 ? -1 : firsts.get((int) (u * firsts.size()))[0];
        }
        double r = u * total;
        for (int i = 0; i < firsts.size(); i++) {
            r -= weights.get(i);
            if (r < 0) {
                return firsts.get(i)[0];
            }
        }
        return firsts.get(firsts.size() - 1)[0];
    }

    private void collect(LocationGraph graph, BehaviourContext context, int from, int first, double prior, int depth,
                         boolean[] visited, List<int[]> firsts, List<Double> weights) {
        visited[from] = true;
        int[] links = graph.links(from);
        for (int j = 0; j < links.length; j++) {
            int to = links[j];
            Location l = graph.locations().get(to);
            if (visited[to] || (l.crossing() && !context.crossingOpen(l.id()))) {
                continue;
            }
            if (graph.locations().get(from).crossing() && l.country().equals(cameFrom)) {
                // through a crossing, not back the way the group came
                continue;
            }
            int head = first < 0 ? to : first;
            double km = graph.linkKm(from, j);
            if (!l.crossing()) {
                boolean foreign = !l.country().equals(graph.locations().get(home).country());
                double w = rules.linkWeight(rules.score(l.type(), foreign, l.conflict()), km, prior,
                        rules.capacityFactor(graph.occupancy(to), l.capacity()));
                firsts.add(new int[] {head});
                weights.add(w);
            }
            // crossings are never destinations, and do not count toward the depth (FLEE's markers)
            int left = l.crossing() ? depth : depth - 1;
            if (left > 0) {
                collect(graph, context, to, head, prior + km, left, visited, firsts, weights);
            }
        }
        visited[from] = false;
    }

    private void go(Group group, BehaviourContext context, LocationGraph graph, Location next) {
        if (next.crossing() && (disposedInformal || context.expectedWaitHours(next.id()) > maxWaitHours
                || !context.crossingOpen(next.id()))) {
            Location beyond = beyond(graph, next);
            if (beyond != null) {
                // the informal crossing point of the hop from this location to the one beyond the
                // crossing: the same for every group making that hop, so it is found once per run
                Location from = graph.locations().get(at);
                Optional<Waypoint> via = graph.between(from.index(), beyond.index(), () -> BorderChoices.informal(
                        context, from.x(), from.y(), new Place(beyond.id(), beyond.id(), beyond.x(), beyond.y(),
                                beyond.country(), 0), minDistance, List.of(), 0, INFORMAL_SEARCH_M, 0));
                heading = beyond.index();
                group.setPlan(Plan.stopover(Waypoint.plain(beyond.x(), beyond.y(), beyond.id()), via));
                return;
            }
        }
        heading = next.index();
        Waypoint w = next.crossing() ? new Waypoint(next.x(), next.y(), next.id(), Waypoint.Kind.SCREENING)
                : Waypoint.plain(next.x(), next.y(), next.id());
        group.setPlan(Plan.stopover(w, Optional.empty()));
    }

    /** @return the nearest location linked to the crossing on the far side from where the group is */
    private Location beyond(LocationGraph graph, Location crossing) {
        String mine = graph.locations().get(at).country();
        Location best = null;
        int[] links = graph.links(crossing.index());
        for (int j = 0; j < links.length; j++) {
            Location l = graph.locations().get(links[j]);
            if (!l.country().equals(mine) && (best == null
                    || graph.linkKm(crossing.index(), j) < distanceKm(crossing, best))) {
                best = l;
            }
        }
        return best;
    }

    private static double distanceKm(Location a, Location b) {
        return Math.hypot(a.x() - b.x(), a.y() - b.y()) / 1000;
    }

    /** Stays where it is: the same plan again (no new route), or a stopover at the location itself. */
    private void keep(Group group, LocationGraph graph) {
        if (group.plan() != null) {
            group.setPlan(group.plan());
            return;
        }
        Location here = graph.locations().get(at);
        heading = at;
        group.setPlan(Plan.stopover(Waypoint.plain(here.x(), here.y(), here.id()), Optional.empty()));
    }

    /** @return the index of the location the group is at or last left */
    public int location() {
        return at;
    }
}
