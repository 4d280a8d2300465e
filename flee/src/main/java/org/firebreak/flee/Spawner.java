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
    private long raw;
    private long debt;

    Spawner(FleeInputs inputs, FleeNetwork net, MersenneTwisterFast rng) {
        this.inputs = inputs;
        this.net = net;
        this.rules = inputs.spawn();
        this.observations = inputs.observations().orElse(null);
        this.rng = rng;
    }

    /**
     * The observed growth of the day (FLEE's daily difference): on day 0 the camps' whole
     * populations, later the change since the day before; summed over camps, or taken from
     * the total series when sum_from_camps is off.
     *
     * @param obs the observations
     * @param camps the camps' names
     * @param sumFromCamps whether to sum the camps
     * @param day the day
     * @return the difference, negative when the observed total fell
     */
    static long dailyDifference(Observations obs, Iterable<String> camps, boolean sumFromCamps, int day) {
        if (!sumFromCamps) {
            return day == 0 ? obs.totalOn(0) : obs.totalOn(day) - obs.totalOn(day - 1);
        }
        long d = 0;
        for (String c : camps) {
            d += day == 0 ? obs.campOn(c, 0) : obs.campOn(c, day) - obs.campOn(c, day - 1);
        }
        return d;
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
        long diff = observations == null ? 0 : dailyDifference(observations, inputs.camps(), rules.sumFromCamps(), day);
        raw += diff;
        if (rules.mode() == SpawnRules.Mode.OBSERVATIONS) {
            long n = newFromObservations(day, diff);
            if (n > 0) {
                double[] cumulative = spawnWeights(intensity, net);
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

    /**
     * @param intensity each location's intensity
     * @param net the graph
     * @return cumulative spawn weights: population × intensity where in conflict
     */
    static double[] spawnWeights(double[] intensity, FleeNetwork net) {
        double[] c = new double[net.size];
        double sum = 0;
        for (int i = 0; i < net.size; i++) {
            if (intensity[i] > 0) {
                sum += net.population[i] * intensity[i];
            }
            c[i] = sum;
        }
        return c;
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
            long n = probe.newFromObservations(day, dailyDifference(probe.observations, inputs.camps(),
                    inputs.spawn().sumFromCamps(), day));
            schedule.intensities(day, intensity);
            if (n > 0 && !(spawnWeights(intensity, net)[net.size - 1] > 0)) {
                return Optional.of("on day " + day + " (" + inputs.period().date(day) + ") the observed camp "
                        + "populations grow by " + n + " but no location is in conflict with a population above 0; "
                        + "expected a conflict zone with a population in locations.csv on that day");
            }
        }
        return Optional.empty();
    }
}
