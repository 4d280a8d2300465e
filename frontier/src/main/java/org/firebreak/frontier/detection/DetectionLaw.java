package org.firebreak.frontier.detection;

/**
 * A detection law of search theory: the chance that one observer detects one person at a
 * given distance during a given exposure time, in reference conditions (daylight, a clear
 * sight line, open ground, one person alone).
 *
 * <p>Conditions are not the law's business: {@link DetectionModel} applies them to every law
 * in the same two ways, so a new law needs only distance and time. Poorer visibility scales
 * distances (the law is asked about distance d / v, so its range shrinks to v times its own),
 * and a change of intensity (a group, cover, darkness) multiplies the number of independent
 * looks: the chance of missing is raised to that power, which for a law with a detection rate
 * is the rate times the intensity.
 *
 * <p>Implementations are immutable, safe to share between threads, and must not allocate in
 * {@link #probability}: it runs for every guard and target in range at every step. Register a
 * new law under a stable id with {@link DetectionLaws#register}.
 */
public interface DetectionLaw extends java.io.Serializable {
    /**
     * @return the greatest distance, metres, at which this law can detect in reference
     *         conditions; 0 when it detects nothing at any distance
     */
    double maxRangeM();

    /**
     * @param distanceM distance between observer and target, metres, at least 0
     * @param dtSeconds exposure time (the step), seconds, at least 0
     * @return the chance, in [0, 1], of detecting the target during that time; 0 beyond {@link #maxRangeM()}
     */
    double probability(double distanceM, double dtSeconds);
}
