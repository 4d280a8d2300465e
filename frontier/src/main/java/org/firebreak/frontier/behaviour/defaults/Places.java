package org.firebreak.frontier.behaviour.defaults;

import org.firebreak.core.terrain.Place;
import org.firebreak.core.terrain.Terrain;
import org.firebreak.frontier.agent.BehaviourContext;
import org.firebreak.frontier.agent.Group;
import org.firebreak.frontier.scenario.SourceSpec;

/** Lookups shared by the default behaviours. */
final class Places {
    private Places() {
    }

    static Place require(Terrain terrain, String id) {
        return terrain.place(id).orElseThrow(
                () -> new IllegalStateException("terrain " + terrain.dataset() + " has no place '" + id + "'"));
    }

    /** The destination of a group that came from a source; {@code behaviour} names the caller in errors. */
    static Place destination(Group group, BehaviourContext context, String behaviour) {
        SourceSpec source = context.source(group).orElseThrow(
                () -> new IllegalStateException(behaviour + " needs a group from a source; group " + group.id()));
        return require(context.terrain(), source.destination());
    }

    /**
     * @param group a group
     * @return its first member not yet arrived or held (the first member if all are)
     */
    static org.firebreak.frontier.agent.Agent lead(Group group) {
        for (org.firebreak.frontier.agent.Agent a : group.members()) {
            if (!a.state().terminal()) {
                return a;
            }
        }
        return group.members().get(0);
    }
}
