package org.firebreak.examples.embed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedRunTest {
    @TempDir
    Path tmp;

    @Test
    void theEmbeddingExampleRunsTheDefaultScenarioAndReadsResultsBack() throws Exception {
        PrintStream old = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            EmbeddedRun.main(new String[] {tmp.resolve("out").toString()});
        } finally {
            System.setOut(old);
        }
        String printed = buf.toString(StandardCharsets.UTF_8);
        assertThat(printed).contains("crossings by site: {haji-omaran=").contains("zurbatiyah=").contains("REFUGEE=");
        assertThat(tmp.resolve("out/summary.json")).isRegularFile();
        assertThat(tmp.resolve("out/events.csv")).isRegularFile();
    }
}
