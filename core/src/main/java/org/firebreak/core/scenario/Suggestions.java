package org.firebreak.core.scenario;

import java.util.Collection;
import java.util.Optional;

/**
 * "Did you mean ...?" for mistyped names: the known name nearest to what was typed, by
 * edit distance, when it is near enough to be a likely typo rather than a different word.
 */
public final class Suggestions {
    /** Edit distance always considered a typo, however short the name. */
    public static final int MAX_DISTANCE = 2;
    /** Most known names listed in a message; a terrain may have hundreds of places. */
    public static final int MAX_LISTED = 20;

    private Suggestions() {
    }

    /**
     * @param typed what was given
     * @param known the valid names, in the order to prefer on ties
     * @return the nearest known name within {@link #MAX_DISTANCE} edits or a third of the typed
     *         length, whichever allows more; empty when none is that near or the name is known
     */
    public static Optional<String> closest(String typed, Collection<String> known) {
        if (known.contains(typed)) {
            return Optional.empty();
        }
        int limit = Math.max(MAX_DISTANCE, typed.length() / 3);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : known) {
            int d = distance(typed, candidate);
            if (d <= limit && d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * @param typed what was given
     * @param known the valid names
     * @return {@code " (did you mean 'x'?)"} or the empty string, ready to append to a message
     */
    public static String didYouMean(String typed, Collection<String> known) {
        return closest(typed, known).map(s -> " (did you mean '" + s + "'?)").orElse("");
    }

    /**
     * The message for a name that is not among the known ones, in the form
     * {@code unknown place 'east-twon'; did you mean 'east-town'? known: east-town, west-city}.
     * Long lists are cut after {@value #MAX_LISTED} names.
     *
     * @param what what kind of name it is, e.g. {@code place} or {@code strategic behaviour}
     * @param typed what was given
     * @param known the valid names, in the order to list them
     * @return the message
     */
    public static String unknown(String what, String typed, Collection<String> known) {
        StringBuilder sb = new StringBuilder("unknown ").append(what).append(" '").append(typed).append('\'');
        Optional<String> best = closest(typed, known);
        if (best.isPresent()) {
            sb.append("; did you mean '").append(best.get()).append("'? known: ");
        } else {
            sb.append("; known: ");
        }
        if (known.isEmpty()) {
            return sb.append("none").toString();
        }
        sb.append(String.join(", ", known.stream().limit(MAX_LISTED).toList()));
        if (known.size() > MAX_LISTED) {
            sb.append(", and ").append(known.size() - MAX_LISTED).append(" more");
        }
        return sb.toString();
    }

    /**
     * Edit distance between two names: Levenshtein's insertions, deletions and substitutions,
     * plus a swap of two adjacent characters, each costing one (the optimal string alignment
     * distance). Swaps are the commonest typing slip: without them {@code maen} would be as near
     * to {@code min} as to {@code mean}.
     *
     * @param a a string
     * @param b another string
     * @return the fewest such edits turning {@code a} into {@code b}
     */
    public static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int best = Math.min(d[i - 1][j - 1] + cost, Math.min(d[i - 1][j], d[i][j - 1]) + 1);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    best = Math.min(best, d[i - 2][j - 2] + 1);
                }
                d[i][j] = best;
            }
        }
        return d[a.length()][b.length()];
    }
}
