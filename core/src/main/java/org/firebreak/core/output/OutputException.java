package org.firebreak.core.output;

import java.io.IOException;

/** An output directory or file that cannot be used as asked, with the reason in the message. */
public final class OutputException extends IOException {
    private static final long serialVersionUID = 1L;

    /** @param message what is wrong and what to do */
    public OutputException(String message) {
        super(message);
    }
}
