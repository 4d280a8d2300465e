package org.firebreak.examples.cli;

import picocli.CommandLine.Option;

/** The {@code --threads} option of the regional runs, new or resumed (a picocli mixin). */
final class MoveThreadsOption {
    @Option(names = "--threads", paramLabel = "N", description = {"threads that move the agents; the outputs are the",
        "same for any number (default: the processors available, ${DEFAULT-VALUE} here)"})
    int threads = Runtime.getRuntime().availableProcessors();

    /**
     * @return the number of threads
     * @throws BadOption if it is less than one
     */
    int threads() throws BadOption {
        if (threads < 1) {
            throw new BadOption("--threads: expected at least 1, got " + threads);
        }
        return threads;
    }
}
