package org.firebreak.examples.pictures;

import java.awt.Color;

/**
 * The colour scale of density maps: from a near-white at 0 through yellow, orange and red to a
 * deep purple at the top of the scale, lightness falling all the way so that more is always
 * darker (the stops follow matplotlib's "inferno", van der Walt and Smith 2015, reversed).
 */
public final class HeatScale {
    private static final Color[] STOPS = {
        new Color(0xFB, 0xFB, 0xF2), new Color(0xF6, 0xE8, 0x8E), new Color(0xF7, 0xC1, 0x3A),
        new Color(0xF8, 0x92, 0x15), new Color(0xE5, 0x5C, 0x30), new Color(0xC4, 0x3C, 0x4E),
        new Color(0x95, 0x25, 0x6A), new Color(0x62, 0x16, 0x6E), new Color(0x2E, 0x0A, 0x5A)};

    private HeatScale() {
    }

    /**
     * @param fraction position on the scale, 0 (none) to 1 (the top); clamped
     * @return its colour
     */
    public static Color colour(double fraction) {
        double f = Double.isNaN(fraction) ? 0 : Math.max(0, Math.min(1, fraction));
        double pos = f * (STOPS.length - 1);
        int i = Math.min(STOPS.length - 2, (int) Math.floor(pos));
        double t = pos - i;
        Color a = STOPS[i];
        Color b = STOPS[i + 1];
        return new Color((int) Math.round(a.getRed() + t * (b.getRed() - a.getRed())),
                (int) Math.round(a.getGreen() + t * (b.getGreen() - a.getGreen())),
                (int) Math.round(a.getBlue() + t * (b.getBlue() - a.getBlue())));
    }

    /**
     * Where a value sits on a square-root scale: low densities (people passing) stay visible
     * beside high ones (people standing packed).
     *
     * @param value a value, at least 0
     * @param top the value at the top of the scale
     * @return its position, 0 to 1
     */
    public static double position(double value, double top) {
        return value > 0 ? Math.min(1, Math.sqrt(value / top)) : 0;
    }

    /**
     * @param top the top of the scale
     * @return values to label on a colour bar of the square-root scale: 0, the top, and round
     *     values (1, 2 or 5 times a power of ten) between, none closer than a tenth of the bar
     */
    static double[] ticks(double top) {
        java.util.List<Double> out = new java.util.ArrayList<>(java.util.List.of(0.0));
        double p = Math.pow(10, Math.floor(Math.log10(top)) - 2);
        for (int k = 0; k < 4; k++, p *= 10) {
            for (double m : new double[] {1, 2, 5}) {
                double v = m * p;
                double last = position(out.get(out.size() - 1), top);
                if (v < top && position(v, top) - last >= 0.1 && 1 - position(v, top) >= 0.1) {
                    out.add(v);
                }
            }
        }
        out.add(top);
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /**
     * @param max the largest value to show
     * @return a round top for the scale at or above it (1, 2, 2.5 or 5 times a power of ten)
     */
    public static double top(double max) {
        if (!(max > 0)) {
            return 1;
        }
        double p = Math.pow(10, Math.floor(Math.log10(max)));
        for (double m : new double[] {1, 2, 2.5, 5, 10}) {
            if (m * p >= max - 1e-12) {
                return m * p;
            }
        }
        return 10 * p;
    }
}
