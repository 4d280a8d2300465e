package org.firebreak.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An output directory that cannot be written is bad input (exit 2, naming it), not an internal error. */
class UnwritableOutputTest {
    @TempDir
    Path tmp;

    @Test
    void aDirectoryUnderAFileIsRefusedAsBadInputNamingIt() throws Exception {
        Path file = Files.writeString(tmp.resolve("plain-file"), "x");
        String out = file.resolve("runs").toString();
        for (String[] command : new String[][] {
            {"run", "--hours", "1", "--quiet", "--out", out},
            {"crowd", "--scenario", "crossing-surge", "--duration", "1", "--quiet", "--out", out},
            {"flee", "--input", "flee/frontier-illustrative", "--out", out}}) {
            Cli.Result r = Cli.run(command);
            assertThat(r.code()).as(r.err()).isEqualTo(2);
            assertThat(r.err()).contains("output directory " + out + " cannot be created")
                    .contains("choose a directory you can write").doesNotContain("internal error");
        }
    }

    @Test
    void aSystemDirectoryThatTakesNoFilesIsRefusedAsBadInput() {
        Assumptions.assumeTrue(Files.isDirectory(Path.of("/proc/self")), "no procfs here");
        Cli.Result r = Cli.run("run", "--hours", "1", "--quiet", "--out", "/proc/nope");
        assertThat(r.code()).as(r.err()).isEqualTo(2);
        assertThat(r.err()).contains("output directory /proc/nope cannot be created");
    }
}
