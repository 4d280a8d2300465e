package org.firebreak.frontier.behaviour.defaults;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.firebreak.core.param.ParameterSpec;
import org.firebreak.core.param.Parameters;
import org.firebreak.core.terrain.Place;
import org.firebreak.frontier.agent.Agent;
import org.firebreak.frontier.agent.BehaviourContext;
import org.firebreak.frontier.agent.Group;
import org.firebreak.frontier.agent.Plan;
import org.firebreak.frontier.agent.StrategicBehaviour;
import org.firebreak.frontier.agent.Waypoint;

/**
 * Strategic default for fighters: head for the objective (the source's destination) and
 * cross the border informally, away from official crossings and from every guard the group
 * has seen, preferring rugged ground near where the straight line meets the border. A share
 * of groups instead blends into the civilian flow at the official crossing on the way, where
 * screening may identify them. A group that sees a guard near the crossing point it is
 * heading for chooses another.
 */
public final class InformalDirect implements StrategicBehaviour {
    /** Registry id. */
    public static final String ID = "fighter.informal-direct";
    /** Minimum distance kept from official crossings along the border. */
    public static final ParameterSpec MIN_DISTANCE_FROM_OFFICIAL_M = new ParameterSpec(
            "min_distance_from_official_m", "m", 0, 200_000, 5_000,
            "shortest distance along the border kept between the informal crossing point and any official crossing");
    /** Share of groups that blend into civilian flows. */
    public static final ParameterSpec BLEND_SHARE = new ParameterSpec("blend_share", "", 0, 1, 0,
            "share of groups that join the civilian queue at an official crossing instead of crossing informally");
    /** Distance kept from guards seen. */
    public static final ParameterSpec AVOID_RADIUS_M = new ParameterSpec("avoid_radius_m", "m", 0, 100_000, 5_000,
            "distance kept between the crossing point and any guard position the group has seen");
    /** Search distance along the border. */
    public static final ParameterSpec SEARCH_KM = new ParameterSpec("search_km", "km", 1, 1_000, 40,
            "how far along the border from the straight line's meeting point informal sites are weighed");
    /** Weight of rugged ground. */
    public static final ParameterSpec RUGGED_PREFERENCE = new ParameterSpec("rugged_preference", "", 0, 1, 0.5,
            "0: take the nearest informal site; 1: fully rugged ground is worth a detour of the whole search distance");
    /** Its parameters. */
    public static final List<ParameterSpec> SPECS = List.of(MIN_DISTANCE_FROM_OFFICIAL_M, BLEND_SHARE,
            AVOID_RADIUS_M, SEARCH_KM, RUGGED_PREFERENCE);
    /** Positions closer than this to one remembered are not remembered again. */
    private static final double SAME_POSITION_M = 500;
    /** Enough memory for every guard a group meets in a run; the oldest are forgotten first. */
    private static final int MEMORY = 64;

    private final double minDistance;
    private final double blendShare;
    private final double avoidRadius;
    private final double searchM;
    private final double ruggedPreference;
    private final List<double[]> seen = new ArrayList<>();
    private Boolean blends;
    private Boolean mustCross;

    /** @param parameters values for {@link #SPECS} */
    public InformalDirect(Parameters parameters) {
        this.minDistance = parameters.get(MIN_DISTANCE_FROM_OFFICIAL_M);
        this.blendShare = parameters.get(BLEND_SHARE);
        this.avoidRadius = parameters.get(AVOID_RADIUS_M);
        this.searchM = parameters.get(SEARCH_KM) * 1000;
        this.ruggedPreference = parameters.get(RUGGED_PREFERENCE);
    }

    @Override
    public void decide(Group group, BehaviourContext context) {
        Place dest = Places.destination(group, context, ID);
        Agent lead = Places.lead(group);
        if (blends == null) {
            blends = blendShare > 0 && context.decisionRandom().nextDouble() < blendShare;
        }
        if (mustCross == null) {
            mustCross = BorderChoices.mustCross(context, lead, dest);
        }
        Optional<Waypoint> via = Optional.empty();
        if (mustCross) {
            if (blends) {
                via = BorderChoices.official(context, lead.x(), lead.y(), dest, List.of()).map(BorderChoices::screening);
            }
            if (via.isEmpty()) {
                via = BorderChoices.informal(context, lead.x(), lead.y(), dest, minDistance, seen, avoidRadius, searchM,
                        ruggedPreference);
            }
            if (via.isEmpty()) {
                // the straight line ahead meets no border (a bend of it already passed): keep the way chosen before
                via = BorderChoices.stillAhead(group);
            }
        }
        group.setPlan(Plan.travel(Waypoint.plain(dest.x(), dest.y(), dest.id()), via));
    }

    @Override
    public void guardSighted(Group group, double x, double y, BehaviourContext context) {
        if (BorderChoices.near(x, y, seen, SAME_POSITION_M)) {
            return;
        }
        if (seen.size() == MEMORY) {
            seen.remove(0);
        }
        seen.add(new double[] {x, y});
        Plan plan = group.plan();
        if (plan == null || plan.via().isEmpty() || plan.via().get().kind() != Waypoint.Kind.INFORMAL_CROSSING) {
            return;
        }
        Waypoint crossing = plan.via().get();
        Agent lead = Places.lead(group);
        int index = group.route().indexOf(crossing);
        boolean notYetCrossed = index < 0 || lead.leg() <= index;
        if (notYetCrossed && Math.hypot(crossing.x() - x, crossing.y() - y) < avoidRadius) {
            group.requestDecision();
        }
    }

    /** @return guard positions the group remembers, as {x, y} pairs */
    public List<double[]> remembered() {
        return List.copyOf(seen);
    }

    /** @return whether the group has chosen to blend into civilian flows (empty before its first decision) */
    public Optional<Boolean> blends() {
        return Optional.ofNullable(blends);
    }
}
