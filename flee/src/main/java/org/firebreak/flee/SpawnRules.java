package org.firebreak.flee;

import java.util.List;
import org.firebreak.core.param.ParameterSpec;

/**
 * How new agents enter a FLEE run (FLEE's {@code spawn_rules}).
 *
 * <p>With {@link Mode#OBSERVATIONS}, each day brings as many new agents as the observed camp
 * populations grew that day (a fall is carried forward as a debt), placed in conflict zones
 * with probability proportional to population × conflict intensity. The other modes are
 * FLEE's conflict-driven spawning, which needs no observations: each location in conflict
 * produces a number of agents per day from its intensity.
 *
 * @param mode where the daily number of new agents comes from
 * @param displacedPerConflictDay agents per day per unit intensity (constant, Poisson), or
 *     the share of the population per day per unit intensity (population ratio); unused with observations
 * @param insertDay0 whether camps start with their observed day-0 populations ({@code insert_day0})
 * @param sumFromCamps whether the daily total is the sum of the camp series (FLEE's default)
 *     rather than the first, total series of data_layout.csv ({@code sum_from_camps})
 * @param conflictSpawnDecay FLEE's {@code conflict_spawn_decay}: with observations, a location's
 *     spawn weight is multiplied by element min(⌊days in conflict / interval⌋, last); empty: no decay
 * @param conflictSpawnDecayInterval days per element of the decay list ({@code conflict_spawn_decay_interval}, 30)
 */
public record SpawnRules(Mode mode, double displacedPerConflictDay, boolean insertDay0, boolean sumFromCamps,
                         List<Double> conflictSpawnDecay, int conflictSpawnDecayInterval) {
    /** Agents per day per unit intensity, or population share for the population-ratio mode. */
    public static final ParameterSpec DISPLACED_PER_CONFLICT_DAY = new ParameterSpec("displaced_per_conflict_day",
            "per day", 0, 1e9, 500, "conflict-driven spawning: agents per conflict day per unit intensity "
                    + "(FLEE's default 500; 0.01 as a population share for pop_ratio)");

    /** Where the daily number of new agents comes from. */
    public enum Mode {
        /** From the growth of the observed camp populations (FLEE's data-driven spawning). */
        OBSERVATIONS("observations"),
        /** int(displaced_per_conflict_day × intensity) per location in conflict. */
        CONFLICT_CONSTANT("constant"),
        /** int(displaced_per_conflict_day × population × intensity) per location in conflict. */
        CONFLICT_POP_RATIO("pop_ratio"),
        /** Poisson(displaced_per_conflict_day × intensity) per location in conflict. */
        CONFLICT_POISSON("poisson");

        private final String id;

        Mode(String id) {
            this.id = id;
        }

        /** @return the name FLEE's spawn_mode uses, or "observations" */
        public String id() {
            return id;
        }
    }

    /** FLEE's default {@code conflict_spawn_decay_interval}, in days. */
    public static final int DEFAULT_DECAY_INTERVAL = 30;

    /** Range-checks the rate and the decay. */
    public SpawnRules {
        if (mode == null) {
            throw new IllegalArgumentException("spawn mode missing");
        }
        DISPLACED_PER_CONFLICT_DAY.check(displacedPerConflictDay);
        conflictSpawnDecay = List.copyOf(conflictSpawnDecay);
        for (double d : conflictSpawnDecay) {
            if (!(d >= 0) || !Double.isFinite(d)) {
                throw new IllegalArgumentException("conflict_spawn_decay element " + d + "; expected numbers >= 0");
            }
        }
        if (conflictSpawnDecayInterval < 1) {
            throw new IllegalArgumentException("conflict_spawn_decay_interval " + conflictSpawnDecayInterval
                    + "; expected a whole number of days >= 1");
        }
    }

    /**
     * Rules without conflict spawn decay.
     *
     * @param mode where the daily number of new agents comes from
     * @param displacedPerConflictDay agents (or population share) per day per unit intensity
     * @param insertDay0 whether camps start with their observed day-0 populations
     * @param sumFromCamps whether the daily total is the sum of the camp series
     */
    public SpawnRules(Mode mode, double displacedPerConflictDay, boolean insertDay0, boolean sumFromCamps) {
        this(mode, displacedPerConflictDay, insertDay0, sumFromCamps, List.of(), DEFAULT_DECAY_INTERVAL);
    }

    /**
     * FLEE's decay multiplier ({@code SimulationSettings.get_conflict_decay}).
     *
     * @param daysInConflict days since the location's conflict started (its latest start)
     * @return the element of the decay list for that many days, 1 without a list
     */
    public double decay(int daysInConflict) {
        if (conflictSpawnDecay.isEmpty()) {
            return 1.0;
        }
        int i = Math.min(Math.max(daysInConflict, 0) / conflictSpawnDecayInterval, conflictSpawnDecay.size() - 1);
        return conflictSpawnDecay.get(i);
    }

    /** @return FLEE's defaults: spawning from observations, camps filled on day 0, totals summed from camps */
    public static SpawnRules defaults() {
        return new SpawnRules(Mode.OBSERVATIONS, DISPLACED_PER_CONFLICT_DAY.defaultValue(), true, true);
    }

    /**
     * The rule FLEE applies without observations: conflict-driven, constant mode, 500 agents
     * per day per unit intensity.
     *
     * @param insertDay0 kept from the settings
     * @return the conflict-driven rules
     */
    public static SpawnRules withoutObservations(boolean insertDay0) {
        return new SpawnRules(Mode.CONFLICT_CONSTANT, DISPLACED_PER_CONFLICT_DAY.defaultValue(), insertDay0, true);
    }

    /**
     * @param decay the decay list
     * @param interval days per element
     * @return these rules with that conflict spawn decay
     */
    public SpawnRules withDecay(List<Double> decay, int interval) {
        return new SpawnRules(mode, displacedPerConflictDay, insertDay0, sumFromCamps, decay, interval);
    }

    /** @return a one-line description, for summaries */
    public String describe() {
        return switch (mode) {
            case OBSERVATIONS -> "from observed camp populations (new agents = daily growth, in conflict zones "
                    + "by population x intensity" + (conflictSpawnDecay.isEmpty() ? "" : " x conflict spawn decay "
                    + conflictSpawnDecay.stream().map(ParameterSpec::format).toList() + " per "
                    + conflictSpawnDecayInterval + " days in conflict") + ")";
            case CONFLICT_CONSTANT -> "conflict-driven: " + ParameterSpec.format(displacedPerConflictDay)
                    + " per day x intensity per location in conflict";
            case CONFLICT_POP_RATIO -> "conflict-driven: " + ParameterSpec.format(displacedPerConflictDay)
                    + " x population per day x intensity per location in conflict";
            case CONFLICT_POISSON -> "conflict-driven: Poisson with mean " + ParameterSpec.format(displacedPerConflictDay)
                    + " per day x intensity per location in conflict";
        };
    }
}
