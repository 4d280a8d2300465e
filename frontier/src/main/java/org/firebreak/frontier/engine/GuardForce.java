package org.firebreak.frontier.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.firebreak.core.terrain.Border;
import org.firebreak.core.terrain.Crossing;
import org.firebreak.frontier.agent.Agent;
import org.firebreak.frontier.agent.Group;
import org.firebreak.frontier.agent.Plan;
import org.firebreak.frontier.agent.Waypoint;
import org.firebreak.frontier.agent.kind.AgentState;
import org.firebreak.frontier.agent.kind.AgentType;
import org.firebreak.frontier.behaviour.GuardResponse;
import org.firebreak.frontier.behaviour.GuardStrategy;
import org.firebreak.frontier.behaviour.defaults.RoadGraphRoute;
import org.firebreak.frontier.behaviour.defaults.VehicleDrive;
import org.firebreak.frontier.scenario.GuardDeployment;
import org.firebreak.frontier.scenario.PatrolSector;
import org.firebreak.frontier.scenario.Reallocation;
import org.locationtech.jts.geom.Coordinate;

/**
 * The border force of a run: its deployments, the teams assigned to each, reallocations
 * between deployments, and responses to detections.
 *
 * <p>The force total never changes: a reallocation takes guards out of one deployment's teams
 * (those nearest the new deployment first) and forms new teams of the receiving deployment,
 * which travel there by road and then take up its post or patrol. A team that detects a
 * fighter group responds as its {@link GuardStrategy} says: it moves toward the group and
 * apprehends it once one of its members has stayed within range long enough.
 */
final class GuardForce implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    private static final System.Logger LOG = System.getLogger(GuardForce.class.getName());

    /** A team's pursuit of a detected group. */
    private static final class Pursuit implements java.io.Serializable {
        private static final long serialVersionUID = 1L;
        final Group team;
        final Group target;
        final GuardResponse response;
        final double since;
        double contactSeconds;

        Pursuit(Group team, Group target, GuardResponse response, double since) {
            this.team = team;
            this.target = target;
            this.response = response;
            this.since = since;
        }
    }

    private final FrontierModel model;
    private final Map<String, GuardDeployment> deployments = new LinkedHashMap<>();
    private final Map<Long, GuardDeployment> assignment = new HashMap<>();
    private final Map<String, List<Group>> teams = new LinkedHashMap<>();
    /** Sorted, so its order is the same after a checkpoint is read back (a HashSet's need not be). */
    private final Set<Long> inTransit = new java.util.TreeSet<>();
    private final Map<Long, Pursuit> pursuits = new LinkedHashMap<>();
    private final List<Reallocation> pending = new ArrayList<>();
    private final Map<String, Long> shortfalls = new LinkedHashMap<>();
    private double respondingGuardSeconds;
    private double guardSeconds;
    private boolean deployed;

    GuardForce(FrontierModel model) {
        this.model = model;
        for (GuardDeployment d : model.scenario().guards()) {
            deployments.put(d.id(), d);
            teams.put(d.id(), new ArrayList<>());
        }
        pending.addAll(model.scenario().reallocations());
        pending.sort(Comparator.comparingDouble(Reallocation::atHours));
    }

    /** Places every deployment's teams, the first time it is called in a run. */
    void deployOnce() {
        if (!deployed) {
            deployed = true;
            deployAll();
        }
    }

    /** Places every deployment's teams. */
    void deployAll() {
        for (GuardDeployment d : deployments.values()) {
            deploy(d);
        }
    }

    private void deploy(GuardDeployment d) {
        int teamCount = (d.guards() + d.teamSize() - 1) / d.teamSize();
        int remaining = d.guards();
        for (int t = 0; t < teamCount; t++) {
            int size = Math.min(d.teamSize(), remaining);
            remaining -= size;
            Coordinate p = d.post().isPresent() ? anchor(d)
                    : sectorPoint(d.patrol().orElseThrow(), (t + 0.5) / teamCount);
            Group g = model.factory().newGroup(AgentType.GUARD, d.id(), d.behaviours());
            assign(g, d);
            model.factory().addMembers(g, size, p.x, p.y, model.state().deploymentRandom(), List.of());
        }
    }

    private void assign(Group g, GuardDeployment d) {
        assignment.put(g.id(), d);
        teams.get(d.id()).add(g);
    }

    /** @return where a deployment's teams stand: its post, or the middle of its sector */
    private Coordinate anchor(GuardDeployment d) {
        if (d.post().isPresent()) {
            Crossing c = model.terrain().crossing(d.post().get()).orElseThrow(
                    () -> new IllegalStateException("terrain has no crossing '" + d.post().get() + "'"));
            return new Coordinate(c.x(), c.y());
        }
        return sectorPoint(d.patrol().orElseThrow(), 0.5);
    }

    private Coordinate sectorPoint(PatrolSector sector, double share) {
        Border border = model.terrain().border(sector.border()).orElseThrow(
                () -> new IllegalStateException("terrain has no border '" + sector.border() + "'"));
        return border.pointAt(1000 * (sector.fromKm() + (sector.toKm() - sector.fromKm()) * share));
    }

    /**
     * @param group a guard team
     * @return the deployment it belongs to now
     */
    Optional<GuardDeployment> deploymentOf(Group group) {
        return Optional.ofNullable(assignment.get(group.id()));
    }

    // ---- reallocation ------------------------------------------------------------------

    /** Carries out every reallocation that is due by the given time. */
    void reallocate(double hours) {
        while (!pending.isEmpty() && pending.get(0).atHours() <= hours + 1e-9) {
            apply(pending.remove(0));
        }
    }

    private void apply(Reallocation r) {
        GuardDeployment to = deployments.get(r.to());
        Coordinate target = anchor(to);
        List<Group> giving = new ArrayList<>(teams.get(r.from()));
        giving.removeIf(Group::finished);
        giving.sort(Comparator.comparingDouble((Group g) -> distance(g, target)).thenComparingLong(Group::id));
        List<Agent> moving = new ArrayList<>();
        Map<Agent, Group> from = new HashMap<>();
        for (Group g : giving) {
            for (Agent a : g.members()) {
                if (moving.size() < r.guards()) {
                    moving.add(a);
                    from.put(a, g);
                }
            }
        }
        if (moving.size() < r.guards()) {
            long short_ = r.guards() - moving.size();
            shortfalls.merge(r.from() + "->" + r.to(), short_, Long::sum);
            LOG.log(System.Logger.Level.WARNING, "reallocation at {0} h from {1} to {2}: {3} guards ordered, {4} available",
                    r.atHours(), r.from(), r.to(), r.guards(), moving.size());
        }
        for (int i = 0; i < moving.size(); i += to.teamSize()) {
            List<Agent> chunk = moving.subList(i, Math.min(moving.size(), i + to.teamSize()));
            Group team = model.factory().newGroup(AgentType.GUARD, to.id(), to.behaviours());
            assign(team, to);
            for (Agent a : chunk) {
                Group old = from.get(a);
                endPursuit(old);
                old.transfer(List.of(a), team);
                model.record(a, Events.REASSIGNED, r.from() + "->" + r.to());
            }
            // to the new deployment by road; it takes up its post or patrol on arrival
            team.override(new RoadGraphRoute(), new VehicleDrive());
            team.setPlan(Plan.stopover(Waypoint.plain(target.x, target.y, to.id()), Optional.empty()));
            inTransit.add(team.id());
        }
        for (Group g : giving) {
            if (g.members().isEmpty()) {
                teams.get(r.from()).remove(g);
            } else {
                // a team that lost members regroups at its post or on its patrol
                g.requestDecision();
            }
        }
    }

    private static double distance(Group g, Coordinate c) {
        Agent a = g.members().get(0);
        return Math.hypot(a.x() - c.x, a.y() - c.y);
    }

    /** Teams that have arrived after a transfer take up their post or patrol. */
    void arriveFromTransit() {
        for (Iterator<Long> it = inTransit.iterator(); it.hasNext();) {
            Group g = model.state().population().group(it.next());
            if (g.atStopover() || g.finished()) {
                g.override(null, null);
                g.requestDecision();
                it.remove();
            }
        }
    }

    // ---- response ----------------------------------------------------------------------

    /**
     * A guard has detected a fighter: its team responds if its strategy says so and it is not
     * already pursuing or in transit.
     */
    void detected(Agent guard, Agent fighter) {
        Group team = guard.group();
        if (pursuits.containsKey(team.id()) || inTransit.contains(team.id())) {
            return;
        }
        GuardResponse response = team.strategic() instanceof GuardStrategy s ? s.response() : GuardResponse.defaults();
        if (!response.respond()) {
            return;
        }
        Pursuit p = new Pursuit(team, fighter.group(), response, model.timeSeconds());
        pursuits.put(team.id(), p);
        double speed = response.pursuitSpeedKmh() / 3.6;
        team.override(null, (agent, context) -> speed);
        steer(p);
    }

    /** Each step: responding teams head for where their target is now. */
    void steer() {
        for (Pursuit p : pursuits.values()) {
            steer(p);
        }
    }

    private void steer(Pursuit p) {
        Agent lead = nearestActive(p.target, p.team.members().get(0));
        if (lead == null) {
            return;
        }
        Waypoint w = Waypoint.plain(lead.x(), lead.y(), "group-" + p.target.id());
        p.team.setPlan(new Plan(Plan.Mode.INTERCEPT, w, Optional.empty(), Optional.empty()));
        p.team.setRoute(List.of(w));
    }

    /**
     * After moving: teams within range accumulate contact time and apprehend their target when
     * it is long enough; pursuits of groups that are gone, or that have lasted too long, end.
     */
    void hold(double stepSeconds) {
        for (Iterator<Pursuit> it = pursuits.values().iterator(); it.hasNext();) {
            Pursuit p = it.next();
            boolean over = p.target.finished() || p.team.finished();
            if (!over) {
                Agent[] pair = closestPair(p.team, p.target);
                if (pair != null && Math.hypot(pair[0].x() - pair[1].x(), pair[0].y() - pair[1].y())
                        <= p.response.apprehensionRangeM()) {
                    p.contactSeconds += stepSeconds;
                    if (p.contactSeconds >= p.response.apprehensionSeconds()) {
                        for (Agent member : p.target.members()) {
                            member.apprehend(pair[0].id(), model);
                        }
                        over = true;
                    }
                } else {
                    p.contactSeconds = 0;
                }
                if (!over && model.timeSeconds() - p.since >= p.response.pursuitSeconds()) {
                    model.record(p.team.members().get(0), Events.PURSUIT_ABANDONED, "group-" + p.target.id());
                    over = true;
                }
            }
            if (over) {
                release(p.team);
                it.remove();
            }
        }
    }

    private void endPursuit(Group team) {
        if (pursuits.remove(team.id()) != null) {
            release(team);
        }
    }

    private static void release(Group team) {
        team.override(null, null);
        team.requestDecision();
    }

    private static Agent nearestActive(Group target, Agent from) {
        Agent best = null;
        double bestD = Double.POSITIVE_INFINITY;
        for (Agent a : target.members()) {
            if (a.state().terminal()) {
                continue;
            }
            double d = Math.hypot(a.x() - from.x(), a.y() - from.y());
            if (d < bestD) {
                bestD = d;
                best = a;
            }
        }
        return best;
    }

    private static Agent[] closestPair(Group team, Group target) {
        Agent[] best = null;
        double bestD = Double.POSITIVE_INFINITY;
        for (Agent g : team.members()) {
            for (Agent f : target.members()) {
                if (f.state().terminal()) {
                    continue;
                }
                double d = Math.hypot(g.x() - f.x(), g.y() - f.y());
                if (d < bestD) {
                    bestD = d;
                    best = new Agent[] {g, f};
                }
            }
        }
        return best;
    }

    // ---- accounting --------------------------------------------------------------------

    /** Adds one step to the guard-time accounts. */
    void account(double stepSeconds, List<Agent> guards) {
        for (Agent g : guards) {
            guardSeconds += stepSeconds;
            if (g.state() == AgentState.RESPONDING) {
                respondingGuardSeconds += stepSeconds;
            }
        }
    }

    /** @return share of guard-time spent responding to detections so far */
    double utilisation() {
        return guardSeconds == 0 ? 0 : respondingGuardSeconds / guardSeconds;
    }

    /** @return guards per deployment now, in scenario order (those in transit count where they are going) */
    Map<String, Long> strength() {
        Map<String, Long> out = new LinkedHashMap<>();
        teams.forEach((id, list) -> out.put(id, list.stream().mapToLong(g -> g.members().size()).sum()));
        return out;
    }

    /** @return guards ordered moved that the giving deployment did not have, by "from->to" */
    Map<String, Long> shortfalls() {
        return shortfalls;
    }

    /** @return the deployments, by id in scenario order */
    Map<String, GuardDeployment> deployments() {
        return deployments;
    }
}
