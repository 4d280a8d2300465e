package org.firebreak.examples.gui;

import org.firebreak.core.terrain.Crossing;
import org.firebreak.frontier.engine.CrossingScreening;
import org.firebreak.frontier.engine.FrontierMetrics;
import org.firebreak.frontier.engine.FrontierModel;

/**
 * What an inspector shows of a crossing: for an official one its queue, lanes and counts, live;
 * for an informal one where it is.
 */
public final class CrossingView {
    private final Crossing crossing;
    private final FrontierModel model;

    /**
     * @param crossing the crossing
     * @param model the running model
     */
    public CrossingView(Crossing crossing, FrontierModel model) {
        this.crossing = crossing;
        this.model = model;
    }

    private CrossingScreening screening() {
        return model.queues().get(crossing.id());
    }

    /** @return stable id */
    public String getId() {
        return Live.read(model, () -> crossing.id());
    }

    /** @return name */
    public String getName() {
        return Live.read(model, () -> crossing.name());
    }

    /** @return official or informal */
    public String getKind() {
        return Live.read(model, () -> crossing.official() ? "official" : "informal");
    }

    /** @return the border it lies on */
    public String getBorder() {
        return Live.read(model, () -> crossing.borderId());
    }

    /** @return whether it is open now (informal crossings always are) */
    public boolean isOpen() {
        return Live.read(model, () -> !crossing.official() || model.crossingOpen(crossing.id()));
    }

    /** @return people waiting, not yet in a lane */
    public int getWaiting() {
        return Live.<Integer>read(model, () -> {
            CrossingScreening q = screening();
            return q == null ? 0 : q.waiting();
        });
    }

    /** @return people in a lane now */
    public int getInService() {
        return Live.<Integer>read(model, () -> {
            CrossingScreening q = screening();
            return q == null ? 0 : q.inService();
        });
    }

    /** @return screening lanes */
    public int getLanes() {
        return Live.<Integer>read(model, () -> {
            CrossingScreening q = screening();
            return q == null ? 0 : q.capacity().lanes();
        });
    }

    /** @return people screened per hour with every lane busy */
    public double getCapacityPerHour() {
        return Live.<Double>read(model, () -> {
            CrossingScreening q = screening();
            return q == null ? 0 : q.capacity().perHour();
        });
    }

    /** @return border crossings here so far */
    public long getCrossed() {
        return Live.read(model, () -> crossing.official() ? model.crossings().getOrDefault(crossing.id(), 0L) : 0);
    }

    /** @return the longest queue so far */
    public int getMaxWaiting() {
        return Live.<Integer>read(model, () -> {
            CrossingScreening q = screening();
            return q == null ? 0 : q.maxWaiting();
        });
    }

    /** @return mean wait before screening so far, minutes */
    public double getMeanWaitMin() {
        return Live.<Double>read(model, () -> {
            CrossingScreening q = screening();
            return q == null ? 0 : q.meanWaitSeconds() / 60;
        });
    }

    /** @return longest wait before screening so far, minutes */
    public double getMaxWaitMin() {
        return Live.<Double>read(model, () -> {
            CrossingScreening q = screening();
            return q == null ? 0 : q.maxWaitSeconds() / 60;
        });
    }

    /** @return fighters identified by screening here */
    public long getFightersIdentified() {
        return Live.<Long>read(model, () -> {
            CrossingScreening q = screening();
            return q == null ? 0 : q.fightersIdentified();
        });
    }

    /** @return fighters who crossed here before their group was detected */
    public long getFightersCrossedUndetected() {
        return Live.<Long>read(model, () -> {
            FrontierMetrics.CrossingCounts c = model.metrics() == null ? null : model.metrics().crossings().get(crossing.id());
            return c == null ? 0 : c.fightersUndetected;
        });
    }

    /** @return easting and northing, km */
    public String getPositionKm() {
        return Live.read(model, () -> String.format(java.util.Locale.ROOT, "%.1f, %.1f", crossing.x() / 1000, crossing.y() / 1000));
    }

    @Override
    public String toString() {
        return getKind() + " crossing " + crossing.name();
    }
}
