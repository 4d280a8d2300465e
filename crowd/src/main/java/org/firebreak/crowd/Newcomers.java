package org.firebreak.crowd;

import ec.util.MersenneTwisterFast;

/**
 * Who a new person is: the next id, and a desired speed and body radius drawn from stream
 * {@code "crowd:persons"} unless given. Ids and draws follow the order people are handed in, by
 * injection, placement or a source's arrivals.
 */
final class Newcomers {
    private final CrowdSettings settings;
    private final MersenneTwisterFast random;
    private int nextId;

    Newcomers(CrowdSettings settings, MersenneTwisterFast random) {
        this.settings = settings;
        this.random = random;
    }

    /** @return a new person's id */
    int nextId() {
        return nextId++;
    }

    /** @return the given desired speed (checked), or one drawn if it is NaN */
    float speed(double desired) {
        return Double.isNaN(desired) ? drawSpeed() : (float) CrowdSettings.SPEED_MAX.check(desired);
    }

    /** @return the given radius (checked), or one drawn if it is NaN */
    float radius(double radius) {
        return Double.isNaN(radius) ? drawRadius() : (float) CrowdSettings.RADIUS_MAX.check(radius);
    }

    /** @return a desired speed from the settings' normal, truncated by redrawing */
    float drawSpeed() {
        while (true) {
            double v = settings.speedMean() + settings.speedSd() * random.nextGaussian();
            if (v >= settings.speedMin() && v <= settings.speedMax()) {
                return (float) v;
            }
        }
    }

    /** @return a radius uniform between the settings' bounds */
    float drawRadius() {
        return (float) (settings.radiusMin() + (settings.radiusMax() - settings.radiusMin()) * random.nextDouble());
    }
}
