package org.firebreak.examples.gui;

import org.firebreak.crowd.CrowdSimulation;
import org.firebreak.crowd.measure.CrowdMeasureConfig;
import org.firebreak.crowd.measure.GridDensity;
import org.firebreak.crowd.scenario.CrowdScenario;
import sim.engine.SimState;

/**
 * A crowd scenario as a MASON {@link SimState}, so MASON's console can start, step and stop it:
 * each schedule step advances the {@link CrowdSimulation} by one observation interval (its
 * {@code observe_every} steps of {@code time_step}), and the schedule's clock reads simulated
 * seconds. The simulation keeps its own seeded random streams (the scenario's seed), exactly as
 * in {@code firebreak crowd}; a {@link GridDensity} on the scenario's measurement grid follows
 * the local density for the display.
 */
public final class CrowdSite extends SimState {
    private static final long serialVersionUID = 1L;

    private final transient CrowdScenario scenario;
    private transient CrowdSimulation simulation;
    private transient GridDensity density;

    /** @param scenario the crowd scenario (with any seed override applied) */
    public CrowdSite(CrowdScenario scenario) {
        super(scenario.seed());
        this.scenario = scenario;
    }

    @Override
    public void start() {
        super.start();
        close();
        simulation = CrowdSimulation.builder(scenario.geometry()).model(scenario.model().create())
                .settings(scenario.settings()).seed(scenario.seed()).build();
        CrowdMeasureConfig m = scenario.measureConfig();
        density = new GridDensity(m.gridBounds(), m.cellSize(), m.walkable());
        simulation.addObserver(density);
        int substeps = scenario.settings().observeEvery();
        schedule.scheduleRepeating(0.0, 0, state -> {
            for (int i = 0; i < substeps; i++) {
                simulation.step();
            }
        }, tickSeconds());
    }

    @Override
    public void finish() {
        super.finish();
        close();
    }

    private void close() {
        if (simulation != null) {
            simulation.close();
            simulation = null;
        }
    }

    /** @return simulated seconds per schedule step */
    public double tickSeconds() {
        return scenario.settings().timeStep() * scenario.settings().observeEvery();
    }

    /** @return schedule steps that make up the scenario's duration */
    public long totalTicks() {
        return Math.round(scenario.durationSeconds() / tickSeconds());
    }

    /** @return the scenario */
    public CrowdScenario scenario() {
        return scenario;
    }

    /** @return the running simulation, or null before the first start */
    public CrowdSimulation simulation() {
        return simulation;
    }

    /** @return local density on the measurement grid at the latest step, or null before the first start */
    public GridDensity density() {
        return density;
    }
}
