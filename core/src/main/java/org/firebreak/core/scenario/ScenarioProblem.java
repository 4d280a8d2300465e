package org.firebreak.core.scenario;

import java.io.Serializable;
import java.util.Objects;

/**
 * One thing wrong with a scenario file, located as precisely as the file allows.
 *
 * @param file the file name or label the text came from
 * @param line 1-based line of the offending key or value, 0 when unknown
 * @param keyPath where in the file, e.g. {@code sources[0].group_size.mean}; empty for the whole file
 * @param message what is wrong and what was expected
 */
public record ScenarioProblem(String file, int line, String keyPath, String message) implements Serializable {
    private static final long serialVersionUID = 1L;

    /**
     * Checks every field.
     *
     * @param file the file name or label the text came from
     * @param line 1-based line, 0 when unknown
     * @param keyPath where in the file; empty for the whole file
     * @param message what is wrong and what was expected
     */
    public ScenarioProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(keyPath, "keyPath");
        Objects.requireNonNull(message, "message");
        if (line < 0) {
            throw new IllegalArgumentException("line must be >= 0, got " + line);
        }
    }

    /** @return {@code file:line: keyPath: message}, leaving out the line when unknown and the key path when empty */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(file);
        if (line > 0) {
            sb.append(':').append(line);
        }
        sb.append(": ");
        if (!keyPath.isEmpty()) {
            sb.append(keyPath).append(": ");
        }
        return sb.append(message).toString();
    }
}
