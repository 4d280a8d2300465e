package org.firebreak.crowd;

import ec.util.MersenneTwisterFast;
import java.util.Arrays;

/**
 * The lanes of one gate during a run: who each lane is serving, where lanes are, and the gate's
 * own stream of service times.
 */
final class GateLanes {
    /** How far from its lane a person may stand and still be taken for service, beyond its radius, m. */
    static final double REACH = 0.25;

    final Gate gate;
    final int wallIndex;
    final MersenneTwisterFast random;
    final int[] serving;
    final double ax;
    final double ay;
    final double ux;
    final double uy;
    /** Unit normal pointing to the queue side. */
    final double inX;
    final double inY;
    final double laneLength;
    long served;

    GateLanes(Gate gate, int wallIndex, MersenneTwisterFast random) {
        this.gate = gate;
        this.wallIndex = wallIndex;
        this.random = random;
        serving = new int[gate.lanes()];
        Arrays.fill(serving, -1);
        Segment s = gate.passage();
        double len = s.length();
        ax = s.x1();
        ay = s.y1();
        ux = (s.x2() - s.x1()) / len;
        uy = (s.y2() - s.y1()) / len;
        inX = -uy;
        inY = ux;
        laneLength = len / gate.lanes();
    }

    double laneX(int lane) {
        return ax + (lane + 0.5) * laneLength * ux;
    }

    double laneY(int lane) {
        return ay + (lane + 0.5) * laneLength * uy;
    }

    /** @return signed distance of a point from the passage line, positive on the queue side, m */
    double side(double px, double py) {
        return (px - ax) * inX + (py - ay) * inY;
    }

    /** @return distance from a point to the part of the passage a lane covers, m */
    double distanceToLane(int lane, double px, double py) {
        double a = lane * laneLength;
        double t = (px - ax) * ux + (py - ay) * uy;
        t = t < a ? a : t > a + laneLength ? a + laneLength : t;
        return Math.hypot(px - (ax + t * ux), py - (ay + t * uy));
    }

    /**
     * Where a person heading for this gate aims once close: the nearest free lane, or the nearest
     * lane if none is free.
     *
     * @param out receives the point (0, 1)
     */
    void aim(double px, double py, double[] out) {
        int best = -1;
        double bestD = Double.MAX_VALUE;
        for (int pass = 0; pass < 2 && best < 0; pass++) {
            for (int k = 0; k < serving.length; k++) {
                if (pass == 0 && serving[k] >= 0) {
                    continue;
                }
                double d = distanceToLane(k, px, py);
                if (d < bestD) {
                    bestD = d;
                    best = k;
                }
            }
        }
        out[0] = laneX(best);
        out[1] = laneY(best);
    }

    /**
     * @return the free lane within reach of a person on the queue side, nearest first, or -1
     */
    int freeLaneFor(double px, double py, double radius) {
        if (side(px, py) <= 0) {
            return -1;
        }
        int best = -1;
        double bestD = radius + REACH;
        for (int k = 0; k < serving.length; k++) {
            if (serving[k] < 0) {
                double d = distanceToLane(k, px, py);
                if (d <= bestD) {
                    bestD = d;
                    best = k;
                }
            }
        }
        return best;
    }
}
