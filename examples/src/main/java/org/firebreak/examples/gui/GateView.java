package org.firebreak.examples.gui;

import org.firebreak.crowd.Gate;

/** What an inspector shows of a gate of a crowd site: its lanes, capacity and people served, live. */
public final class GateView {
    private final CrowdSite site;
    private final Gate gate;

    /**
     * @param site the running site
     * @param gate the gate
     */
    public GateView(CrowdSite site, Gate gate) {
        this.site = site;
        this.gate = gate;
    }

    /** @return the gate's name */
    public String getName() {
        return Live.read(site, () -> gate.name());
    }

    /** @return lanes */
    public int getLanes() {
        return Live.read(site, () -> gate.lanes());
    }

    /** @return mean service time at a lane, s */
    public double getMeanServiceS() {
        return Live.read(site, () -> gate.service().mean());
    }

    /** @return persons per second the gate serves when saturated */
    public double getCapacityPerS() {
        return Live.read(site, () -> gate.capacityPerSecond());
    }

    /** @return persons served so far */
    public long getServed() {
        return Live.read(site, () -> site.simulation() == null ? 0 : site.simulation().served(gate.name()));
    }

    /** @return width of the passage, m */
    public double getWidthM() {
        return Live.read(site, () -> gate.passage().length());
    }

    @Override
    public String toString() {
        return "gate " + gate.name();
    }
}
