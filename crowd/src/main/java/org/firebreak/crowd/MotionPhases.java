package org.firebreak.crowd;

/**
 * Systems 1 to 3 of the step on the {@link StepPool}: desired velocities
 * ({@link DesiredVelocities}), next velocities from the model, and moves
 * ({@link WallClippedMoves}), each person's next state from the current one only, so the result
 * is the same bytes on any number of threads.
 *
 * <p>With the social-force model over neighbour lists the forces are three phases of their own
 * ({@link SocialForceLists}): the lists (when rebuilt), desired velocities and per-person factors
 * on contiguous ranges; the pair forces over blocks of people in two waves, the even blocks and
 * then the odd ones (a block's pairs reach into the next block only, so no sum is written by two
 * threads and each adds its terms in an order set by the blocks); then accelerations and moves.
 * Any other model computes its velocities in one pass, between desired velocities and moves.
 */
final class MotionPhases {
    private final CrowdState state;
    private final PedestrianModel model;
    private final StepPool pool;
    private final DesiredVelocities desired;
    private final WallClippedMoves moves;
    private final double dt;

    MotionPhases(CrowdState state, PedestrianModel model, StepPool pool, DesiredVelocities desired,
            WallClippedMoves moves, double dt) {
        this.state = state;
        this.model = model;
        this.pool = pool;
        this.desired = desired;
        this.moves = moves;
        this.dt = dt;
    }

    /**
     * @param n people
     * @param now the time at the end of the step, s
     * @param build whether the neighbour lists are rebuilt this step
     */
    void run(int n, double now, boolean build) {
        NeighbourList nl = state.neighbours;
        if (nl == null) {
            pool.run(n, (from, to) -> {
                double[] sample = new double[3];
                desired.run(from, to, now, sample);
                model.velocities(state, dt, from, to, state.nvx, state.nvy);
                moves.run(from, to, sample);
            });
            return;
        }
        SocialForceLists sf = ((SocialForceModel) model).lists();
        pool.run(n, (from, to) -> {
            if (build) {
                nl.build(state, from, to);
            }
            desired.run(from, to, now, new double[3]);
            sf.factors(state, nl, build, from, to);
        });
        int blocks = build ? nl.blocks(n) : (n + nl.block - 1) / nl.block;
        int size = nl.block;
        for (int wave = 0; wave < 2; wave++) {
            int first = wave;
            pool.run((blocks - first + 1) / 2, (from, to) -> {
                for (int b = first + 2 * from; b < first + 2 * to; b += 2) {
                    sf.pairs(state, nl, b * size, Math.min(n, (b + 1) * size));
                }
            });
        }
        pool.run(n, (from, to) -> {
            sf.accelerate(state, dt, from, to);
            moves.run(from, to, new double[3]);
        });
    }
}
