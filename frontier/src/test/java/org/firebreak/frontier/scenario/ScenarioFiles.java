package org.firebreak.frontier.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.firebreak.core.scenario.ScenarioException;
import org.firebreak.core.scenario.ScenarioProblem;
import org.firebreak.core.terrain.TerrainCatalog;
import org.firebreak.frontier.behaviour.BehaviourRegistry;
import org.firebreak.frontier.behaviour.defaults.DefaultBehaviours;

/** Shared loader and helpers for the scenario tests. */
final class ScenarioFiles {
    static final BehaviourRegistry REGISTRY = DefaultBehaviours.registry();
    static final ScenarioLoader LOADER = new ScenarioLoader(REGISTRY, TerrainCatalog.withBuiltIns());

    /** Six lines of a valid file; tests append from line 7. */
    static final String HEAD = """
            version: 1
            name: test
            description: a test scenario
            seed: 1
            terrain:
              dataset: synthetic
            """;

    private ScenarioFiles() {
    }

    /**
     * @param name a file under test resources {@code scenarios/}
     * @return its text
     */
    static String resource(String name) {
        try (InputStream in = ScenarioFiles.class.getResourceAsStream("/scenarios/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Scenario load(String label, String text) {
        try {
            return LOADER.load(label, text);
        } catch (ScenarioException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    /** @return the problems the default loader reports for the text */
    static List<ScenarioProblem> problems(String label, String text) {
        return problems(LOADER, label, text);
    }

    static List<ScenarioProblem> problems(ScenarioLoader loader, String label, String text) {
        try {
            loader.load(label, text);
        } catch (ScenarioException e) {
            assertThat(e.file()).isEqualTo(label);
            return e.problems();
        }
        throw new AssertionError("expected " + label + " to be rejected");
    }

    /** @return the problem, as text, when the loader reports exactly one */
    static String single(String label, String text) {
        List<ScenarioProblem> problems = problems(label, text);
        assertThat(problems).hasSize(1);
        return problems.get(0).toString();
    }

    /** @return the registry's ids at a level, as messages list them */
    static String known(DecisionLevel level) {
        return String.join(", ", REGISTRY.ids(level));
    }
}
