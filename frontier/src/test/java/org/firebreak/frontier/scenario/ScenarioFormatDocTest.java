package org.firebreak.frontier.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.firebreak.frontier.scenario.ScenarioFiles.LOADER;
import static org.firebreak.frontier.scenario.ScenarioFiles.load;
import static org.firebreak.frontier.scenario.ScenarioFiles.resource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.firebreak.core.param.ParameterSpec;
import org.firebreak.frontier.agent.kind.AgentType;
import org.firebreak.frontier.behaviour.BehaviourDefinition;
import org.firebreak.frontier.detection.DetectionLawDefinition;
import org.firebreak.frontier.detection.DetectionModifiers;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keeps the modellers' documentation of the format true to the code. */
class ScenarioFormatDocTest {
    private static final Path DOC = Path.of("..", "docs", "scenario-format.md");
    private static final Set<String> INTEGER_KEYS = Set.of("lanes", "people", "min", "max", "guards", "team_size", "capacity");
    private static final Set<String> REQUIRED_KEYS = Set.of("people", "guards", "to_km", "share", "at_hours");
    private static String doc;

    @BeforeAll
    static void read() throws Exception {
        Assumptions.assumeTrue(Files.exists(DOC), "the documentation is not beside this module");
        doc = Files.readString(DOC);
    }

    /** @return the table row the documentation must hold for a spec, from the type column on */
    private static String row(ParameterSpec s) {
        return (INTEGER_KEYS.contains(s.key()) ? "integer" : "number") + " | " + (s.unit().isEmpty() ? "–" : s.unit())
                + " | [" + ParameterSpec.format(s.min()) + ", " + ParameterSpec.format(s.max()) + "] | "
                + (REQUIRED_KEYS.contains(s.key()) ? "required" : ParameterSpec.format(s.defaultValue())) + " | "
                + s.description() + " |";
    }

    /** @return the text of the first fenced block after the marker */
    private static String blockAfter(String marker) {
        int at = doc.indexOf(marker);
        assertThat(at).as(marker).isNotNegative();
        int open = doc.indexOf("```", at);
        int start = doc.indexOf('\n', open) + 1;
        return doc.substring(start, doc.indexOf("```", start));
    }

    @Test
    void everyParameterTableRowMatchesItsSpec() {
        List<List<ParameterSpec>> lists = List.of(TerrainSpec.specs(), TimeSettings.SPECS, RefugeeParameters.SPECS,
                FighterParameters.SPECS, GuardParameters.SPECS, GuardParameters.SHORT_FORM_SPECS,
                DetectionModifiers.SPECS, CrossingCapacity.SPECS, SourceSpec.SPECS, GroupSize.SPECS,
                GuardDeployment.SPECS, PatrolSector.SPECS, AgeGroup.SPECS, Reallocation.SPECS, Camp.SPECS);
        for (List<ParameterSpec> specs : lists) {
            for (ParameterSpec s : specs) {
                assertThat(doc).contains("| `" + s.key() + "` | " + row(s));
            }
        }
    }

    @Test
    void everyBehaviourAndParameterIsListed() {
        for (BehaviourDefinition<?> d : ScenarioFiles.REGISTRY.all()) {
            List<String> types = new ArrayList<>();
            for (AgentType t : AgentType.values()) {
                if (d.agentTypes().contains(t)) {
                    types.add(t.id());
                }
            }
            assertThat(doc).contains("| `" + d.id() + "` | " + d.level().id() + " | " + String.join(", ", types)
                    + " | " + d.description() + " |");
            for (ParameterSpec p : d.parameters()) {
                assertThat(doc).contains("| `" + d.id() + "` | `" + p.key() + "` | " + row(p));
            }
        }
    }

    @Test
    void everyDetectionLawModifierAndParameterIsListed() {
        for (DetectionLawDefinition d : ScenarioFiles.REGISTRY.detectionLaws().all()) {
            assertThat(doc).contains("| `" + d.id() + "` | " + d.description() + " |");
            for (ParameterSpec p : d.parameters()) {
                assertThat(doc).contains("| `" + d.id() + "` | `" + p.key() + "` | " + row(p));
            }
        }
        assertThat(doc).contains("| `" + DetectionModifiers.LINE_OF_SIGHT + "` | boolean | – | `true` or `false` | "
                + DetectionModifiers.defaults().lineOfSight() + " |");
    }

    @Test
    void completeExampleIsTheFullTestScenario() {
        assertThat(load("example.yaml", blockAfter("## Complete example")))
                .isEqualTo(load("full.yaml", resource("full.yaml")));
    }

    @Test
    void errorExampleIsWhatTheLoaderSays() {
        String file = blockAfter("For example, this file:");
        String message = blockAfter("is refused with:");
        assertThatThrownBy(() -> LOADER.load("north-surge.yaml", file)).hasMessage(message.strip());
    }
}
