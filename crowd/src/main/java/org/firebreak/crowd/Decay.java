package org.firebreak.crowd;

/**
 * exp(−d/B) for distances 0 ≤ d ≤ a given maximum, the social-force model's exponential decay
 * with distance, in plain double arithmetic (the same bits everywhere, like {@link FastExp}) and
 * cheaper than a general exponential: the argument's range is known, so there is no range check
 * and no power-of-two scaling. d is rounded down to a multiple of h = B/32, e^(−kh/B) taken from a
 * table (StrictMath, so fixed) and e^r, −1/32 &lt; r ≤ 0, from a degree-4 polynomial: relative
 * error below 3·10⁻¹⁰. The table has 32 entries per B of distance: 176 for the defaults, at most
 * 17 600 (a 5 m cut-off plus the largest radius at B = 0.01 m, the parameter ranges' extreme).
 */
final class Decay {
    private static final int PER_RANGE = 32;
    private final double[] table;
    private final double perH;
    private final double h;
    private final double invB;

    /**
     * @param range B, m
     * @param max the largest distance asked for, m
     */
    Decay(double range, double max) {
        invB = 1 / range;
        h = range / PER_RANGE;
        perH = PER_RANGE / range;
        table = new double[(int) Math.ceil(max * perH) + 2];
        for (int k = 0; k < table.length; k++) {
            table[k] = StrictMath.exp(-(double) k / PER_RANGE);
        }
    }

    /** @return exp(−d/B), for 0 ≤ d ≤ the maximum */
    double at(double d) {
        int k = (int) (d * perH);
        double r = (k * h - d) * invB;
        return table[k] * (1 + r * (1 + r * (0.5 + r * (1.0 / 6 + r * (1.0 / 24)))));
    }
}
