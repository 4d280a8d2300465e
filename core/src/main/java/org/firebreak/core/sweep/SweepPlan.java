package org.firebreak.core.sweep;

import ec.util.MersenneTwisterFast;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.firebreak.core.output.Csv;
import org.firebreak.core.random.RandomStreams;

/**
 * The runs of a sweep: parameter points (a full grid of the parameters' values, or a Latin
 * hypercube sample over their ranges) times replicates. Run {@code i} is point {@code i / replicates},
 * replicate {@code i % replicates}, and its seed is {@link RandomStreams#derive}(base seed,
 * {@code "sweep-run:" + i}): the same plan gives the same seeds on any backend and worker count.
 *
 * <p>Latin hypercube (McKay, Beckman &amp; Conover 1979): each parameter's range [v1, v2] is cut into
 * {@code k} equal strata; every stratum is used once per parameter, the strata are paired across
 * parameters by random permutations, and the value is drawn uniformly inside its stratum. A range
 * whose ends are both integers gives integers (the drawn value rounded half up), since keys such as
 * lane counts take only whole numbers; the sample is then only approximately stratified.
 *
 * @param baseSeed the sweep's seed
 * @param replicates runs per point, at least 1
 * @param parameters the parameters varied, possibly none (replicates of the scenario as it is)
 * @param latinHypercube points to sample; 0 for the full grid
 */
public record SweepPlan(long baseSeed, int replicates, List<SweepParameter> parameters, int latinHypercube) {
    /** Largest number of runs in one sweep. */
    public static final int MAX_RUNS = 100_000;

    /** Checks the counts and, for a sample, that every parameter is a numeric range. */
    public SweepPlan {
        parameters = List.copyOf(parameters);
        if (replicates < 1) {
            throw new IllegalArgumentException("--replicates: expected at least 1, got " + replicates);
        }
        if (latinHypercube < 0) {
            throw new IllegalArgumentException("--sample lhs:" + latinHypercube + ": expected at least 1 point");
        }
        if (latinHypercube > 0) {
            for (SweepParameter p : parameters) {
                if (p.values().size() != 2 || !numeric(p.values().get(0)) || !numeric(p.values().get(1))) {
                    throw new IllegalArgumentException("--param " + p.key() + "=" + String.join(",", p.values())
                            + ": a Latin hypercube sample takes a numeric range LOW,HIGH");
                }
            }
        }
        long points = latinHypercube > 0 ? latinHypercube : 1;
        if (latinHypercube == 0) {
            for (SweepParameter p : parameters) {
                points *= p.values().size();
                if (points > MAX_RUNS) {
                    break;
                }
            }
        }
        if (points * replicates > MAX_RUNS) {
            throw new IllegalArgumentException("the sweep has " + points + " points x " + replicates
                    + " replicates; at most " + MAX_RUNS + " runs are allowed");
        }
    }

    /** @return the parameter points, each a map from key path to value text, in run order */
    public List<Map<String, String>> points() {
        return latinHypercube > 0 ? sample() : grid();
    }

    /** @return every run, in index order */
    public List<SweepRun> runs() {
        List<Map<String, String>> points = points();
        List<SweepRun> runs = new ArrayList<>(points.size() * replicates);
        for (int p = 0; p < points.size(); p++) {
            for (int r = 0; r < replicates; r++) {
                int index = p * replicates + r;
                runs.add(new SweepRun(index, p, r, seed(index), points.get(p)));
            }
        }
        return runs;
    }

    /**
     * @param index a run's index
     * @return its seed
     */
    public long seed(int index) {
        return RandomStreams.derive(baseSeed, "sweep-run:" + index);
    }

    /** The first parameter varies slowest, as in nested loops written in the parameters' order. */
    private List<Map<String, String>> grid() {
        List<Map<String, String>> out = new ArrayList<>();
        out.add(new LinkedHashMap<>());
        for (SweepParameter p : parameters) {
            List<Map<String, String>> next = new ArrayList<>();
            for (Map<String, String> partial : out) {
                for (String v : p.values()) {
                    Map<String, String> m = new LinkedHashMap<>(partial);
                    m.put(p.key(), v);
                    next.add(m);
                }
            }
            out = next;
        }
        return out;
    }

    private List<Map<String, String>> sample() {
        int k = latinHypercube;
        List<Map<String, String>> out = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            out.add(new LinkedHashMap<>());
        }
        for (SweepParameter p : parameters) {
            MersenneTwisterFast rng = new MersenneTwisterFast(RandomStreams.derive(baseSeed, "sweep-lhs:" + p.key()));
            int[] strata = new int[k];
            for (int i = 0; i < k; i++) {
                strata[i] = i;
            }
            for (int i = k - 1; i > 0; i--) { // Fisher-Yates
                int j = rng.nextInt(i + 1);
                int t = strata[i];
                strata[i] = strata[j];
                strata[j] = t;
            }
            String a = p.values().get(0);
            String b = p.values().get(1);
            double lo = Double.parseDouble(a);
            double hi = Double.parseDouble(b);
            boolean whole = integer(a) && integer(b);
            for (int i = 0; i < k; i++) {
                double v = lo + (strata[i] + rng.nextDouble()) / k * (hi - lo);
                out.get(i).put(p.key(), whole ? Long.toString(Math.round(v)) : Csv.number(v));
            }
        }
        return out;
    }

    private static boolean numeric(String s) {
        try {
            return Double.isFinite(Double.parseDouble(s));
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static boolean integer(String s) {
        try {
            new BigDecimal(s).longValueExact();
            return !s.contains(".") && !s.toLowerCase(java.util.Locale.ROOT).contains("e");
        } catch (NumberFormatException | ArithmeticException e) {
            return false;
        }
    }
}
