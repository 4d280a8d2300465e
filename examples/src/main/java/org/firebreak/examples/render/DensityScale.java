package org.firebreak.examples.render;

import java.awt.Color;

/**
 * The one colour scale of crowd density, in persons/m², used by the GUI's crowd view (live
 * density cells and people) and by the crowd map.png (mean density over a run), so that a
 * colour means the same density in both.
 *
 * <p>The scale is anchored at figures of Weidmann's (1993) fundamental diagram: below about
 * 0.5 persons/m² people walk freely (pale yellow), flow peaks near {@link #PEAK_FLOW} = 1.75
 * persons/m² (orange), and walking stops at the jam density {@link #JAM} = 5.4 persons/m² (dark
 * red), the top of the scale. Between the anchors the stops follow matplotlib's "inferno"
 * (van der Walt and Smith 2015), reversed, so that lightness falls all the way: more is always
 * darker. The stops crowd at low densities, so people walking a plaza stay visible beside
 * people packed in a queue.
 */
public final class DensityScale {
    /** Density of peak flow in Weidmann's (1993) diagram, persons/m²: the scale's orange. */
    public static final double PEAK_FLOW = 1.75;
    /** Jam density in Weidmann's (1993) diagram, persons/m²: the top of the scale, dark red. */
    public static final double JAM = 5.4;
    /** Densities worth a label on a colour bar, persons/m². */
    public static final double[] TICKS = {0, 0.5, PEAK_FLOW, 3.5, JAM};
    /** The colour of unknown density. */
    public static final Color UNKNOWN = new Color(0x9aa0a6);

    private static final double[] AT = {0, 0.5, 1.0, PEAK_FLOW, 2.6, 3.5, JAM};
    private static final Color[] STOPS = {new Color(0xfbfbf2), new Color(0xf6e88e), new Color(0xf7c13a),
        new Color(0xf89215), new Color(0xe55c30), new Color(0xc0392b), new Color(0x8f1111)};

    private DensityScale() {
    }

    /**
     * @param personsPerM2 density, persons/m²; below 0 counts as 0, above {@link #JAM} as the jam
     * @return its colour ({@link #UNKNOWN} for NaN)
     */
    public static Color colour(double personsPerM2) {
        if (Double.isNaN(personsPerM2)) {
            return UNKNOWN;
        }
        double d = Math.max(0, Math.min(JAM, personsPerM2));
        int i = 0;
        while (i < AT.length - 2 && d > AT[i + 1]) {
            i++;
        }
        return MapStyle.mix(STOPS[i], STOPS[i + 1], (d - AT[i]) / (AT[i + 1] - AT[i]));
    }
}
