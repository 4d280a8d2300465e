package org.firebreak.frontier.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.firebreak.frontier.scenario.ScenarioFiles.HEAD;
import static org.firebreak.frontier.scenario.ScenarioFiles.load;
import static org.firebreak.frontier.scenario.ScenarioFiles.problems;
import static org.firebreak.frontier.scenario.ScenarioFiles.single;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.firebreak.core.scenario.ScenarioProblem;
import org.firebreak.core.terrain.TerrainCatalog;
import org.firebreak.frontier.behaviour.BehaviourRegistry;
import org.firebreak.frontier.behaviour.defaults.DefaultBehaviours;
import org.junit.jupiter.api.Test;

/** The format version, and migrations from older versions. */
class ScenarioVersionTest {
    /** A file as an imagined format v0 wrote it: the scenario's name was called {@code title}. */
    private static final String V0 = """
            version: 0
            title: old-file
            description: written before format v1
            seed: 7
            terrain: {dataset: synthetic}
            """;

    /** The imagined v0 to v1 step: rename {@code title} to {@code name}, keeping its place. */
    private static final ScenarioMigrations.Migration RENAME_TITLE = tree -> {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        tree.properties().forEach(e -> out.set(e.getKey().equals("title") ? "name" : e.getKey(), e.getValue()));
        return out;
    };

    private static ScenarioLoader loader(ScenarioMigrations migrations) {
        return new ScenarioLoader(DefaultBehaviours.registry(), TerrainCatalog.withBuiltIns(), migrations);
    }

    @Test
    void currentVersionIsOne() {
        assertThat(ScenarioLoader.CURRENT_VERSION).isEqualTo(1);
        assertThat(load("v1.yaml", HEAD).version()).isEqualTo(1);
    }

    @Test
    void newerVersionIsRefusedAlone() {
        assertThat(single("new.yaml", HEAD.replace("version: 1", "version: 2") + "weather: fine\n"))
                .isEqualTo("new.yaml:1: version: written for a newer Firebreak (format version 2); this library reads "
                        + "up to 1");
    }

    @Test
    void olderVersionWithoutMigrationIsRefused() {
        assertThat(single("old.yaml", V0)).isEqualTo("old.yaml:1: version: no migration from format version 0 (this "
                + "library reads versions 1 to 1)");
    }

    @Test
    void injectedMigrationBringsAnOldFileUpToDate() throws Exception {
        ScenarioMigrations migrations = ScenarioMigrations.standard().with(0, RENAME_TITLE);
        assertThat(migrations.oldestReadable()).isZero();

        Scenario s = loader(migrations).load("old.yaml", V0);

        assertThat(s.version()).isEqualTo(ScenarioLoader.CURRENT_VERSION);
        assertThat(s.name()).isEqualTo("old-file");
        assertThat(s).isEqualTo(load("new.yaml", V0.replace("version: 0", "version: 1").replace("title:", "name:")));
    }

    @Test
    void migratedFileIsStillValidated() {
        ScenarioMigrations keepAsIs = ScenarioMigrations.standard().with(0, tree -> tree);
        assertThat(problems(loader(keepAsIs), "old.yaml", V0)).extracting(ScenarioProblem::toString).containsExactly(
                "old.yaml:1: name: missing key 'name'; expected an id of lower-case letters, digits and hyphens "
                        + "([a-z0-9-]+)",
                "old.yaml:2: title: unknown key 'title'; expected one of: version, name, description, seed, terrain, "
                        + "time, agents, crossings, sources, guards, reallocations, camps (did you mean 'time'?)");
    }

    @Test
    void failingMigrationIsReportedAtTheVersion() {
        ScenarioMigrations failing = ScenarioMigrations.standard().with(0, tree -> {
            throw new IllegalStateException("title is not a string");
        });
        assertThat(problems(loader(failing), "old.yaml", V0)).extracting(ScenarioProblem::toString).containsExactly(
                "old.yaml:1: version: migrating from format version 0 failed: title is not a string");
    }

    @Test
    void migrationDoesNotTouchTheCallersTree() {
        ObjectNode tree = JsonNodeFactory.instance.objectNode().put("version", 0).put("title", "x");
        ObjectNode migrated = ScenarioMigrations.standard().with(0, RENAME_TITLE).migrate(tree, 0);
        assertThat(tree.get("title").asText()).isEqualTo("x");
        assertThat(migrated.get("name").asText()).isEqualTo("x");
        assertThat(migrated.get("version").asInt()).isEqualTo(1);
    }

    @Test
    void chainMustBeUnbrokenAndBelowTheCurrentVersion() {
        ScenarioMigrations gap = ScenarioMigrations.standard().with(-1, tree -> tree);
        assertThat(gap.oldestReadable()).isEqualTo(1);
        assertThatThrownBy(() -> gap.migrate(JsonNodeFactory.instance.objectNode(), -1))
                .hasMessage("no migration from format version -1 (this library reads versions 1 to 1)");
        assertThatThrownBy(() -> ScenarioMigrations.standard().with(1, tree -> tree))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a migration must start below the current format version 1, got 1");
        assertThatThrownBy(() -> gap.with(-1, tree -> tree)).hasMessage("a migration from format version -1 is already "
                + "registered");
    }

    @Test
    void missingOrMistypedVersionIsReportedWithTheRest() {
        assertThat(problems("nover.yaml", HEAD.replace("version: 1\n", "") + "weather: fine\n"))
                .extracting(ScenarioProblem::toString).containsExactly(
                        "nover.yaml:1: version: missing key 'version'; expected an integer, the format version (1 "
                                + "for this library)",
                        "nover.yaml:6: weather: unknown key 'weather'; expected one of: version, name, description, "
                                + "seed, terrain, time, agents, crossings, sources, guards, reallocations, camps");
        assertThat(single("strver.yaml", HEAD.replace("version: 1", "version: one")))
                .isEqualTo("strver.yaml:1: version: expected an integer, the format version (1 for this library), "
                        + "got string \"one\"");
    }
}
