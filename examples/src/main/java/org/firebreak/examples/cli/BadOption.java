package org.firebreak.examples.cli;

/** A command-line option value that is refused: out of range, against the scenario's rules, or naming bad input. */
final class BadOption extends Exception {
    private static final long serialVersionUID = 1L;

    BadOption(String message) {
        super(message);
    }
}
