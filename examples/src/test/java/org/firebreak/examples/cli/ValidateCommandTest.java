package org.firebreak.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.firebreak.data.BundledScenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {
    @TempDir
    Path tmp;

    @Test
    void bundledScenariosOfBothKindsAreValid() {
        Cli.Result r = Cli.run("validate", "collapse-firebreak", "crossing-surge");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).containsPattern("collapse-firebreak: valid regional scenario 'collapse-firebreak' \\(terrain "
                + "frontier, 72 h, .* sha256 [0-9a-f]{64}\\)")
                .containsPattern("crossing-surge: valid crowd scenario .* sha256 [0-9a-f]{64}\\)");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void everyProblemOfAFileIsNamedWithItsKeyAndNothingIsWritten() throws IOException {
        Path typo = tmp.resolve("typo.yaml");
        Files.writeString(typo, bundled("collapse-passive").replace("  zurbatiyah: {lanes: 8,", "  zurbatiyeh: {lanes: 8,"));
        Path nan = tmp.resolve("nan.yaml");
        Files.writeString(nan, bundled("collapse-passive").replace("step_seconds: 60", "step_seconds: .nan"));
        Path good = tmp.resolve("good.yaml");
        Files.writeString(good, bundled("collapse-passive"));

        Cli.Result r = Cli.run("validate", typo.toString(), good.toString(), nan.toString());

        assertThat(r.code()).isEqualTo(FirebreakCli.BAD_INPUT);
        // the valid file is still reported valid; each invalid one with its file, line, key and what was expected
        assertThat(r.out()).contains(good + ": valid regional scenario 'collapse-passive'").doesNotContain("typo.yaml");
        assertThat(r.err()).contains("typo.yaml").contains("zurbatiyeh").contains("did you mean 'zurbatiyah'");
        assertThat(r.err()).contains("nan.yaml:57: time.step_seconds").contains("expected a number in [1, 3600] s");
        try (var files = Files.list(tmp)) {
            assertThat(files).hasSize(3);
        }
    }

    @Test
    void anUnknownNameSuggestsTheNearestBundledScenario() {
        Cli.Result r = Cli.run("validate", "colapse-passive");
        assertThat(r.code()).isEqualTo(FirebreakCli.BAD_INPUT);
        assertThat(r.err()).contains("colapse-passive").contains("collapse-passive");
    }

    private static String bundled(String name) {
        return BundledScenarios.read(name);
    }
}
