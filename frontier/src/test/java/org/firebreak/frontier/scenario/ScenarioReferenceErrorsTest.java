package org.firebreak.frontier.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.firebreak.frontier.scenario.ScenarioFiles.HEAD;
import static org.firebreak.frontier.scenario.ScenarioFiles.known;
import static org.firebreak.frontier.scenario.ScenarioFiles.problems;
import static org.firebreak.frontier.scenario.ScenarioFiles.single;

import org.firebreak.core.scenario.ScenarioProblem;
import org.firebreak.core.terrain.TerrainCatalog;
import org.firebreak.frontier.behaviour.BehaviourRegistry;
import org.junit.jupiter.api.Test;

/** Rules across keys, and ids that must name something: behaviours, datasets, terrain features. */
class ScenarioReferenceErrorsTest {
    /** A valid refugee source from line 7, to which tests add one line at line 13. */
    private static final String SOURCE = HEAD + """
            sources:
              - id: families
                type: refugee
                place: east-town
                destination: west-city
                people: 100
            """;

    @Test
    void endBeforeStart() {
        assertThat(single("rule.yaml", SOURCE + "    start_hours: 12\n    end_hours: 6\n"))
                .isEqualTo("rule.yaml:14: sources[0].end_hours: end_hours = 6 is before start_hours = 12");
    }

    @Test
    void stepThatDoesNotDivideAnHour() {
        assertThat(single("rule.yaml", HEAD + "time:\n  step_seconds: 7\n"))
                .isEqualTo("rule.yaml:8: time.step_seconds: step_seconds = 7 does not divide 3600; expected a divisor "
                        + "of 3600 such as 10, 30, 60, 120, 300 or 600");
    }

    @Test
    void groupSizeMinAboveMax() {
        assertThat(single("rule.yaml", SOURCE + "    group_size: {min: 5, max: 2, mean: 3}\n"))
                .isEqualTo("rule.yaml:13: sources[0].group_size: min = 5 is larger than max = 2");
    }

    @Test
    void unknownBehaviourIdSuggestsTheNearest() {
        assertThat(single("bhv.yaml", SOURCE + "    behaviours: {strategic: refugee.nearest-oficial-crossing}\n"))
                .isEqualTo("bhv.yaml:13: sources[0].behaviours.strategic: unknown strategic behaviour "
                        + "'refugee.nearest-oficial-crossing'; did you mean 'refugee.nearest-official-crossing'? "
                        + "known: " + known(DecisionLevel.STRATEGIC));
    }

    @Test
    void unknownBehaviourIdInLongFormIsReportedAtItsIdKey() {
        assertThat(single("bhv.yaml", SOURCE + """
                    behaviours:
                      operational:
                        id: walk.tobbler
                """)).isEqualTo("bhv.yaml:15: sources[0].behaviours.operational.id: unknown operational behaviour "
                + "'walk.tobbler'; did you mean 'walk.tobler'? known: " + known(DecisionLevel.OPERATIONAL));
    }

    @Test
    void behaviourIdOfAnotherLevel() {
        assertThat(single("bhv.yaml", SOURCE + "    behaviours: {tactical: walk.tobler}\n"))
                .isEqualTo("bhv.yaml:13: sources[0].behaviours.tactical: 'walk.tobler' is an operational behaviour, "
                        + "not a tactical one; known tactical behaviours: " + known(DecisionLevel.TACTICAL));
    }

    @Test
    void behaviourNotForTheAgentType() {
        assertThat(single("bhv.yaml", SOURCE + "    behaviours: {strategic: guard.hold-post}\n"))
                .isEqualTo("bhv.yaml:13: sources[0].behaviours.strategic: behaviour 'guard.hold-post' is not for "
                        + "refugee agents; it is for: guard");
    }

    @Test
    void unknownBehaviourParameterSuggestsTheNearest() {
        assertThat(single("bhv.yaml", SOURCE + """
                    behaviours:
                      operational: {id: walk.tobler, parameters: {peak_speed_kh: 5}}
                """)).isEqualTo("bhv.yaml:14: sources[0].behaviours.operational.parameters.peak_speed_kh: unknown "
                + "parameter 'peak_speed_kh' of behaviour 'walk.tobler'; expected one of: peak_speed_kmh, "
                + "rest_at_night, night_only (did you mean 'peak_speed_kmh'?)");
    }

    @Test
    void parameterForABehaviourWithoutParameters() {
        assertThat(single("bhv.yaml", SOURCE + """
                    behaviours:
                      tactical: {id: route.straight-line, parameters: {speed: 5}}
                """)).isEqualTo("bhv.yaml:14: sources[0].behaviours.tactical.parameters.speed: unknown parameter "
                + "'speed' of behaviour 'route.straight-line'; it takes no parameters");
    }

    @Test
    void behaviourParameterOutOfRange() {
        assertThat(single("bhv.yaml", SOURCE + """
                    behaviours:
                      operational: {id: walk.tobler, parameters: {peak_speed_kmh: 60}}
                """)).isEqualTo("bhv.yaml:14: sources[0].behaviours.operational.parameters.peak_speed_kmh: "
                + "peak_speed_kmh = 60 is out of range; expected a number in [1, 12] km/h");
    }

    @Test
    void defaultBehaviourMissingFromACustomRegistry() {
        ScenarioLoader bare = new ScenarioLoader(new BehaviourRegistry(), TerrainCatalog.withBuiltIns());
        assertThat(problems(bare, "bare.yaml", SOURCE)).extracting(ScenarioProblem::toString).containsExactly(
                "bare.yaml:8: sources[0].behaviours.strategic: no strategic behaviour given, and the default "
                        + "'refugee.nearest-official-crossing' is not registered; registered strategic behaviours: none",
                "bare.yaml:8: sources[0].behaviours.tactical: no tactical behaviour given, and the default "
                        + "'route.straight-line' is not registered; registered tactical behaviours: none",
                "bare.yaml:8: sources[0].behaviours.operational: no operational behaviour given, and the default "
                        + "'walk.tobler' is not registered; registered operational behaviours: none");
    }

    @Test
    void unknownTerrainDataset() {
        assertThat(single("ds.yaml", HEAD.replace("dataset: synthetic", "dataset: synthetik")))
                .isEqualTo("ds.yaml:6: terrain.dataset: unknown terrain dataset 'synthetik'; did you mean 'synthetic'? "
                        + "known: synthetic");
    }

    @Test
    void unknownAgentTypeOfASource() {
        assertThat(single("type.yaml", SOURCE.replace("type: refugee", "type: refuge")))
                .isEqualTo("type.yaml:9: sources[0].type: unknown agent type 'refuge'; did you mean 'refugee'? known: "
                        + "refugee, fighter");
    }

    @Test
    void guardIsNotASourceType() {
        assertThat(single("type.yaml", SOURCE.replace("type: refugee", "type: guard")))
                .isEqualTo("type.yaml:9: sources[0].type: guards are not a source type; place guards under 'guards' as "
                        + "posts or patrols (a source's type is one of: refugee, fighter)");
    }

    @Test
    void unknownPlaceSuggestsTheNearest() {
        assertThat(single("place.yaml", SOURCE.replace("place: east-town", "place: east-twon")))
                .isEqualTo("place.yaml:10: sources[0].place: unknown place 'east-twon'; did you mean 'east-town'? "
                        + "known: east-town, east-village, west-city, west-town");
    }

    @Test
    void unknownDestinationWithoutSuggestion() {
        assertThat(single("place.yaml", SOURCE.replace("destination: west-city", "destination: baghdad")))
                .isEqualTo("place.yaml:11: sources[0].destination: unknown place 'baghdad'; known: east-town, "
                        + "east-village, west-city, west-town");
    }

    @Test
    void unknownCrossings() {
        assertThat(problems("crossing.yaml", HEAD + """
                crossings:
                  north-crosing: {lanes: 2}
                guards:
                  - {id: g, post: middle-crossing, guards: 2}
                """)).extracting(ScenarioProblem::toString).containsExactly(
                "crossing.yaml:8: crossings.north-crosing: unknown crossing 'north-crosing'; did you mean "
                        + "'north-crossing'? known: north-crossing, south-crossing",
                "crossing.yaml:10: guards[0].post: unknown crossing 'middle-crossing'; known: north-crossing, "
                        + "south-crossing");
    }

    @Test
    void unknownBorder() {
        assertThat(single("border.yaml", HEAD + """
                guards:
                  - id: g
                    patrol: {border: IRN-SYR, to_km: 20}
                    guards: 2
                """)).isEqualTo("border.yaml:9: guards[0].patrol.border: unknown border 'IRN-SYR'; known: IRN-IRQ");
    }

    @Test
    void patrolBeyondTheEndOfTheBorder() {
        assertThat(single("border.yaml", HEAD + """
                guards:
                  - id: g
                    patrol:
                      border: IRN-IRQ
                      from_km: 100
                      to_km: 125
                    guards: 2
                """)).isEqualTo("border.yaml:12: guards[0].patrol.to_km: to_km = 125 lies beyond the end of border "
                + "IRN-IRQ, which is 121.853 km long");
    }

    @Test
    void patrolEndingBeforeItStarts() {
        assertThat(single("border.yaml", HEAD + """
                guards:
                  - {id: g, patrol: {border: IRN-IRQ, from_km: 50, to_km: 20}, guards: 2}
                """)).isEqualTo("border.yaml:8: guards[0].patrol.to_km: to_km = 20 must be greater than from_km = 50");
    }

    @Test
    void duplicateIdsAcrossSourcesAndGuards() {
        assertThat(problems("dup.yaml", SOURCE + """
                  - {id: families, type: fighter, place: east-village, destination: west-town, people: 5}
                guards:
                  - {id: families, post: north-crossing, guards: 2}
                """)).extracting(ScenarioProblem::toString).containsExactly(
                "dup.yaml:13: sources[1].id: duplicate id 'families'; already used by sources[0]",
                "dup.yaml:15: guards[0].id: duplicate id 'families'; already used by sources[0]");
    }

    @Test
    void postAndPatrolBothGiven() {
        assertThat(single("guard.yaml", HEAD + """
                guards:
                  - id: g
                    post: north-crossing
                    patrol: {border: IRN-IRQ, to_km: 20}
                    guards: 2
                """)).isEqualTo("guard.yaml:10: guards[0].patrol: guard deployment g: give exactly one of post and "
                + "patrol");
    }

    @Test
    void neitherPostNorPatrol() {
        assertThat(single("guard.yaml", HEAD + """
                guards:
                  - id: g
                    guards: 2
                """)).isEqualTo("guard.yaml:8: guards[0]: guard deployment g: give exactly one of post and patrol");
    }

    @Test
    void terrainIsCheckedOnlyOnceTheRestIsValid() {
        assertThat(problems("order.yaml", SOURCE.replace("place: east-town", "place: east-twon") + "    people: 5\n"))
                .extracting(ScenarioProblem::toString)
                .containsExactly("order.yaml:13: sources[0].people: duplicate key 'people' (first given on line 12)");
    }
}
