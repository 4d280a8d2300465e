package org.firebreak.crowd.measure;

/** Checks one observation before any measurement uses it, so bad input fails loudly and early. */
final class Observations {
    private Observations() {
    }

    /**
     * @param previousTime the time of the previous observation, NaN before the first
     * @throws IllegalArgumentException naming what is wrong: a non-finite or decreasing time, a
     *     count that does not fit the arrays, a non-finite position or velocity
     */
    static void check(double time, double previousTime, int count, int[] ids, double[] x, double[] y,
                      double[] vx, double[] vy) {
        if (!Double.isFinite(time) || time < 0) {
            throw new IllegalArgumentException("crowd observation: time_s = " + time
                    + "; expected a finite number of seconds >= 0");
        }
        if (time < previousTime) {
            throw new IllegalArgumentException("crowd observation: time_s = " + time + " is before the previous "
                    + "observation at " + previousTime + " s; observations must come in time order");
        }
        if (count < 0 || count > ids.length || count > x.length || count > y.length || count > vx.length
                || count > vy.length) {
            throw new IllegalArgumentException("crowd observation at time_s = " + time + ": count = " + count
                    + " does not fit the arrays (ids " + ids.length + ", x " + x.length + ", y " + y.length
                    + ", vx " + vx.length + ", vy " + vy.length + ")");
        }
        for (int i = 0; i < count; i++) {
            finite(time, ids[i], "x", x[i], "m");
            finite(time, ids[i], "y", y[i], "m");
            finite(time, ids[i], "vx", vx[i], "m/s");
            finite(time, ids[i], "vy", vy[i], "m/s");
        }
    }

    private static void finite(double time, int id, String name, double v, String unit) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException("crowd observation at time_s = " + time + ": person " + id + " has "
                    + name + " = " + v + "; expected a finite number in " + unit);
        }
    }

    static IllegalArgumentException duplicate(double time, int id) {
        return new IllegalArgumentException("crowd observation at time_s = " + time + ": person id " + id
                + " appears twice; ids must be unique within an observation");
    }
}
