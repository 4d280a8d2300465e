package org.firebreak.frontier.behaviour;

import java.util.List;
import org.firebreak.core.param.ParameterSpec;
import org.firebreak.core.param.Parameters;

/**
 * How a guard team responds to a detection: it moves toward the detected group at the pursuit
 * speed, and apprehends the whole group once one of its members has stayed within the
 * apprehension range for the apprehension time without a break. It gives up when the pursuit
 * has lasted too long. All four are assumptions of the scenario, with defaults chosen for a
 * team on foot with a vehicle in support.
 *
 * @param respond whether the team leaves its post or patrol to respond at all
 * @param pursuitSpeedKmh speed while responding, km/h
 * @param apprehensionRangeM range within which the team holds the group, metres
 * @param apprehensionSeconds time the team must stay within range, seconds
 * @param pursuitSeconds time after which the team gives up, seconds
 */
public record GuardResponse(boolean respond, double pursuitSpeedKmh, double apprehensionRangeM,
                            double apprehensionSeconds, double pursuitSeconds) implements java.io.Serializable {
    /** Respond or not. */
    public static final ParameterSpec RESPOND = new ParameterSpec("respond", "", 0, 1, 1,
            "1: the team leaves its post or patrol to intercept what it detects; 0: it reports only");
    /** Pursuit speed. */
    public static final ParameterSpec PURSUIT_SPEED_KMH = new ParameterSpec("pursuit_speed_kmh", "km/h", 1, 120, 10,
            "speed of a responding team over the terrain (assumption: on foot with a vehicle in support)");
    /** Apprehension range. */
    public static final ParameterSpec APPREHENSION_RANGE_M = new ParameterSpec("apprehension_range_m", "m", 1, 5_000,
            150, "distance within which the team holds the detected group");
    /** Apprehension time. */
    public static final ParameterSpec APPREHENSION_MINUTES = new ParameterSpec("apprehension_minutes", "min", 0,
            600, 5, "time the team must stay within range, without a break, to apprehend the group");
    /** Give-up time. */
    public static final ParameterSpec PURSUIT_MINUTES = new ParameterSpec("pursuit_minutes", "min", 1, 6_000, 120,
            "time after which a pursuit that has not apprehended the group is given up");
    /** Every key, in file order. */
    public static final List<ParameterSpec> SPECS = List.of(RESPOND, PURSUIT_SPEED_KMH, APPREHENSION_RANGE_M,
            APPREHENSION_MINUTES, PURSUIT_MINUTES);

    /** Checks the values. */
    public GuardResponse {
        PURSUIT_SPEED_KMH.check(pursuitSpeedKmh);
        APPREHENSION_RANGE_M.check(apprehensionRangeM);
        APPREHENSION_MINUTES.check(apprehensionSeconds / 60);
        PURSUIT_MINUTES.check(pursuitSeconds / 60);
    }

    /**
     * @param p values for {@link #SPECS}
     * @return the response
     */
    public static GuardResponse of(Parameters p) {
        return new GuardResponse(p.get(RESPOND) >= 0.5, p.get(PURSUIT_SPEED_KMH), p.get(APPREHENSION_RANGE_M),
                p.get(APPREHENSION_MINUTES) * 60, p.get(PURSUIT_MINUTES) * 60);
    }

    /** @return the defaults */
    public static GuardResponse defaults() {
        return of(Parameters.defaults(SPECS));
    }
}
