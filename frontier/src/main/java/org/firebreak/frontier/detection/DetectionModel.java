package org.firebreak.frontier.detection;

import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import org.firebreak.core.param.ParameterSpec;
import org.firebreak.core.param.Parameters;
import org.firebreak.core.terrain.LineOfSight;
import org.firebreak.core.terrain.Terrain;

/**
 * Guards' detection: a {@link DetectionLaw} and the {@link DetectionModifiers} that adapt it
 * to light, ground and group size, behind one call the engine makes per guard and target
 * group at each step ({@link #probability}).
 *
 * <p>Conditions enter every law in two ways. <em>Visibility</em> v scales distances: the law
 * is asked about d / v, so its range becomes v times its own; only light changes it here,
 * from 1 by day to {@code night_range_factor} by night. <em>Intensity</em> m multiplies the
 * number of independent looks: the chance of missing, 1 − p, is raised to the power m, which
 * for a law with a rate λ is the rate m λ. Intensity is the product of the light's
 * {@code night_rate_factor} (interpolated like visibility), n^β for a group of n people
 * (Koopman's independent targets when β = 1: 1 − (1 − p)ⁿ, or 1 − exp(−n λ Δt) for the
 * exponential law), and exp(−k · slope) for cover on sloping ground at the target. A sight
 * line blocked by the ground (when checked) forbids detection.
 *
 * <p>Immutable and safe to share between threads; {@link #probability} does not allocate.
 * Two models are equal when they name the same law with the same parameters and modifiers.
 */
public final class DetectionModel implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    private final String lawId;
    private final Parameters lawParameters;
    private final DetectionModifiers modifiers;
    private final DetectionLaw law;
    // the modifiers unpacked, read on every call
    private final double maxRangeM;
    private final double nightRangeFactor;
    private final double nightRateFactor;
    private final double reliefCover;
    private final double groupExponent;
    private final boolean lineOfSight;
    private final double observerHeightM;
    private final double targetHeightM;
    private final double terrainSampleM;

    private DetectionModel(DetectionLawDefinition definition, Parameters lawParameters, DetectionModifiers modifiers) {
        Objects.requireNonNull(definition, "definition");
        this.lawParameters = Objects.requireNonNull(lawParameters, "lawParameters");
        this.modifiers = Objects.requireNonNull(modifiers, "modifiers");
        Set<String> expected = new HashSet<>();
        for (ParameterSpec s : definition.parameters()) {
            expected.add(s.key());
        }
        if (!lawParameters.asMap().keySet().equals(expected)) {
            throw new IllegalArgumentException("detection law '" + definition.id() + "' takes " + expected
                    + ", got " + lawParameters.asMap().keySet());
        }
        this.lawId = definition.id();
        this.law = definition.create(lawParameters);
        this.maxRangeM = law.maxRangeM();
        if (!(maxRangeM >= 0) || Double.isInfinite(maxRangeM)) {
            throw new IllegalArgumentException("detection law '" + lawId + "' gave a range of " + maxRangeM
                    + "; expected a finite number, at least 0");
        }
        this.nightRangeFactor = modifiers.nightRangeFactor();
        this.nightRateFactor = modifiers.nightRateFactor();
        this.reliefCover = modifiers.reliefCover();
        this.groupExponent = modifiers.groupExponent();
        this.lineOfSight = modifiers.lineOfSight();
        this.observerHeightM = modifiers.observerHeightM();
        this.targetHeightM = modifiers.targetHeightM();
        this.terrainSampleM = modifiers.terrainSampleM();
    }

    /**
     * @param law a registered law
     * @param lawParameters checked values for the law's parameters
     * @param modifiers the conditions' effects
     * @return the model
     */
    public static DetectionModel of(DetectionLawDefinition law, Parameters lawParameters,
                                    DetectionModifiers modifiers) {
        return new DetectionModel(law, lawParameters, modifiers);
    }

    /** @return the default model: the exponential law and modifiers at their defaults (as in format 1) */
    public static DetectionModel defaults() {
        return of(DetectionLaws.EXPONENTIAL, Parameters.defaults(ExponentialLaw.SPECS), DetectionModifiers.defaults());
    }

    /**
     * The model of scenario format 1: a constant rate within a range, no modifiers.
     *
     * @param rangeM range, metres
     * @param ratePerHour detection rate within range, per hour
     * @return the exponential law with no fall of the rate with distance, and default modifiers
     */
    public static DetectionModel exponential(double rangeM, double ratePerHour) {
        return of(DetectionLaws.EXPONENTIAL, Parameters.of(ExponentialLaw.SPECS,
                java.util.Map.of(ExponentialLaw.RANGE_M.key(), rangeM, ExponentialLaw.RATE_PER_HOUR.key(),
                        ratePerHour)), DetectionModifiers.defaults());
    }

    /** @return the stable id of the law */
    public String lawId() {
        return lawId;
    }

    /** @return the law's parameter values, in its spec order */
    public Parameters lawParameters() {
        return lawParameters;
    }

    /** @return the modifiers */
    public DetectionModifiers modifiers() {
        return modifiers;
    }

    /** @return the law itself */
    public DetectionLaw law() {
        return law;
    }

    /**
     * @return the greatest distance, metres, at which any guard can detect anyone: the law's range
     *         by day (darkness only shortens it); 0 when nobody is ever detected. A radius for the
     *         engine's neighbour search.
     */
    public double maxRangeM() {
        return maxRangeM;
    }

    /**
     * @param sunElevationDeg the sun's elevation at the observer, degrees
     * @return the greatest distance at which detection is possible in that light, metres
     */
    public double rangeM(double sunElevationDeg) {
        return visibility(Daylight.nightWeight(sunElevationDeg)) * maxRangeM;
    }

    private double visibility(double night) {
        return 1 + night * (nightRangeFactor - 1);
    }

    /**
     * The chance that one guard detects a group during one step. Cheap tests come first: beyond
     * the range in this light the answer is 0 before any terrain is read, and the sight line, the
     * dearest test, is traced last and only when the rest leave a chance.
     *
     * @param ox observer easting, metres
     * @param oy observer northing, metres
     * @param tx target group's easting, metres
     * @param ty target group's northing, metres
     * @param targetGroupSize people in the group, at least 1
     * @param sunElevationDeg the sun's elevation, degrees (90 for daylight throughout)
     * @param dtSeconds the step, seconds, at least 0
     * @param terrain the ground, read only for the sight line and relief when those are on
     * @return the chance, in [0, 1], that the guard detects the group during the step
     */
    public double probability(double ox, double oy, double tx, double ty, int targetGroupSize,
                              double sunElevationDeg, double dtSeconds, Terrain terrain) {
        if (targetGroupSize < 1 || !(dtSeconds >= 0)) {
            throw new IllegalArgumentException("expected a group of at least 1 and a step of at least 0 s, got "
                    + targetGroupSize + " and " + dtSeconds);
        }
        double night = Daylight.nightWeight(sunElevationDeg);
        double visibility = visibility(night);
        double reach = visibility * maxRangeM;
        double dx = tx - ox;
        double dy = ty - oy;
        double d2 = dx * dx + dy * dy;
        if (!(reach > 0) || d2 > reach * reach) {
            return 0;
        }
        double intensity = (1 + night * (nightRateFactor - 1))
                * (groupExponent == 1 ? targetGroupSize : Math.pow(targetGroupSize, groupExponent));
        if (!(intensity > 0)) {
            return 0;
        }
        double p = law.probability(Math.sqrt(d2) / visibility, dtSeconds);
        if (!(p > 0)) {
            return 0;
        }
        if (reliefCover > 0) {
            double slope = terrain.slope(tx, ty, terrainSampleM);
            // where the elevation is unknown (NaN) the ground gives no cover
            if (slope > 0) {
                intensity *= Math.exp(-reliefCover * slope);
            }
        }
        if (lineOfSight && !LineOfSight.clearOverCurvedEarth(terrain, ox, oy, observerHeightM, tx, ty,
                targetHeightM, terrainSampleM)) {
            return 0;
        }
        return withIntensity(p, intensity);
    }

    /**
     * @param p the chance per step of one look
     * @param intensity the number of independent looks, greater than 0
     * @return 1 − (1 − p)^intensity, accurate for small chances
     */
    static double withIntensity(double p, double intensity) {
        if (intensity == 1) {
            // the common case, and exactly the law's own number
            return p;
        }
        if (p >= 1) {
            return 1;
        }
        return -Math.expm1(intensity * Math.log1p(-p));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DetectionModel m && m.lawId.equals(lawId) && m.lawParameters.equals(lawParameters)
                && m.modifiers.equals(modifiers);
    }

    @Override
    public int hashCode() {
        return Objects.hash(lawId, lawParameters, modifiers);
    }

    @Override
    public String toString() {
        return "DetectionModel[" + lawId + " " + lawParameters + ", " + modifiers + "]";
    }
}
