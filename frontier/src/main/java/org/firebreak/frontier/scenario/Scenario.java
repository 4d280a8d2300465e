package org.firebreak.frontier.scenario;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One validated scenario: everything a run assumes, immutable.
 *
 * <p>Read one from a file with {@link ScenarioLoader}; the file format is documented in
 * {@code docs/scenario-format.md}. Every number has been range-checked and every behaviour
 * id resolved when a {@code Scenario} exists.
 *
 * @param version the format version after migration (always {@link ScenarioLoader#CURRENT_VERSION})
 * @param name short name, used in outputs
 * @param description what the scenario assumes and why, in a sentence or a paragraph
 * @param seed the seed of the run's random streams
 * @param terrain which terrain dataset to run on
 * @param time step length and duration
 * @param agents per-type agent parameters
 * @param crossings screening capacity per official crossing id, in file order
 * @param sources where agents appear, in file order
 * @param guards guard deployments, in file order
 * @param reallocations guards moved between deployments during the run, in file order
 * @param camps camps and reception sites, in file order
 */
public record Scenario(int version, String name, String description, long seed, TerrainSpec terrain,
                       TimeSettings time, AgentSettings agents, Map<String, CrossingCapacity> crossings,
                       List<SourceSpec> sources, List<GuardDeployment> guards, List<Reallocation> reallocations,
                       List<Camp> camps) implements java.io.Serializable {

    /** Copies the collections, so a scenario never changes after it is built. */
    public Scenario {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(terrain, "terrain");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(agents, "agents");
        crossings = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(crossings));
        sources = List.copyOf(sources);
        guards = List.copyOf(guards);
        reallocations = List.copyOf(reallocations);
        camps = List.copyOf(camps);
    }

    /**
     * A scenario without reallocations or camps.
     *
     * @param version format version
     * @param name name
     * @param description description
     * @param seed seed
     * @param terrain terrain
     * @param time time
     * @param agents agent parameters
     * @param crossings crossing capacities
     * @param sources sources
     * @param guards guard deployments
     */
    public Scenario(int version, String name, String description, long seed, TerrainSpec terrain, TimeSettings time,
                    AgentSettings agents, Map<String, CrossingCapacity> crossings, List<SourceSpec> sources,
                    List<GuardDeployment> guards) {
        this(version, name, description, seed, terrain, time, agents, crossings, sources, guards, List.of(), List.of());
    }

    /**
     * @param newSeed another seed
     * @return this scenario with that seed
     */
    public Scenario withSeed(long newSeed) {
        return new Scenario(version, name, description, newSeed, terrain, time, agents, crossings, sources, guards,
                reallocations, camps);
    }

    /**
     * @param hours another duration, hours (range-checked as in files)
     * @return this scenario with that duration
     */
    public Scenario withDurationHours(double hours) {
        return new Scenario(version, name, description, seed, terrain,
                new TimeSettings(time.stepSeconds(), hours, time.start()), agents, crossings, sources, guards,
                reallocations, camps);
    }

    /**
     * @param crossingId a crossing id
     * @return its capacity, if the scenario sets one
     */
    public Optional<CrossingCapacity> capacity(String crossingId) {
        return Optional.ofNullable(crossings.get(crossingId));
    }
}
