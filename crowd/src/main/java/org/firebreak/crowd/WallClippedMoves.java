package org.firebreak.crowd;

/**
 * System 3 of the step, the integration: moves every person by its next velocity times the
 * step, clipped so that no centre crosses or touches a wall ({@link WallIndex#clip}), and sets
 * the velocity to the move actually made. People in service stand still. Tells the neighbour
 * lists the range's largest speed, which decides when they are rebuilt.
 */
final class WallClippedMoves {
    private final CrowdState state;
    private final WallIndex walls;
    private final double dt;
    private final double maxStep;

    /**
     * @param maxStep the longest move allowed, m (half the wall index's reach)
     */
    WallClippedMoves(CrowdState state, WallIndex walls, double dt, double maxStep) {
        this.state = state;
        this.walls = walls;
        this.dt = dt;
        this.maxStep = maxStep;
    }

    /** Moves people [from, to) by the next velocities; {@code sample} is scratch of three. */
    void run(int from, int to, double[] sample) {
        CrowdState s = state;
        double fastest = 0;
        for (int i = from; i < to; i++) {
            double x0 = s.x[i];
            double y0 = s.y[i];
            if (s.mode[i] == CrowdState.IN_SERVICE) {
                s.nx[i] = x0;
                s.ny[i] = y0;
                s.nvx[i] = 0;
                s.nvy[i] = 0;
                continue;
            }
            double dx = s.nvx[i] * dt;
            double dy = s.nvy[i] * dt;
            double len = Math.sqrt(dx * dx + dy * dy);
            boolean changed = false;
            if (len > maxStep) {
                dx *= maxStep / len;
                dy *= maxStep / len;
                changed = true;
            }
            double px = x0 + dx;
            double py = y0 + dy;
            if (walls.clip(x0, y0, px, py, sample)) {
                px = sample[0];
                py = sample[1];
                changed = true;
            }
            if (changed) {
                s.nvx[i] = (px - x0) / dt;
                s.nvy[i] = (py - y0) / dt;
            }
            s.nx[i] = s.wrapX(px);
            s.ny[i] = py;
            fastest = Math.max(fastest, s.nvx[i] * s.nvx[i] + s.nvy[i] * s.nvy[i]);
        }
        if (s.neighbours != null) {
            s.neighbours.moved(from, Math.sqrt(fastest));
        }
    }
}
