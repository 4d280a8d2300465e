package org.firebreak.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class BundledScenariosTest {

    @Test
    void everyIndexedScenarioIsReadableAndNamesItself() {
        assertThat(BundledScenarios.list()).isNotEmpty();
        for (BundledScenarios.Entry e : BundledScenarios.list()) {
            String text = BundledScenarios.read(e.name());
            assertThat(text).contains("name: " + e.name()).contains("version: 1");
            assertThat(e.description()).isNotBlank();
        }
    }

    @Test
    void everyShippedScenarioFileIsIndexed() throws IOException, URISyntaxException {
        Path dir = Path.of(BundledScenarios.class.getResource("scenarios/index.tsv").toURI()).getParent();
        try (Stream<Path> files = Files.list(dir)) {
            files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml"))
                    .forEach(n -> assertThat(BundledScenarios.find(n.substring(0, n.length() - 5)))
                            .as("index entry for %s", n).isPresent());
        }
    }

    @Test
    void unknownNameIsRefusedWithTheList() {
        assertThatThrownBy(() -> BundledScenarios.read("no-such"))
                .hasMessageContaining("no bundled scenario 'no-such'")
                .hasMessageContaining(BundledScenarios.defaultName());
    }
}
