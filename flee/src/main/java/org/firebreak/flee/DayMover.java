package org.firebreak.flee;

import ec.util.MersenneTwisterFast;

/**
 * One day of FLEE's movement rules for a range of agents (FLEE's {@code evolve} and
 * {@code finish_travel}), reading only the day's fixed state and each agent's own arrays,
 * so ranges can run on any thread in any order.
 *
 * <p>An agent at a location sets off with the location's move chance; without a route it
 * chooses one from the {@link RouteTable} and steps onto its first link, unless the route
 * ends at a camp whose capacity factor is below 0.5 (then it stays and forgets the route).
 * An agent on a link advances a day's distance (a walk on its first link with
 * start_on_foot); it arrives when the distance covered exceeds the link's length, and if it
 * has covered less than a day's distance it decides again where it stands, so a day can
 * take it over several links. A link closed on arrival sends it back to the link's start.
 */
final class DayMover {
    private static final long ALWAYS = Today.threshold(1.0);
    private final FleeNetwork net;
    private final FleeAgents agents;
    private final Today today;
    private final RouteTable table;
    private final double maxMove;
    private final double maxWalk;
    private final boolean startOnFoot;
    private final boolean avoidShortStints;
    private final int slots;

    DayMover(FleeNetwork net, FleeAgents agents, Today today, RouteTable table, FleeRules rules) {
        this.net = net;
        this.agents = agents;
        this.today = today;
        this.table = table;
        this.maxMove = rules.maxMoveSpeedKm();
        this.maxWalk = rules.maxWalkSpeedKm();
        this.startOnFoot = rules.startOnFoot();
        this.avoidShortStints = rules.avoidShortStints();
        this.slots = agents.routeSlots;
    }

    /**
     * Moves agents {@code lo} to {@code hi - 1}, in id order, and counts where they end.
     *
     * @param lo first agent
     * @param hi one past the last agent
     * @param rng the range's stream for the day
     * @param counts receives agents per location (indices 0..n-1) and per link (n + link)
     */
    void move(int lo, int hi, MersenneTwisterFast rng, int[] counts) {
        int[] link = agents.link;
        int[] location = agents.location;
        int n = net.size;
        for (int a = lo; a < hi; a++) {
            double moved = 0;
            if (link[a] < 0) {
                decide(a, rng, false);
            }
            if (link[a] >= 0) {
                moved = travel(a, rng);
            }
            if (avoidShortStints) {
                agents.recent[a] = (float) ((agents.recent[a] + moved / maxMove) / 2.0);
            }
            int l = link[a];
            counts[l >= 0 ? n + l : location[a]]++;
        }
    }

    private void decide(int a, MersenneTwisterFast rng, boolean force) {
        int at = agents.location[a];
        long threshold = force && today.town[at] ? ALWAYS : today.moveThreshold[at];
        if ((rng.nextInt() & 0xFFFF_FFFFL) >= threshold) {
            return;
        }
        int next;
        if (slots == 0 || agents.routeLength[a] == 0) {
            int c = table.choose(at, rng);
            if (c < 0) {
                return;
            }
            int length = table.length(c);
            int destination = table.stop(c, length - 1);
            if (fullCamp(destination)) {
                return;
            }
            next = table.firstLink(c);
            for (int k = 1; k < length; k++) {
                agents.route[a * slots + k - 1] = table.stop(c, k);
            }
            if (slots > 0) {
                agents.routeLength[a] = (byte) (length - 1);
            }
        } else {
            int base = a * slots;
            int length = agents.routeLength[a];
            next = net.openLink(at, agents.route[base], today.closed);
            if (next < 0 || fullCamp(agents.route[base + length - 1])) {
                agents.routeLength[a] = 0; // the route is gone or its camp full: choose afresh next time
                return;
            }
            System.arraycopy(agents.route, base + 1, agents.route, base, length - 1);
            agents.routeLength[a] = (byte) (length - 1);
        }
        agents.link[a] = next;
        agents.onLinkKm[a] = 0f;
    }

    /** FLEE's check_dest_is_full_camp: a camp with less than half its attraction left is not set out for. */
    private boolean fullCamp(int destination) {
        return today.camp[destination] && today.capacityFactor[destination] < 0.5;
    }

    private double travel(int a, MersenneTwisterFast rng) {
        double moved = 0;
        while (true) {
            double speed = startOnFoot && (agents.flags[a] & FleeAgents.TRAVELLED) == 0 ? maxWalk : maxMove;
            int l = agents.link[a];
            double onLink = agents.onLinkKm[a] + speed;
            moved += speed;
            if (!(onLink > net.km[l])) {
                agents.onLinkKm[a] = (float) onLink;
                return moved;
            }
            agents.flags[a] |= FleeAgents.TRAVELLED;
            moved += net.km[l] - onLink; // only the link's remaining length was covered
            agents.link[a] = -1;
            agents.onLinkKm[a] = 0f;
            if (today.closed[l]) {
                agents.location[a] = net.from[l];
                return moved;
            }
            agents.location[a] = net.to[l];
            if (!(moved < speed)) {
                return moved;
            }
            boolean force = avoidShortStints && (agents.recent[a] + moved / maxMove) / 2.0 < 0.5;
            decide(a, rng, force);
            if (agents.link[a] < 0) {
                return moved;
            }
        }
    }
}
