package org.firebreak.crowd;

/**
 * e^x in plain double arithmetic: the same bits on every JVM and at every JIT tier (Math.exp
 * may differ in the last bit between its intrinsic and the interpreter), and several times
 * faster. x = (32 k + j) ln2/32 + r with |r| ≤ ln2/64; e^x = 2^k · 2^(j/32) · e^r, the 32
 * values 2^(j/32) from a table (StrictMath, so fixed), e^r by a degree-4 polynomial. Relative
 * error below 1e-11 for x in [-700, 700]; 0 below -700.
 */
final class FastExp {
    private static final double SCALE = 32 / 0.6931471805599453;
    private static final double STEP = 0.6931471805599453 / 32;
    private static final double[] TABLE = new double[32];

    static {
        for (int j = 0; j < 32; j++) {
            TABLE[j] = StrictMath.pow(2, j / 32.0);
        }
    }

    private FastExp() {
    }

    static double exp(double x) {
        if (x < -700) {
            return 0;
        }
        if (x > 700) {
            x = 700;
        }
        // round to nearest by a cast (Math.rint/floor are not intrinsics on every x86)
        double t = x * SCALE;
        long n = (long) (t < 0 ? t - 0.5 : t + 0.5);
        double r = x - n * STEP;
        double p = 1 + r * (1 + r * (0.5 + r * (1.0 / 6 + r * (1.0 / 24))));
        return TABLE[(int) (n & 31)] * p * Double.longBitsToDouble(((n >> 5) + 1023) << 52);
    }
}
