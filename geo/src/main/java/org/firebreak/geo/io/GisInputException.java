package org.firebreak.geo.io;

import java.util.Objects;
import java.util.Optional;

/**
 * A GIS file that cannot be used as it is: malformed, truncated, without a coordinate reference
 * system, with a geometry that cannot be repaired, outside the simulation area, with too many
 * nodata cells, and so on.
 *
 * <p>The message is meant for the person who supplied the file and is complete on one line: it
 * names the file (or resource), the feature when one is at fault, and what was expected, e.g.
 * <pre>
 * areas.shp: record 3 (id 'marsh'): invalid geometry (Self-intersection at 45.5 33.5) cannot be repaired
 * </pre>
 * The cause, when there is one, is kept for debugging but its text is already in the message.
 */
public final class GisInputException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String source;
    private final String feature;
    private final String problem;

    /**
     * @param source the file or resource, as the user named it
     * @param feature the feature at fault, as {@link FeatureRef#toString()} describes it, or
     *     {@code null} when the whole file is at fault
     * @param problem what is wrong and what was expected
     * @param cause the underlying exception, or {@code null}
     */
    GisInputException(String source, String feature, String problem, Throwable cause) {
        super(source + ": " + (feature == null ? "" : feature + ": ") + problem, cause);
        this.source = Objects.requireNonNull(source, "source");
        this.feature = feature;
        this.problem = Objects.requireNonNull(problem, "problem");
    }

    /**
     * @param source the file or resource, as the user named it
     * @param problem what is wrong with the whole file and what was expected
     * @return the exception
     */
    public static GisInputException of(String source, String problem) {
        return new GisInputException(source, null, problem, null);
    }

    static GisInputException of(String source, String problem, Throwable cause) {
        return new GisInputException(source, null, problem, cause);
    }

    static GisInputException of(FeatureRef feature, String problem) {
        return new GisInputException(feature.source(), feature.toString(), problem, null);
    }

    /** @return the file or resource the problem is in */
    public String source() {
        return source;
    }

    /** @return the feature at fault (index and id), empty when the whole file is at fault */
    public Optional<String> feature() {
        return Optional.ofNullable(feature);
    }

    /** @return what is wrong, without the file and feature prefix */
    public String problem() {
        return problem;
    }
}
