package org.firebreak.flee;

import ec.util.MersenneTwisterFast;
import java.util.Optional;

/**
 * Brings new agents in each day, by FLEE's rules (see {@link SpawnRules}), and keeps FLEE's
 * running totals: the raw observed count and the refugee debt, the part of a fall in the
 * observed total not yet made up by later growth.
 */
final class Spawner {
    private final FleeInputs inputs;
    private final FleeNetwork net;
    private final SpawnRules rules;
    private final Observations observations;
    private final MersenneTwisterFast rng;
    /** Whether each location was in conflict the day before, and the day its latest conflict started. */
    private final boolean[] inConflict;
    private final int[] conflictSince;
    /** The day FLEE's spawn weights were last computed for (their decay is that day's). */
    private int weightDay;
    private long raw;
    private long debt;

    Spawner(FleeInputs inputs, FleeNetwork net, MersenneTwisterFast rng) {
        this.inputs = inputs;
        this.net = net;
        this.rules = inputs.spawn();
        this.observations = inputs.observations().orElse(null);
        this.rng = rng;
        this.inConflict = new boolean[net.size];
        this.conflictSince = new int[net.size];
    }

    /**
     * Follows conflicts as FLEE's spawn weights see them: a location's conflict starts on the
     * day it enters conflict, and the weights (with their decay) are recomputed on a day when
     * some location enters or leaves conflict, otherwise they are those computed at the end of
     * the day before (FLEE refreshes them when a conflict changes and after each day's spawning).
     */
    private void followConflicts(int day, double[] intensity) {
        boolean changed = false;
        for (int i = 0; i < net.size; i++) {
            boolean now = intensity[i] > 0;
            if (now != inConflict[i]) {
                changed = true;
                inConflict[i] = now;
                if (now) {
                    conflictSince[i] = day;
                }
            }
        }
        weightDay = changed || day == 0 ? day : day - 1;
    }

    /**
     * @param intensity each location's intensity today
     * @return cumulative spawn weights: population × intensity × conflict spawn decay where in conflict
     */
    private double[] spawnWeights(double[] intensity) {
        double[] c = new double[net.size];
        double sum = 0;
        for (int i = 0; i < net.size; i++) {
            if (intensity[i] > 0) {
                sum += net.population[i] * intensity[i] * rules.decay(weightDay - conflictSince[i]);
            }
            c[i] = sum;
        }
        return c;
    }

    /**
     * The observed growth of the day (FLEE's daily difference): on day 0 the whole observed
     * populations, later the change since the day before; summed over every series of
     * data_layout.csv after the total (the camps, and rows naming no camp, which FLEE counts
     * too), or taken from the total series when sum_from_camps is off.
     *
     * @param obs the observations
     * @param sumFromCamps whether to sum the series
     * @param day the day
     * @return the difference, negative when the observed total fell
     */
    static long dailyDifference(Observations obs, boolean sumFromCamps, int day) {
        if (!sumFromCamps) {
            return day == 0 ? obs.totalOn(0) : obs.totalOn(day) - obs.totalOn(day - 1);
        }
        return day == 0 ? obs.seriesSumOn(0) : obs.seriesSumOn(day) - obs.seriesSumOn(day - 1);
    }

    /**
     * Adds the day's new agents where they appear.
     *
     * @param day the day
     * @param intensity each location's conflict intensity today
     * @param agents the agents
     * @param occupancy agents at each location, kept up to date
     * @return how many were added
     */
    long spawn(int day, double[] intensity, FleeAgents agents, int[] occupancy) {
        long[] perLocation = new long[net.size];
        long diff = observations == null ? 0 : dailyDifference(observations, rules.sumFromCamps(), day);
        raw += diff;
        if (rules.mode() == SpawnRules.Mode.OBSERVATIONS) {
            followConflicts(day, intensity);
            long n = newFromObservations(day, diff);
            if (n > 0) {
                double[] cumulative = spawnWeights(intensity);
                double total = cumulative[net.size - 1];
                if (!(total > 0)) {
                    throw new IllegalStateException("day " + day + ": " + n + " new agents but no location in "
                            + "conflict has a population to weight them by");
                }
                for (long k = 0; k < n; k++) {
                    perLocation[pick(cumulative, rng.nextDouble() * total)]++;
                }
            }
        } else {
            for (int i = 0; i < net.size; i++) {
                if (intensity[i] > 0) {
                    perLocation[i] = conflictDriven(i, intensity[i]);
                }
            }
        }
        long added = 0;
        for (int i = 0; i < net.size; i++) {
            if (perLocation[i] > 0) {
                int n = Math.toIntExact(perLocation[i]);
                agents.add(i, n);
                occupancy[i] += n;
                added += n;
            }
        }
        return added;
    }

    private long newFromObservations(int day, long diff) {
        long n = diff - debt;
        if (rules.insertDay0() && day == 0) {
            n = 0; // the day-0 population is already in the camps
        }
        if (n < 0) {
            debt = -n;
            n = 0;
        } else if (debt > 0) {
            debt = 0;
        }
        return n;
    }

    private long conflictDriven(int i, double intensity) {
        double rate = rules.displacedPerConflictDay();
        return switch (rules.mode()) {
            case CONFLICT_CONSTANT -> (long) (rate * intensity);
            case CONFLICT_POP_RATIO -> (long) (rate * net.population[i] * intensity);
            case CONFLICT_POISSON -> poisson(rate * intensity);
            case OBSERVATIONS -> throw new IllegalStateException();
        };
    }

    /** Poisson draws by Knuth's product method, in pieces of mean at most 30 (exact, O(mean) draws). */
    private long poisson(double mean) {
        long n = 0;
        double left = mean;
        while (left > 0) {
            double m = Math.min(left, 30.0);
            left -= m;
            double limit = Math.exp(-m);
            double p = rng.nextDouble();
            while (p > limit) {
                n++;
                p *= rng.nextDouble();
            }
        }
        return n;
    }

    private static int pick(double[] cumulative, double u) {
        return RouteTable.search(cumulative, 0, cumulative.length, u);
    }

    /** @return FLEE's raw observed count so far (the sum of daily differences) */
    long raw() {
        return raw;
    }

    /** @return FLEE's refugee debt after the last day */
    long debt() {
        return debt;
    }

    /**
     * Finds a day on which spawning from observations would need a location in conflict with
     * a population and has none: spawning then has nowhere to put the new agents.
     *
     * @param inputs the inputs
     * @return a message naming the first such day, if any
     */
    static Optional<String> unplaceable(FleeInputs inputs) {
        if (inputs.spawn().mode() != SpawnRules.Mode.OBSERVATIONS || inputs.observations().isEmpty()) {
            return Optional.empty();
        }
        FleeNetwork net = new FleeNetwork(inputs.locations(), inputs.routes());
        ConflictSchedule schedule = new ConflictSchedule(inputs, net);
        Spawner probe = new Spawner(inputs, net, null);
        double[] intensity = new double[net.size];
        for (int day = 0; day < inputs.period().lengthDays(); day++) {
            long n = probe.newFromObservations(day, dailyDifference(probe.observations, inputs.spawn().sumFromCamps(),
                    day));
            schedule.intensities(day, intensity);
            probe.followConflicts(day, intensity);
            if (n > 0 && !(probe.spawnWeights(intensity)[net.size - 1] > 0)) {
                return Optional.of("on day " + day + " (" + inputs.period().date(day) + ") the observed camp "
                        + "populations grow by " + n + " but no location is in conflict with a population above 0"
                        + (inputs.spawn().conflictSpawnDecay().isEmpty() ? "" : " and a conflict spawn decay above 0")
                        + "; expected a conflict zone with a population in locations.csv on that day");
            }
        }
        return Optional.empty();
    }
}
