package org.firebreak.frontier.engine;

import java.util.List;
import org.firebreak.frontier.agent.Agent;

/**
 * The move phase: every agent takes its operational step, in id order, on the model's number
 * of threads (see {@link ParallelMove}, which keeps the results those of one thread). The
 * threads are started at the first move and kept until the model finishes or the number
 * changes.
 *
 * <p>It holds the model itself rather than a narrower view because agents are MASON
 * steppables, stepped with the running {@link sim.engine.SimState}.
 */
final class MoveSystem implements StepSystem {
    private final List<Agent> agents;
    private final FrontierModel model;
    private ParallelMove threads;

    /**
     * @param agents every agent, in id order (the live list)
     * @param model the run, which says how many threads to use
     */
    MoveSystem(List<Agent> agents, FrontierModel model) {
        this.agents = agents;
        this.model = model;
    }

    @Override
    public void run(double from) {
        if (threads == null) {
            threads = new ParallelMove(model.moveThreads());
        }
        threads.run(agents, model);
    }

    /** Stops the threads; the next move starts them again. */
    void close() {
        if (threads != null) {
            threads.close();
            threads = null;
        }
    }
}
