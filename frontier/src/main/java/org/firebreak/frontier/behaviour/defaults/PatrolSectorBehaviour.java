package org.firebreak.frontier.behaviour.defaults;

import java.util.Optional;
import org.firebreak.core.param.Parameters;
import org.firebreak.core.terrain.Border;
import org.firebreak.frontier.agent.BehaviourContext;
import org.firebreak.frontier.agent.Group;
import org.firebreak.frontier.agent.Plan;
import org.firebreak.frontier.agent.Waypoint;
import org.firebreak.frontier.behaviour.GuardResponse;
import org.firebreak.frontier.scenario.GuardDeployment;
import org.firebreak.frontier.scenario.PatrolSector;
import org.locationtech.jts.geom.Coordinate;

/** Strategic default for guards deployed on patrol: walk their border sector back and forth. */
public final class PatrolSectorBehaviour extends DeploymentStrategy {
    /** Registry id. */
    public static final String ID = "guard.patrol-sector";

    /** @param parameters values for {@link GuardResponse#SPECS} */
    public PatrolSectorBehaviour(Parameters parameters) {
        super(ID, parameters);
    }

    @Override
    void decideFor(Group group, GuardDeployment d, BehaviourContext context) {
        PatrolSector sector = d.patrol().orElseThrow(
                () -> new IllegalStateException(ID + ": deployment " + d.id() + " has no patrol sector"));
        Border border = PatrolBorderRoute.border(context, sector);
        Coordinate end = border.pointAt(sector.toKm() * 1000);
        group.setPlan(new Plan(Plan.Mode.PATROL, Waypoint.plain(end.x, end.y, "sector-end"), Optional.empty(),
                Optional.of(sector)));
    }
}
