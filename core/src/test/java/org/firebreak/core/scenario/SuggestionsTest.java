package org.firebreak.core.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SuggestionsTest {
    @Test
    void distanceCountsInsertionsDeletionsSubstitutionsAndSwaps() {
        assertThat(Suggestions.distance("place", "place")).isZero();
        assertThat(Suggestions.distance("palce", "place")).isOne();
        assertThat(Suggestions.distance("maen", "mean")).isOne();
        assertThat(Suggestions.distance("maen", "min")).isEqualTo(2);
        assertThat(Suggestions.distance("", "abc")).isEqualTo(3);
        assertThat(Suggestions.distance("kitten", "sitting")).isEqualTo(3);
    }

    @Test
    void suggestsTheNearestWithinTwoEditsOrAThirdOfTheLength() {
        List<String> keys = List.of("id", "type", "place", "destination");
        assertThat(Suggestions.closest("palce", keys)).contains("place");
        assertThat(Suggestions.closest("destnaton", keys)).contains("destination");
        assertThat(Suggestions.closest("weather", keys)).isEmpty();
        // 14 characters allow 4 edits
        assertThat(Suggestions.closest("refugee.neares", List.of("refugee.nearest-crossing"))).isEmpty();
        assertThat(Suggestions.closest("route-straight", List.of("route.straight-line"))).isEmpty();
        assertThat(Suggestions.closest("rute.straight-lin", List.of("route.straight-line")))
                .contains("route.straight-line");
    }

    @Test
    void knownNameAndEmptyListGiveNoSuggestion() {
        assertThat(Suggestions.closest("place", List.of("place", "plaice"))).isEmpty();
        assertThat(Suggestions.closest("place", List.of())).isEmpty();
    }

    @Test
    void tiesGoToTheFirstKnownName() {
        assertThat(Suggestions.closest("cat", List.of("bat", "hat"))).contains("bat");
    }

    @Test
    void didYouMeanIsReadyToAppend() {
        assertThat(Suggestions.didYouMean("palce", List.of("place"))).isEqualTo(" (did you mean 'place'?)");
        assertThat(Suggestions.didYouMean("zzzzz", List.of("place"))).isEmpty();
    }

    @Test
    void unknownListsTheKnownNamesAndCutsLongLists() {
        assertThat(Suggestions.unknown("scenario", "frontier-2", List.of("frontier-1", "crowd")))
                .isEqualTo("unknown scenario 'frontier-2'; did you mean 'frontier-1'? known: frontier-1, crowd");
        assertThat(Suggestions.unknown("border", "X", List.of())).isEqualTo("unknown border 'X'; known: none");
        List<String> many = IntStream.range(0, 25).mapToObj(i -> "place-" + (char) ('a' + i)).toList();
        assertThat(Suggestions.unknown("place", "zzzzzzzzzzzzzz", many))
                .startsWith("unknown place 'zzzzzzzzzzzzzz'; known: place-a, place-b,")
                .endsWith("place-s, place-t, and 5 more");
    }
}
