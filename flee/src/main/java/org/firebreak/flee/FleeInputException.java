package org.firebreak.flee;

/**
 * A FLEE input file that is missing or does not say what it must, with the file, the line,
 * the column or key, and what was expected in the message.
 */
public final class FleeInputException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;

    /**
     * @param file the file, as the user knows it (such as {@code input_csv/routes.csv})
     * @param line the 1-based line, or 0 when the problem concerns the whole file
     * @param message what is wrong and what was expected
     */
    public FleeInputException(String file, int line, String message) {
        super(file + (line > 0 ? ":" + line : "") + ": " + message);
        this.file = file;
        this.line = line;
    }

    /** @return the file concerned */
    public String file() {
        return file;
    }

    /** @return the 1-based line, or 0 for the whole file */
    public int line() {
        return line;
    }
}
