package org.firebreak.frontier.engine;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.List;
import org.firebreak.core.random.RandomStreams;
import org.firebreak.core.terrain.Terrain;
import org.firebreak.frontier.scenario.Scenario;
import org.firebreak.frontier.scenario.SourceSpec;

/**
 * The state of a run that the phases read and change, in the holders each phase is given:
 * the population, the agenda of groups to visit, the spatial index, what sense and move leave
 * for interact, the counts, the crossings' screenings, the sources, the border force, the
 * measures and the named random streams. All of it is kept in checkpoints.
 */
final class FrontierState implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private final Population population = new Population();
    private final Agenda agenda = new Agenda();
    private final SpatialIndex index = new SpatialIndex();
    private final PendingInteractions pending = new PendingInteractions();
    private final RunTally tally = new RunTally();
    private final CrossingQueues crossings = new CrossingQueues();
    private final List<SourceEmitter> emitters = new ArrayList<>();
    private GuardForce force;
    private FrontierMetrics metrics;
    private MersenneTwisterFast detectionRandom;
    private MersenneTwisterFast deploymentRandom;
    private MersenneTwisterFast decisionRandom;

    /**
     * Empties everything and sets up a new run, drawing the streams in a fixed order of names.
     *
     * @param model the run (the border force works through it)
     * @param scenario what runs
     * @param terrain where
     * @param streams the run's named random streams
     */
    void reset(FrontierModel model, Scenario scenario, Terrain terrain, RandomStreams streams) {
        population.clear();
        agenda.clear();
        crossings.clear();
        emitters.clear();
        pending.clear();
        tally.clear();
        index.reset(terrain.bounds(), Math.max(1_000, scenario.agents().guard().detection().maxRangeM()));
        detectionRandom = streams.stream("detection");
        deploymentRandom = streams.stream("deployment");
        decisionRandom = streams.stream("decision");
        crossings.open(terrain, scenario, streams);
        crossings.all().keySet().forEach(tally::countCrossingsAt);
        force = new GuardForce(model);
        metrics = new FrontierMetrics(terrain, List.copyOf(crossings.all().keySet()), scenario.guards());
        tally.countCrossingsAt(Events.INFORMAL);
        for (SourceSpec s : scenario.sources()) {
            emitters.add(new SourceEmitter(s, streams.stream("source:" + s.id())));
        }
    }

    /** @return the agents and groups */
    Population population() {
        return population;
    }

    /** @return the groups the decide and plan phases visit */
    Agenda agenda() {
        return agenda;
    }

    /** @return the spatial index of guards and fighters */
    SpatialIndex index() {
        return index;
    }

    /** @return what sense and move leave for interact */
    PendingInteractions pending() {
        return pending;
    }

    /** @return the run's counts */
    RunTally tally() {
        return tally;
    }

    /** @return the crossings' screenings */
    CrossingQueues crossings() {
        return crossings;
    }

    /** @return the sources, in scenario order (the live list) */
    List<SourceEmitter> emitters() {
        return emitters;
    }

    /** @return the border force */
    GuardForce force() {
        return force;
    }

    /** @return the measures per crossing and per border sector */
    FrontierMetrics metrics() {
        return metrics;
    }

    /** @return the stream guards' detections are drawn from */
    MersenneTwisterFast detectionRandom() {
        return detectionRandom;
    }

    /** @return the stream guards are placed with */
    MersenneTwisterFast deploymentRandom() {
        return deploymentRandom;
    }

    /** @return the stream strategic decisions are drawn from */
    MersenneTwisterFast decisionRandom() {
        return decisionRandom;
    }
}
