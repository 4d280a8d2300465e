package org.firebreak.frontier.engine;

import org.firebreak.core.terrain.Terrain;
import org.firebreak.frontier.behaviour.BehaviourRegistry;
import org.firebreak.frontier.scenario.Scenario;

/**
 * The systems of a step, one per {@link Phase}, built over a run's state. Built at every start
 * and when a checkpoint is read back; it holds nothing of the run but the move phase's threads.
 */
final class Pipeline {
    private final GroupFactory factory;
    private final MoveSystem move;
    private final StepSystem[] systems;

    /**
     * @param model the run, the context every behaviour is given
     * @param state the state the systems read and change
     * @param scenario what runs
     * @param terrain where
     * @param registry the behaviours the scenario's ids refer to
     * @param sun the grid of sun elevations
     * @throws IllegalArgumentException if a source's area lies outside the terrain
     */
    Pipeline(FrontierModel model, FrontierState state, Scenario scenario, Terrain terrain, BehaviourRegistry registry,
             SunGrid sun) {
        Population population = state.population();
        factory = new GroupFactory(scenario, registry, population, state.agenda(), state.index(), model);
        move = new MoveSystem(population.agents(), model);
        GuardForce force = state.force();
        systems = new StepSystem[] {
            new SpawnSystem(scenario, terrain, sun, force, state.emitters(), factory, population, model),
            new SenseSystem(scenario, terrain, population, state.index(), state.pending(), state.detectionRandom(),
                    model),
            new DecideSystem(force, population.groups(), state.agenda(), state.tally(), scenario.time().stepsPerHour(),
                    model),
            new PlanSystem(force, population.groups(), state.agenda(), model),
            move,
            new InteractSystem(force, state.crossings(), state.pending(), population.guards(),
                    scenario.time().stepSeconds(), model),
            new RecordSystem(state.tally()),
        };
        if (systems.length != Phase.values().length) {
            throw new IllegalStateException(systems.length + " systems for " + Phase.values().length + " phases");
        }
    }

    /**
     * @param phase a phase
     * @param from the start of the step, simulated seconds
     */
    void run(Phase phase, double from) {
        systems[phase.ordinal()].run(from);
    }

    /** @return what makes the run's groups and agents */
    GroupFactory factory() {
        return factory;
    }

    /** Stops the move phase's threads; the next move starts them again. */
    void close() {
        move.close();
    }
}
