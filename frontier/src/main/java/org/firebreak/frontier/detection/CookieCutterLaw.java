package org.firebreak.frontier.detection;

import java.util.List;
import org.firebreak.core.param.ParameterSpec;
import org.firebreak.core.param.Parameters;

/**
 * The cookie-cutter (definite-range) law: a target within the effective range is detected at
 * every look, one beyond it never (Koopman 1946, 1980; Washburn, Search and Detection, ch. 2).
 * A look is one step, so the chance does not depend on the step length. Having no rate, the
 * law feels conditions only through its range (and an intensity of 0, which forbids detection).
 */
public final class CookieCutterLaw implements DetectionLaw {
    /** Stable id in scenario files. */
    public static final String ID = "detection.cookie-cutter";
    /** The effective range. */
    public static final ParameterSpec RANGE_M = new ParameterSpec("range_m", "m", 0, 50_000, 2_000,
            "effective range: a person within it is detected at every step, one beyond it never (assumption)");
    /** The law's parameters, in file order. */
    public static final List<ParameterSpec> SPECS = List.of(RANGE_M);

    private final double rangeM;

    /** @param p values for {@link #SPECS} */
    public CookieCutterLaw(Parameters p) {
        this(p.get(RANGE_M));
    }

    /** @param rangeM effective range, metres */
    public CookieCutterLaw(double rangeM) {
        this.rangeM = RANGE_M.check(rangeM);
    }

    @Override
    public double maxRangeM() {
        return rangeM;
    }

    @Override
    public double probability(double distanceM, double dtSeconds) {
        // a range of 0 means no detection, not detection of a target exactly on the observer
        return rangeM > 0 && distanceM <= rangeM ? 1 : 0;
    }
}
