package org.firebreak.crowd;

/**
 * Reads the crowd after a step, without knowing how the simulation stores it. Measurement code
 * (densities, flows, exposure) implements this.
 *
 * <p>The arrays may be longer than {@code count}; only {@code [0, count)} is valid. Entries are
 * in no particular order (it changes between calls); {@code ids} names the person at each index
 * and stays the same for a person for the whole run. The arrays belong to the simulation: read
 * them during the call, never keep or change them.
 */
public interface CrowdObserver {
    /**
     * @param timeSeconds simulated time after the step, s
     * @param count persons in the site
     * @param ids stable person ids
     * @param x east positions, m
     * @param y north positions, m
     * @param vx east velocities, m/s
     * @param vy north velocities, m/s
     */
    void observe(double timeSeconds, int count, int[] ids, double[] x, double[] y, double[] vx, double[] vy);
}
