package org.firebreak.frontier.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.firebreak.frontier.scenario.ScenarioFiles.HEAD;
import static org.firebreak.frontier.scenario.ScenarioFiles.LOADER;
import static org.firebreak.frontier.scenario.ScenarioFiles.problems;
import static org.firebreak.frontier.scenario.ScenarioFiles.single;

import java.io.ByteArrayInputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.firebreak.core.scenario.ScenarioException;
import org.firebreak.core.scenario.ScenarioProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File-level problems, and keys or values of the wrong kind. */
class ScenarioSyntaxErrorsTest {
    private static final String SOURCE_KEYS = "id, type, place, area, radius_m, start_hours, end_hours, people, outflow, "
            + "group_size, age_groups, vehicle_share, destination, behaviours";

    @Test
    void malformedYamlNamesTheParserMessageAndLine() {
        assertThat(single("broken.yaml", HEAD + """
                time:
                  step_seconds: 60
                 duration_hours: 72
                """)).isEqualTo("broken.yaml:9: malformed YAML: while parsing a block mapping; expected <block end>, "
                + "but found '<block mapping start>'");
    }

    @Test
    void malformedJsonNamesTheParserMessageAndLine() {
        assertThat(single("broken.json", "{\n  \"version\": 1,\n  \"name\" \"x\"\n}\n"))
                .isEqualTo("broken.json:3: malformed JSON: Unexpected character ('\"' (code 34)): was expecting a colon "
                        + "to separate field name and value");
    }

    @Test
    void tabIndentationIsMalformedYamlOnItsLine() {
        assertThat(single("tabs.yaml", HEAD + "time:\n\tstep_seconds: 60\n"))
                .startsWith("tabs.yaml:8: malformed YAML: while scanning for the next token; found character '\\t(TAB)'");
    }

    @Test
    void fileOverTenMegabytesIsRefusedBeforeParsing(@TempDir Path dir) throws Exception {
        Path big = dir.resolve("big.yaml");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(ScenarioLoader.MAX_FILE_BYTES + 1L);
        }
        assertThatThrownBy(() -> LOADER.load(big)).isInstanceOf(ScenarioException.class)
                .hasMessage("invalid scenario " + big + ": 1 problem\n  - " + big
                        + ": the file is 10485761 bytes; scenario files are limited to 10485760 bytes (10 MB)");
    }

    @Test
    void streamOverTenMegabytesIsRefused() {
        ByteArrayInputStream in = new ByteArrayInputStream(new byte[ScenarioLoader.MAX_FILE_BYTES + 1]);
        assertThatThrownBy(() -> LOADER.load("big.yaml", in)).isInstanceOf(ScenarioException.class)
                .hasMessageEndingWith("big.yaml: the file is more than 10485760 bytes; scenario files are "
                        + "limited to 10485760 bytes (10 MB)");
    }

    @Test
    void missingFileIsOneProblem(@TempDir Path dir) {
        Path missing = dir.resolve("nowhere.yaml");
        assertThatThrownBy(() -> LOADER.load(missing)).isInstanceOf(ScenarioException.class)
                .hasMessage("invalid scenario " + missing + ": 1 problem\n  - " + missing + ": no such file");
    }

    @Test
    void textThatIsNotUtf8IsRefused(@TempDir Path dir) throws Exception {
        Path latin1 = Files.write(dir.resolve("latin1.yaml"), new byte[] {'n', 'a', 'm', 'e', ':', ' ', (byte) 0xE9});
        assertThatThrownBy(() -> LOADER.load(latin1)).isInstanceOf(ScenarioException.class)
                .hasMessageEndingWith(latin1 + ": the file is not UTF-8 text");
    }

    @Test
    void topLevelMustBeAMapping() {
        assertThat(single("list.yaml", "- version: 1\n")).isEqualTo("list.yaml:1: the top level is a list; expected a "
                + "mapping with the keys: version, name, description, seed, terrain, time, agents, crossings, sources, "
                + "guards, reallocations, camps");
        assertThat(single("empty.yaml", "# nothing yet\n")).startsWith("empty.yaml: the file is empty; expected a mapping");
    }

    @Test
    void secondDocumentIsReported() {
        assertThat(single("two.yaml", HEAD + "---\nname: other\n"))
                .isEqualTo("two.yaml:8: more than one document; a scenario file holds a single mapping");
    }

    @Test
    void unknownKeySuggestsTheNearestKey() {
        assertThat(single("typo.yaml", HEAD + """
                sources:
                  - id: a
                    type: refugee
                    palce: east-town
                    place: east-town
                    destination: west-city
                    people: 10
                """)).isEqualTo("typo.yaml:10: sources[0].palce: unknown key 'palce'; expected one of: " + SOURCE_KEYS
                + " (did you mean 'place'?)");
    }

    @Test
    void unknownKeyFarFromEveryKeyHasNoSuggestion() {
        assertThat(single("typo.yaml", HEAD + "weather: fine\n")).isEqualTo("typo.yaml:7: weather: unknown key "
                + "'weather'; expected one of: version, name, description, seed, terrain, time, agents, crossings, "
                + "sources, guards, reallocations, camps");
    }

    @Test
    void missingKeyIsReportedAtItsMappingWithTheExpectedRange() {
        assertThat(single("missing.yaml", HEAD + """
                sources:
                  - id: a
                    type: refugee
                    place: east-town
                    destination: west-city
                """)).isEqualTo("missing.yaml:8: sources[0].people: missing key 'people'; expected an integer in "
                + "[0, 10000000] persons");
    }

    @Test
    void keyWithoutValueIsReportedAsSuch() {
        assertThat(single("novalue.yaml", HEAD.replace("seed: 1", "seed:")))
                .isEqualTo("novalue.yaml:4: seed: no value for key 'seed'; expected an integer (64-bit)");
    }

    @Test
    void stringWhereANumberIsExpected() {
        assertThat(single("type.yaml", HEAD + "time:\n  duration_hours: abc\n"))
                .isEqualTo("type.yaml:8: time.duration_hours: expected a number in [0.001, 8760] h, got string \"abc\"");
    }

    @Test
    void fractionWhereAnIntegerIsExpected() {
        assertThat(single("type.yaml", HEAD + "crossings:\n  north-crossing: {lanes: 4.5}\n"))
                .isEqualTo("type.yaml:8: crossings.north-crossing.lanes: expected an integer in [1, 500], got 4.5");
    }

    @Test
    void scalarWhereAMappingIsExpected() {
        assertThat(single("type.yaml", HEAD + "time: 60\n"))
                .isEqualTo("type.yaml:7: time: expected a mapping, got 60");
    }

    @Test
    void mappingWhereAListIsExpected() {
        assertThat(single("type.yaml", HEAD + "sources:\n  id: a\n"))
                .isEqualTo("type.yaml:7: sources: expected a list, got a mapping");
    }

    @Test
    void booleanWhereAnIdIsExpected() {
        assertThat(single("type.yaml", HEAD.replace("name: test", "name: no")))
                .isEqualTo("type.yaml:2: name: expected an id of lower-case letters, digits and hyphens ([a-z0-9-]+), "
                        + "got boolean false");
    }

    @Test
    void malformedIdIsReported() {
        assertThat(single("id.yaml", HEAD.replace("name: test", "name: Test Run")))
                .isEqualTo("id.yaml:2: name: 'Test Run' is not a valid id; expected an id of lower-case letters, "
                        + "digits and hyphens ([a-z0-9-]+)");
    }

    @Test
    void outOfRangeReusesTheParameterMessage() {
        assertThat(single("range.yaml", HEAD + "time:\n  step_seconds: 7200\n"))
                .isEqualTo("range.yaml:8: time.step_seconds: step_seconds = 7200 is out of range; expected a number "
                        + "in [1, 3600] s");
    }

    @Test
    void integerOutOfRangeNamesTheIntegerRange() {
        assertThat(single("range.yaml", HEAD + """
                guards:
                  - {id: g, post: north-crossing, guards: 0}
                """)).isEqualTo("range.yaml:8: guards[0].guards: guards = 0 is out of range; expected an integer in "
                + "[1, 100000] persons");
    }

    @Test
    void yamlNanIsOutOfRange() {
        assertThat(single("nan.yaml", HEAD + "agents:\n  refugee: {speed_factor_mean: .nan}\n"))
                .isEqualTo("nan.yaml:8: agents.refugee.speed_factor_mean: speed_factor_mean = NaN is out of range; "
                        + "expected a number in [0.2, 2.5]");
    }

    @Test
    void yamlInfinityIsOutOfRange() {
        assertThat(single("inf.yaml", HEAD + "time:\n  duration_hours: .inf\n"))
                .isEqualTo("inf.yaml:8: time.duration_hours: duration_hours = Infinity is out of range; expected a "
                        + "number in [0.001, 8760] h");
        assertThat(single("inf.yaml", HEAD + "sources:\n  - {id: a, type: fighter, place: east-town, "
                + "destination: west-city, people: -.inf}\n"))
                .isEqualTo("inf.yaml:8: sources[0].people: expected an integer in [0, 10000000] persons, got "
                        + "-Infinity");
    }

    @Test
    void duplicateKeyIsReportedAtTheRepeat() {
        assertThat(single("dup.yaml", HEAD + "time:\n  step_seconds: 60\n  step_seconds: 30\n"))
                .isEqualTo("dup.yaml:9: time.step_seconds: duplicate key 'step_seconds' (first given on line 8)");
    }

    @Test
    void everyProblemIsReportedTogetherInLineOrder() {
        List<ScenarioProblem> all = problems("many.yaml", """
                version: 1
                name: many
                seed: one
                terrain: {dataset: synthetic}
                time: {step_seconds: 0, duration_hours: 72}
                sources:
                  - id: a
                    type: refugee
                    place: east-town
                    destination: west-city
                    people: 10
                    group_size: {min: 1, max: 4, maen: 2}
                """);
        assertThat(all).extracting(ScenarioProblem::toString).containsExactly(
                "many.yaml:1: description: missing key 'description'; expected a non-empty text",
                "many.yaml:3: seed: expected an integer (64-bit), got string \"one\"",
                "many.yaml:5: time.step_seconds: step_seconds = 0 is out of range; expected a number in [1, 3600] s",
                "many.yaml:12: sources[0].group_size.maen: unknown key 'maen'; expected one of: min, max, mean "
                        + "(did you mean 'mean'?)");
        assertThatThrownBy(() -> LOADER.load("many.yaml", "name: X\n")).hasMessage("""
                invalid scenario many.yaml: 5 problems
                  - many.yaml:1: version: missing key 'version'; expected an integer, the format version (1 for this \
                library)
                  - many.yaml:1: name: 'X' is not a valid id; expected an id of lower-case letters, digits and hyphens \
                ([a-z0-9-]+)
                  - many.yaml:1: description: missing key 'description'; expected a non-empty text
                  - many.yaml:1: seed: missing key 'seed'; expected an integer (64-bit)
                  - many.yaml:1: terrain: missing key 'terrain'; expected a mapping with key: dataset""");
    }
}
