package org.firebreak.flee;

import java.util.Arrays;
import java.util.List;

/**
 * The state of the graph for one day, fixed before anybody moves: conflicts, closures, each
 * location's move chance, score and capacity factor. Every agent's decisions that day read
 * this same state, so they do not depend on the order agents are visited in.
 */
final class Today {
    private final FleeNetwork net;
    private final FleeRules rules;
    private final ConflictSchedule conflicts;
    private final Resolved[] closures;

    /** Kind of each location, after camp openings and closings so far. */
    final LocationType[] kind;
    final double[] intensity;
    final double[] moveChance;
    /**
     * The move chance as a threshold on a uniform 32-bit draw: leaving when the draw, read
     * unsigned, is below it. One 32-bit draw per decision instead of a 53-bit double, which
     * halves the cost of the most frequent decision; the chance is kept to 2^-32.
     */
    final long[] moveThreshold;
    /** Whether a location counts as a town (for FLEE's short-stint rule). */
    final boolean[] town;
    /** Whether a location is a camp today (for the full-camp check). */
    final boolean[] camp;
    final double[] score;
    final double[] capacityFactor;
    final boolean[] closed;

    /** A closure with its names resolved to indices (countries for border closures). */
    private record Resolved(Closure.Type type, int a, int b, Closure closure) {
    }

    Today(FleeInputs inputs, FleeNetwork net) {
        this.net = net;
        this.rules = inputs.rules();
        this.conflicts = new ConflictSchedule(inputs, net);
        List<Closure> cs = inputs.closures();
        closures = new Resolved[cs.size()];
        for (int i = 0; i < cs.size(); i++) {
            Closure c = cs.get(i);
            boolean border = c.type() == Closure.Type.COUNTRY;
            int a = border ? net.country(c.name1()) : net.index(c.name1());
            int b = c.name2().isEmpty() ? -1 : border ? net.country(c.name2()) : net.index(c.name2());
            if (a < 0 || !c.name2().isEmpty() && b < 0) {
                throw new IllegalArgumentException("closure names an unknown " + (border ? "country" : "location")
                        + ": " + c);
            }
            closures[i] = new Resolved(c.type(), a, b, c);
        }
        kind = net.baseType.clone();
        intensity = new double[net.size];
        moveChance = new double[net.size];
        moveThreshold = new long[net.size];
        town = new boolean[net.size];
        camp = new boolean[net.size];
        score = new double[net.size];
        capacityFactor = new double[net.size];
        closed = new boolean[net.links];
    }

    /**
     * Conflicts of the day: set before spawning, which follows them.
     *
     * @param day the day
     */
    void conflicts(int day) {
        conflicts.intensities(day, intensity);
    }

    /**
     * Closures of the day: camps open or close on their days (as events, in file order, as
     * FLEE enacts them); links are closed while any closure covering them holds.
     *
     * @param day the day
     */
    void closures(int day) {
        Arrays.fill(closed, false);
        for (Resolved r : closures) {
            Closure c = r.closure();
            if (r.type() == Closure.Type.CAMP || r.type() == Closure.Type.IDP_CAMP) {
                if (c.startDay() == day) {
                    kind[r.a()] = LocationType.TOWN;
                }
                if (c.endDay() == day) {
                    kind[r.a()] = r.type() == Closure.Type.CAMP ? LocationType.CAMP : LocationType.IDP_CAMP;
                }
            } else if (c.activeOn(day)) {
                close(r);
            }
        }
    }

    private void close(Resolved r) {
        for (int l = 0; l < net.links; l++) {
            int f = net.from[l];
            int t = net.to[l];
            closed[l] |= switch (r.type()) {
                case LINK -> f == r.a() && t == r.b() || f == r.b() && t == r.a();
                case LOCATION -> f == r.a() || t == r.a();
                case COUNTRY -> net.country[f] == r.a() && net.country[t] == r.b()
                        || net.country[f] == r.b() && net.country[t] == r.a();
                default -> false;
            };
        }
    }

    /**
     * @param p a probability
     * @return the threshold T with P(u &lt; T) = p to 2^-32, for u uniform on [0, 2^32)
     */
    static long threshold(double p) {
        return Math.round(p * 0x1.0p32);
    }

    /**
     * Move chances, scores and capacity factors from the day's conflicts, kinds and the
     * occupancy before anybody moves.
     *
     * @param occupancy agents at each location
     */
    void refresh(int[] occupancy) {
        for (int i = 0; i < net.size; i++) {
            LocationType k = kind[i];
            boolean inConflict = intensity[i] > 0;
            // a conflict zone whose conflict has not started or has ended is a town, as in FLEE
            LocationType acting = inConflict ? LocationType.CONFLICT_ZONE
                    : k == LocationType.CONFLICT_ZONE ? LocationType.TOWN : k;
            moveChance[i] = rules.moveChance(acting);
            moveThreshold[i] = threshold(moveChance[i]);
            town[i] = acting == LocationType.TOWN;
            camp[i] = k.isCamp();
            score[i] = rules.score(k, net.foreign[i], intensity[i]);
            capacityFactor[i] = rules.capacityFactor(occupancy[i], net.capacity[i]);
        }
    }
}
