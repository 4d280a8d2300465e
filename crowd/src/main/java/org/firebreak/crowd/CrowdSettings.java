package org.firebreak.crowd;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.firebreak.core.param.ParameterSpec;
import org.firebreak.core.param.Parameters;

/**
 * How a crowd run is stepped and who walks in it, independent of the pedestrian model.
 *
 * @param timeStep fixed integration step, s
 * @param speedMean mean desired speed, m/s
 * @param speedSd standard deviation of desired speeds, m/s
 * @param speedMin smallest desired speed (the normal is truncated), m/s
 * @param speedMax largest desired speed, m/s
 * @param radiusMin smallest body radius, m
 * @param radiusMax largest body radius (radii uniform in between), m
 * @param fieldCell cell size of the navigation fields, m
 * @param threads threads to step on (results are the same for any number)
 * @param observeEvery observers are called every this many steps
 */
public record CrowdSettings(double timeStep, double speedMean, double speedSd, double speedMin, double speedMax,
        double radiusMin, double radiusMax, double fieldCell, int threads, int observeEvery) {

    /** Step. */
    public static final ParameterSpec TIME_STEP = new ParameterSpec("time_step", "s", 0.001, 0.1, 0.01,
            "integration step; body contact (k = 1.2e5 kg/s2, m = 80 kg) is stable up to about 0.02 s");
    /** Speed mean. */
    public static final ParameterSpec SPEED_MEAN = new ParameterSpec("speed_mean", "m/s", 0.1, 3, 1.34,
            "mean free walking speed (Weidmann 1993)");
    /** Speed sd. */
    public static final ParameterSpec SPEED_SD = new ParameterSpec("speed_sd", "m/s", 0, 1, 0.26,
            "spread of free walking speeds (Weidmann 1993)");
    /** Speed min. */
    public static final ParameterSpec SPEED_MIN = new ParameterSpec("speed_min", "m/s", 0.05, 3, 0.5,
            "desired speeds below are redrawn");
    /** Speed max. */
    public static final ParameterSpec SPEED_MAX = new ParameterSpec("speed_max", "m/s", 0.1, 4, 2.0,
            "desired speeds above are redrawn");
    /** Radius min. */
    public static final ParameterSpec RADIUS_MIN = new ParameterSpec("radius_min", "m", 0.1, 0.5, 0.2,
            "smallest body radius; with radius_max, disks that pack hexagonally near Weidmann's 5.4 /m2 jam density");
    /** Radius max. */
    public static final ParameterSpec RADIUS_MAX = new ParameterSpec("radius_max", "m", 0.1, 0.5, 0.25,
            "largest body radius");
    /** Field cell. */
    public static final ParameterSpec FIELD_CELL = new ParameterSpec("field_cell", "m", 0.05, 1, 0.2,
            "cell size of the navigation fields");
    /** Threads. */
    public static final ParameterSpec THREADS = new ParameterSpec("threads", "", 1, 256, 1,
            "threads to step on");
    /** Observation interval. */
    public static final ParameterSpec OBSERVE_EVERY = new ParameterSpec("observe_every", "steps", 1, 1e6, 1,
            "observers are called every this many steps");
    /** Every setting, in file order. */
    public static final List<ParameterSpec> SPECS = List.of(TIME_STEP, SPEED_MEAN, SPEED_SD, SPEED_MIN, SPEED_MAX,
            RADIUS_MIN, RADIUS_MAX, FIELD_CELL, THREADS, OBSERVE_EVERY);

    /** Range-checks every value and the order of the bounds. */
    public CrowdSettings {
        TIME_STEP.check(timeStep);
        SPEED_MEAN.check(speedMean);
        SPEED_SD.check(speedSd);
        SPEED_MIN.check(speedMin);
        SPEED_MAX.check(speedMax);
        RADIUS_MIN.check(radiusMin);
        RADIUS_MAX.check(radiusMax);
        FIELD_CELL.check(fieldCell);
        THREADS.check(threads);
        OBSERVE_EVERY.check(observeEvery);
        if (speedMin > speedMax) {
            throw new IllegalArgumentException("speed_min = " + speedMin + " must not exceed speed_max = " + speedMax);
        }
        if (!(speedMin <= speedMean && speedMean <= speedMax)) {
            throw new IllegalArgumentException("speed_mean = " + speedMean + " must lie in [speed_min, speed_max] = ["
                    + speedMin + ", " + speedMax + "]");
        }
        if (radiusMin > radiusMax) {
            throw new IllegalArgumentException("radius_min = " + radiusMin + " must not exceed radius_max = " + radiusMax);
        }
    }

    /** @return the defaults */
    public static CrowdSettings defaults() {
        return of(Parameters.defaults(SPECS));
    }

    /**
     * @param p values for {@link #SPECS}
     * @return the settings
     */
    public static CrowdSettings of(Parameters p) {
        return new CrowdSettings(p.get(TIME_STEP), p.get(SPEED_MEAN), p.get(SPEED_SD), p.get(SPEED_MIN),
                p.get(SPEED_MAX), p.get(RADIUS_MIN), p.get(RADIUS_MAX), p.get(FIELD_CELL), (int) p.get(THREADS),
                (int) p.get(OBSERVE_EVERY));
    }

    /**
     * @param step the integration step, s
     * @return these settings with another step
     */
    public CrowdSettings withTimeStep(double step) {
        return new CrowdSettings(step, speedMean, speedSd, speedMin, speedMax, radiusMin, radiusMax, fieldCell,
                threads, observeEvery);
    }

    /**
     * @param n threads to step on
     * @return these settings with another thread count
     */
    public CrowdSettings withThreads(int n) {
        return new CrowdSettings(timeStep, speedMean, speedSd, speedMin, speedMax, radiusMin, radiusMax, fieldCell,
                n, observeEvery);
    }

    /** @return the values by key */
    public Parameters asParameters() {
        Map<String, Double> m = new LinkedHashMap<>();
        double[] v = {timeStep, speedMean, speedSd, speedMin, speedMax, radiusMin, radiusMax, fieldCell, threads,
            observeEvery};
        for (int i = 0; i < v.length; i++) {
            m.put(SPECS.get(i).key(), v[i]);
        }
        return Parameters.of(SPECS, m);
    }
}
