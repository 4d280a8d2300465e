package org.firebreak.core.checkpoint;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The fixed parts of the checkpoint layout that writing and verifying must agree on: the
 * signature at the start, the end marker and size of the trailer, and the digest over header and
 * payload. The layout itself is described on {@link CheckpointFile}.
 */
final class CheckpointLayout {
    /** The signature a checkpoint starts with. */
    static final byte[] MAGIC = "FBRKCKPT".getBytes(StandardCharsets.US_ASCII);
    /** The marker the trailer starts with. */
    static final byte[] END = "FBRKEND0".getBytes(StandardCharsets.US_ASCII);
    /** Bytes of the digest in the trailer. */
    static final int DIGEST = 32;
    /** Bytes of the trailer: end marker, length of header and payload, digest. */
    static final int TRAILER = END.length + 8 + DIGEST;
    /** Buffer size of the file streams. */
    static final int BUFFER = 1 << 16;

    private CheckpointLayout() {
    }

    /** @return a fresh SHA-256 digest */
    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
