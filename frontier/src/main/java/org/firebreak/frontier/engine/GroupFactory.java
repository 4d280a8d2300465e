package org.firebreak.frontier.engine;

import ec.util.MersenneTwisterFast;
import java.util.List;
import org.firebreak.frontier.agent.Agent;
import org.firebreak.frontier.scenario.AgentParameters;
import org.firebreak.frontier.agent.kind.AgentType;
import org.firebreak.frontier.agent.Fighter;
import org.firebreak.frontier.agent.Group;
import org.firebreak.frontier.agent.Guard;
import org.firebreak.frontier.agent.Refugee;
import org.firebreak.frontier.agent.BehaviourContext;
import org.firebreak.frontier.behaviour.BehaviourRegistry;
import org.firebreak.frontier.agent.OperationalBehaviour;
import org.firebreak.frontier.agent.StrategicBehaviour;
import org.firebreak.frontier.agent.TacticalBehaviour;
import org.firebreak.frontier.scenario.AgeGroup;
import org.firebreak.frontier.scenario.BehaviourSet;
import org.firebreak.frontier.scenario.Scenario;

/**
 * Makes the groups and agents of a run, for the sources and for the border force: ids in
 * creation order, behaviours from the registry, speeds drawn from the stream the caller gives,
 * every new guard and fighter in the spatial index, and a spawn event for every agent.
 */
final class GroupFactory {
    private final Scenario scenario;
    private final BehaviourRegistry registry;
    private final Population population;
    private final Agenda agenda;
    private final SpatialIndex index;
    private final BehaviourContext context;

    /**
     * @param scenario the agents' parameters
     * @param registry the behaviours the scenario's ids refer to
     * @param population where new groups and agents go
     * @param agenda keeps track of new groups for the decide and plan phases
     * @param index where new guards and fighters are indexed
     * @param context where spawn events are recorded
     */
    GroupFactory(Scenario scenario, BehaviourRegistry registry, Population population, Agenda agenda,
                 SpatialIndex index, BehaviourContext context) {
        this.scenario = scenario;
        this.registry = registry;
        this.population = population;
        this.agenda = agenda;
        this.index = index;
        this.context = context;
    }

    /**
     * @param type the members' type
     * @param origin the source or deployment it comes from
     * @param behaviours its behaviours, by registry id
     * @return a new group, without members
     */
    Group newGroup(AgentType type, String origin, BehaviourSet behaviours) {
        Group g = new Group(population.newGroupId(), type, origin,
                registry.get(behaviours.strategic().id(), StrategicBehaviour.class)
                        .create(behaviours.strategic().parameters()),
                registry.get(behaviours.tactical().id(), TacticalBehaviour.class)
                        .create(behaviours.tactical().parameters()),
                registry.get(behaviours.operational().id(), OperationalBehaviour.class)
                        .create(behaviours.operational().parameters()));
        population.add(g);
        agenda.track(g);
        return g;
    }

    /**
     * Adds members standing at one point.
     *
     * @param g the group
     * @param size how many
     * @param x easting, terrain metres
     * @param y northing
     * @param random the stream their speeds (and age groups) are drawn from
     * @param ages age groups with their speed spread, or empty for the type's own spread
     */
    void addMembers(Group g, int size, double x, double y, MersenneTwisterFast random, List<AgeGroup> ages) {
        AgentParameters p = scenario.agents().of(g.type());
        for (int i = 0; i < size; i++) {
            double mean = p.speedFactorMean();
            double sd = p.speedFactorSd();
            if (!ages.isEmpty()) {
                AgeGroup age = pick(ages, random.nextDouble());
                mean = age.speedFactorMean();
                sd = age.speedFactorSd();
            }
            double speed = SourceEmitter.truncatedNormal(random, mean, sd,
                    AgentParameters.MIN_SPEED_FACTOR, AgentParameters.MAX_SPEED_FACTOR);
            long id = population.newAgentId();
            Agent a = switch (g.type()) {
                case REFUGEE -> new Refugee(id, g, scenario.agents().refugee(), speed, x, y);
                case FIGHTER -> new Fighter(id, g, scenario.agents().fighter(), speed, x, y);
                case GUARD -> new Guard(id, g, scenario.agents().guard(), speed, x, y);
            };
            g.add(a);
            population.add(a);
            if (Population.indexed(a)) {
                index.add(a, x, y);
            }
            context.record(a, Events.SPAWNED, g.origin());
        }
    }

    private static AgeGroup pick(List<AgeGroup> ages, double u) {
        double sum = 0;
        for (AgeGroup a : ages) {
            sum += a.share();
            if (u < sum) {
                return a;
            }
        }
        return ages.get(ages.size() - 1);
    }
}
