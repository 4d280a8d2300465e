package org.firebreak.flee;

import java.util.Arrays;

/**
 * Agents as parallel arrays (structure of arrays), indexed by agent id in order of creation:
 * where each one is, how far along its link, and the rest of its chosen route.
 */
final class FleeAgents {
    /** Set once an agent has completed a link (FLEE's places_travelled above 1). */
    static final byte TRAVELLED = 1;

    int size;
    /** The location an agent is at, or the start of the link it is on. */
    int[] location;
    /** The link an agent is on, or -1. */
    int[] link;
    /** Km covered on the current link. */
    float[] onLinkKm;
    /** FLEE's recent_travel_distance: running average of the share of a day's distance covered. */
    float[] recent;
    byte[] flags;
    /** Route slots per agent: 0 when routes never outlive the day they are chosen. */
    final int routeSlots;
    /** Locations still to visit, routeSlots per agent, and how many of them are set. */
    int[] route;
    byte[] routeLength;

    FleeAgents(int capacity, int routeSlots) {
        this.routeSlots = routeSlots;
        int c = Math.max(16, capacity);
        location = new int[c];
        link = new int[c];
        onLinkKm = new float[c];
        recent = new float[c];
        flags = new byte[c];
        route = new int[c * routeSlots];
        routeLength = new byte[routeSlots > 0 ? c : 0];
    }

    /**
     * Appends agents at a location.
     *
     * @param at the location
     * @param n how many
     */
    void add(int at, int n) {
        ensure(size + n);
        Arrays.fill(location, size, size + n, at);
        Arrays.fill(link, size, size + n, -1);
        size += n;
    }

    private void ensure(int needed) {
        if (needed <= location.length) {
            return;
        }
        int c = Math.max(needed, location.length + (location.length >> 1));
        location = Arrays.copyOf(location, c);
        link = Arrays.copyOf(link, c);
        onLinkKm = Arrays.copyOf(onLinkKm, c);
        recent = Arrays.copyOf(recent, c);
        flags = Arrays.copyOf(flags, c);
        route = Arrays.copyOf(route, c * routeSlots);
        if (routeSlots > 0) {
            routeLength = Arrays.copyOf(routeLength, c);
        }
    }
}
