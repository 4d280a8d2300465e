package org.firebreak.crowd;

/**
 * The operational model: the velocity each person takes in the next step, from the current
 * state only (a Jacobi update), so results do not depend on the order people are computed in or
 * on the number of threads. The simulation then moves each person by velocity × step and clips
 * the move so that no centre ever crosses a wall, whatever the model computes.
 *
 * <p>Implementations must be stateless between calls (or hold only read-only data) and must
 * write only entries {@code [from, to)} of the output arrays: the simulation calls them on
 * several threads at once, on disjoint ranges.
 */
public interface PedestrianModel {
    /**
     * @return the largest centre-to-centre distance at which two people influence each other, m;
     *     the neighbour grid's cells are this large divided by {@link #cellsPerRange()}
     */
    double interactionRange();

    /**
     * @return how many neighbour-grid cells span the interaction range: 1 for cells as large as
     *     the range (3 x 3 searched), 2 for half as large (5 x 5 searched, fewer candidates)
     */
    default int cellsPerRange() {
        return 1;
    }

    /**
     * Computes next velocities for people {@code [from, to)} of the context.
     *
     * @param state the current state, read-only
     * @param step the integration step, s
     * @param from first person
     * @param to end of the range (exclusive)
     * @param nextVx receives east velocities, m/s
     * @param nextVy receives north velocities, m/s
     */
    void velocities(CrowdState state, double step, int from, int to, double[] nextVx, double[] nextVy);
}
