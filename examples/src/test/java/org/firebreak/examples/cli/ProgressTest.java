package org.firebreak.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressTest {
    @Test
    void theTimeLeftIsTheTimeSoFarScaledByTheStepsLeft() {
        Progress p = new Progress(new PrintWriter(new StringWriter()), true, false);
        // a quarter of 4320 one-minute steps (18 of 72 h) in 10 s: three times as long to go
        String line = p.line(1080, 4320, 18 * 3600.0, 10.0);
        assertThat(line).startsWith("[######..................]").contains(" 25%").contains("simulated 18.0 / 72.0 h")
                .contains("108 steps/s").contains("6480x real time").endsWith("ETA 0:30");
        assertThat(p.line(4320, 4320, 72 * 3600.0, 3725.0)).endsWith("done in 1:02:05");
    }

    @Test
    void plainLinesCarryNoBarAndAShortRunPrintsNothing() {
        StringWriter err = new StringWriter();
        Progress plain = new Progress(new PrintWriter(err, true), false, false);
        assertThat(plain.line(10, 100, 600, 1.0)).startsWith(" 10%").doesNotContain("[");
        // all of a run's steps within its first second: no progress at all
        for (int s = 1; s <= 100; s++) {
            plain.progress(s, 100, 60.0 * s);
        }
        plain.finish();
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void aResumedRunsRatesCountOnlyTheStepsOfThisProcess() {
        Progress p = new Progress(new PrintWriter(new StringWriter(), true), false, false);
        // resumed at step 240 of 720 (60-second steps): the first step this process takes is 241
        p.progress(241, 720, 241 * 60.0);
        // 240 steps (4 simulated hours) later, after 10 s: 24 steps/s, 1440x real time, 240 steps left
        assertThat(p.line(480, 720, 480 * 60.0, 10.0)).contains(" 67%").contains("simulated 8.0 / 12.0 h")
                .contains("24 steps/s").contains("1440x real time").endsWith("ETA 0:10");
    }

    @Test
    void crowdRunsShowSimulatedSeconds() {
        Progress p = new Progress(new PrintWriter(new StringWriter(), true), false, false, true);
        assertThat(p.line(100, 600, 10.0, 2.0)).contains("simulated 10.0 / 60.0 s");
    }
}
