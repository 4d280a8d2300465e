package org.firebreak.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.firebreak.frontier.behaviour.defaults.DefaultBehaviours;
import org.firebreak.core.param.ParameterSpec;
import org.firebreak.examples.extend.RiverFollowingRoute;
import org.firebreak.frontier.behaviour.BehaviourDefinition;
import org.firebreak.frontier.behaviour.BehaviourRegistry;
import org.firebreak.frontier.detection.DetectionLawDefinition;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Keeps docs/behaviours.md true to the registry: every id, every parameter row, every source. */
class BehavioursDocTest {
    private static final Path DOC = Path.of("..", "docs", "behaviours.md");

    /** @return the row the documentation must hold for a parameter */
    private static String row(ParameterSpec p) {
        return "| `" + p.key() + "` | " + (p.unit().isEmpty() ? "–" : p.unit()) + " | "
                + ParameterSpec.format(p.defaultValue()) + " | [" + ParameterSpec.format(p.min()) + ", "
                + ParameterSpec.format(p.max()) + "] | " + p.description() + " |";
    }

    /** @return the text of the section of an id, up to the next heading */
    private static String section(String doc, String id) {
        int at = doc.indexOf("### `" + id + "`\n");
        assertThat(at).as("section of %s", id).isNotNegative();
        int end = doc.indexOf("\n#", at + 1);
        return doc.substring(at, end < 0 ? doc.length() : end);
    }

    @Test
    void everyRegisteredBehaviourAndDetectionLawIsListedWithItsParametersAndSource() throws Exception {
        Assumptions.assumeTrue(Files.exists(DOC), "the documentation is not beside this module");
        String doc = Files.readString(DOC);
        BehaviourRegistry registry = DefaultBehaviours.registry().register(RiverFollowingRoute.definition());
        for (BehaviourDefinition<?> d : registry.all()) {
            String s = section(doc, d.id());
            assertThat(s).contains(d.level().id() + "; ").contains(d.description()).contains("Source: ");
            for (ParameterSpec p : d.parameters()) {
                assertThat(s).contains(row(p));
            }
        }
        for (DetectionLawDefinition d : registry.detectionLaws().all()) {
            String s = section(doc, d.id());
            assertThat(s).contains(d.description()).contains("Source: ");
            for (ParameterSpec p : d.parameters()) {
                assertThat(s).contains(row(p));
            }
        }
        // and nothing listed that is not registered
        List<String> ids = new java.util.ArrayList<>(registry.all().stream().map(BehaviourDefinition::id).toList());
        registry.detectionLaws().all().forEach(d -> ids.add(d.id()));
        doc.lines().filter(l -> l.startsWith("### `"))
                .forEach(l -> assertThat(ids).contains(l.substring(5, l.indexOf('`', 5))));
    }
}
