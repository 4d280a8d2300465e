package org.firebreak.core.crowd;

/**
 * Receives the crowd's state after a step. Arrays may be longer than count; only [0, count) is
 * valid. Ids are stable per person for the whole run. Observers must not keep the arrays.
 */
public interface CrowdObserver {
    /**
     * @param timeSeconds simulated time in seconds
     * @param count persons in the crowd
     * @param ids person ids
     * @param x positions in metres
     * @param y positions in metres
     * @param vx velocities in m/s
     * @param vy velocities in m/s
     */
    void observe(double timeSeconds, int count, int[] ids, double[] x, double[] y, double[] vx, double[] vy);
}
