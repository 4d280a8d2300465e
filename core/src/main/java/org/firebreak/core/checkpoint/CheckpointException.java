package org.firebreak.core.checkpoint;

import java.io.IOException;

/**
 * A checkpoint cannot be written or read: it is not a checkpoint, it is damaged, it was
 * written by another version or format, or it belongs to another terrain. The message names
 * the file and says which.
 */
public final class CheckpointException extends IOException {
    private static final long serialVersionUID = 1L;

    /** @param message what is wrong, naming the file */
    public CheckpointException(String message) {
        super(message);
    }

    /**
     * @param message what is wrong, naming the file
     * @param cause the underlying failure
     */
    public CheckpointException(String message, Throwable cause) {
        super(message, cause);
    }
}
