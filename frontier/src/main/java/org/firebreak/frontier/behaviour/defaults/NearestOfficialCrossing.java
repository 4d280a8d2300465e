package org.firebreak.frontier.behaviour.defaults;

import java.util.List;
import java.util.Optional;
import org.firebreak.core.param.ParameterSpec;
import org.firebreak.core.param.Parameters;
import org.firebreak.core.terrain.Crossing;
import org.firebreak.core.terrain.Place;
import org.firebreak.frontier.agent.Agent;
import org.firebreak.frontier.agent.BehaviourContext;
import org.firebreak.frontier.agent.Group;
import org.firebreak.frontier.agent.Plan;
import org.firebreak.frontier.agent.StrategicBehaviour;
import org.firebreak.frontier.agent.Waypoint;

/**
 * Strategic default for refugees: head for the source's destination through the open official
 * crossing on the shortest straight-line journey. A group crosses informally instead when the
 * queue ahead would keep it longer than it is willing to wait (the engine asks it again every
 * hour while it is on its way to the crossing, so it reacts to the queue as it grows, and to
 * closures), or by its own disposition, drawn once per group.
 */
public final class NearestOfficialCrossing implements StrategicBehaviour {
    /** Registry id. */
    public static final String ID = "refugee.nearest-official-crossing";
    /** Informal disposition. */
    public static final ParameterSpec INFORMAL_SHARE = new ParameterSpec("informal_share", "", 0, 1, 0,
            "share of groups disposed to cross informally whatever the queues");
    /** Patience. */
    public static final ParameterSpec MAX_WAIT_HOURS = new ParameterSpec("max_wait_hours", "h", 0, 10_000, 10_000,
            "expected wait at the official crossing above which a group crosses informally (default: never)");
    /** Distance from official crossings of an informal crossing. */
    public static final ParameterSpec MIN_DISTANCE_FROM_OFFICIAL_M = new ParameterSpec(
            "min_distance_from_official_m", "m", 0, 200_000, 2_000,
            "shortest distance along the border between an informal crossing point and any official crossing");
    /** Its parameters. */
    public static final List<ParameterSpec> SPECS = List.of(INFORMAL_SHARE, MAX_WAIT_HOURS,
            MIN_DISTANCE_FROM_OFFICIAL_M);
    /** Refugees weigh informal sites by nearness only, within this distance along the border. */
    private static final double SEARCH_M = 20_000;

    private final double informalShare;
    private final double maxWaitHours;
    private final double minDistance;
    private Boolean disposedInformal;
    private Boolean mustCross;

    /** @param parameters values for {@link #SPECS} */
    public NearestOfficialCrossing(Parameters parameters) {
        this.informalShare = parameters.get(INFORMAL_SHARE);
        this.maxWaitHours = parameters.get(MAX_WAIT_HOURS);
        this.minDistance = parameters.get(MIN_DISTANCE_FROM_OFFICIAL_M);
    }

    /** With the defaults: always the official crossing. */
    public NearestOfficialCrossing() {
        this(Parameters.defaults(SPECS));
    }

    @Override
    public void decide(Group group, BehaviourContext context) {
        Place dest = Places.destination(group, context, ID);
        Agent lead = Places.lead(group);
        if (disposedInformal == null) {
            disposedInformal = informalShare > 0 && context.decisionRandom().nextDouble() < informalShare;
        }
        if (mustCross == null) {
            mustCross = BorderChoices.mustCross(context, lead, dest);
        }
        Optional<Waypoint> via = Optional.empty();
        if (mustCross) {
            Optional<Crossing> best = BorderChoices.official(context, lead.x(), lead.y(), dest, List.of());
            if (!disposedInformal && best.isPresent() && context.expectedWaitHours(best.get().id()) <= maxWaitHours) {
                via = best.map(BorderChoices::screening);
            }
            if (via.isEmpty()) {
                via = BorderChoices.informal(context, lead.x(), lead.y(), dest, minDistance, List.of(), 0, SEARCH_M, 0);
            }
            if (via.isEmpty()) {
                // the straight line ahead meets no border (a bend of it already passed): keep the way chosen before
                via = BorderChoices.stillAhead(group).or(() -> best.map(BorderChoices::screening));
            }
        }
        group.setPlan(Plan.travel(Waypoint.plain(dest.x(), dest.y(), dest.id()), via));
    }
}
