package org.firebreak.examples.embed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioInCodeTest {
    @TempDir
    Path tmp;

    private static String run(String className, String... args) throws Exception {
        PrintStream old = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            Class.forName(className).getMethod("main", String[].class).invoke(null, (Object) args);
        } finally {
            System.setOut(old);
        }
        return buf.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aScenarioBuiltInCodeRunsAndItsMetricsReadBackAgree() throws Exception {
        Path out = tmp.resolve("in-code");
        String printed = run(ScenarioInCode.class.getName(), out.toString());
        assertThat(printed).contains("crossed at zurbatiyah: ");
        long crossedInMemory = Long.parseLong(printed.lines().filter(l -> l.startsWith("crossed at zurbatiyah: "))
                .findFirst().orElseThrow().substring("crossed at zurbatiyah: ".length()).strip());

        Map<String, ReadMetrics.CrossingMetrics> metrics = ReadMetrics.read(out);
        // Mehran lies about 11 km from the Zurbatiyah crossing: at a walking pace of 3 to 5 km/h
        // the families reach it within four of the eight hours, and no other crossing is near
        assertThat(metrics).containsOnlyKeys("zurbatiyah");
        ReadMetrics.CrossingMetrics z = metrics.get("zurbatiyah");
        assertThat(z.crossed()).isPositive().isEqualTo(crossedInMemory).isEqualTo(z.crossedHourly())
                .isLessThanOrEqualTo(300);
        assertThat(z.waitP95Minutes()).isGreaterThanOrEqualTo(z.waitMedianMinutes());

        String read = run(ReadMetrics.class.getName(), out.toString());
        assertThat(read).contains("scenario mehran-in-code, seed 7, 8").contains("zurbatiyah: crossed " + z.crossed());
    }
}
