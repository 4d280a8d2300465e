package org.firebreak.core.checkpoint;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InvalidClassException;
import java.io.ObjectStreamException;
import java.io.OutputStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.InflaterInputStream;
import org.firebreak.core.output.AtomicFile;

/**
 * The checkpoint file: a header, a compressed payload and a trailer.
 *
 * <pre>
 * header   8 bytes "FBRKCKPT", int format, then (modified UTF-8 strings, big-endian numbers)
 *          library version, scenario name, scenario hash, seed, terrain dataset, terrain CRS,
 *          terrain fingerprint, steps done, total steps, step seconds
 * payload  deflated: long n, n bytes of events.csv so far, then one Java-serialised object
 * trailer  8 bytes "FBRKEND0", long length of header + payload, 32 bytes SHA-256 of header + payload
 * </pre>
 *
 * <p>A file is checked in that order before anything in it is deserialised: the signature
 * (else "not a Firebreak checkpoint"), the format and library version (else the versions are
 * named), the trailer (else "truncated"), the SHA-256 (else "checksum mismatch"). The object
 * is then read through an allow-list of classes ({@link CheckpointStreams#ALLOWED}).
 * Files are written under a temporary name and moved onto their name when complete.
 */
public final class CheckpointFile {
    /** The format this build writes and reads. */
    public static final int FORMAT = 1;
    /** File name extension. */
    public static final String EXTENSION = ".fbc";

    private final Path file;
    private final CheckpointHeader header;
    private final long payloadStart;
    private final long payloadEnd;

    private CheckpointFile(Path file, CheckpointHeader header, long payloadStart, long payloadEnd) {
        this.file = file;
        this.header = header;
        this.payloadStart = payloadStart;
        this.payloadEnd = payloadEnd;
    }

    /**
     * Writes a checkpoint atomically: under a temporary name beside the target, moved onto it
     * when complete, so an older file of the same name stays intact until then.
     *
     * @param target the file
     * @param header what it says about itself ({@code format} must be {@link #FORMAT})
     * @param eventsLength bytes that {@code events} writes
     * @param events writes the events so far
     * @param state the run's state
     * @param live objects written as references by name, to be supplied again on reading
     * @throws CheckpointException if a part of the state cannot be serialised (the message names its class)
     * @throws IOException if the file cannot be written
     */
    public static void write(Path target, CheckpointHeader header, long eventsLength, AtomicFile.BytesWriter events,
                             Serializable state, Map<String, Object> live) throws IOException {
        CheckpointWriter.write(target, header, eventsLength, events, state, live);
    }

    /**
     * Opens a checkpoint and checks it whole (signature, format, library version, trailer,
     * SHA-256) without deserialising anything.
     *
     * @param file the checkpoint
     * @return the checked file
     * @throws CheckpointException if it is not a checkpoint, damaged, or of another format or version
     * @throws IOException if it cannot be read
     */
    public static CheckpointFile open(Path file) throws IOException {
        CheckpointVerifier.Verified v = CheckpointVerifier.verify(file);
        return new CheckpointFile(file, v.header(), v.payloadStart(), v.payloadEnd());
    }

    /** @return the file */
    public Path file() {
        return file;
    }

    /** @return what the checkpoint says about itself */
    public CheckpointHeader header() {
        return header;
    }

    /**
     * Copies the events of the run up to the checkpoint.
     *
     * @param out where they go
     * @throws IOException if they cannot be read or written
     */
    public void copyEvents(OutputStream out) throws IOException {
        try (DataInputStream d = payload()) {
            long n = d.readLong();
            byte[] buf = new byte[CheckpointLayout.BUFFER];
            while (n > 0) {
                int r = d.read(buf, 0, (int) Math.min(buf.length, n));
                if (r < 0) {
                    throw new CheckpointException("checkpoint " + file + " is corrupt (its events end early)");
                }
                out.write(buf, 0, r);
                n -= r;
            }
        }
    }

    /**
     * Reads the run's state through the allow-list of classes.
     *
     * @param live the objects written as references, by name
     * @param trusted further class patterns to allow, such as {@code com.example.behaviours.*}
     * @return the state
     * @throws CheckpointException if the state cannot be read (a refused class, a class changed since)
     * @throws IOException if the file cannot be read
     */
    public Object readState(Map<String, Object> live, List<String> trusted) throws IOException {
        try (DataInputStream d = payload()) {
            d.skipNBytes(d.readLong());
            try (CheckpointStreams.Input in = new CheckpointStreams.Input(d, live, CheckpointStreams.filter(trusted))) {
                try {
                    return in.readObject();
                } catch (InvalidClassException e) {
                    if (in.rejected() != null) {
                        throw new CheckpointException("checkpoint " + file + " holds " + in.rejected() + ", which is not"
                                + " on the list of what a checkpoint may hold; refused before it was read", e);
                    }
                    throw e;
                }
            }
        } catch (InvalidClassException e) {
            throw new CheckpointException("checkpoint " + file + " holds class " + e.classname + " in a form this"
                    + " build cannot read: " + e.getMessage(), e);
        } catch (ClassNotFoundException e) {
            throw new CheckpointException("checkpoint " + file + " holds class " + e.getMessage() + ", which this"
                    + " build does not have", e);
        } catch (ObjectStreamException | EOFException | RuntimeException e) {
            throw new CheckpointException("checkpoint " + file + " cannot be read: " + e, e);
        }
    }

    private DataInputStream payload() throws IOException {
        InputStream raw = new BufferedInputStream(Files.newInputStream(file), CheckpointLayout.BUFFER);
        raw.skipNBytes(payloadStart);
        InputStream bounded = new BoundedInputStream(raw, payloadEnd - payloadStart);
        return new DataInputStream(new InflaterInputStream(bounded, new java.util.zip.Inflater(), CheckpointLayout.BUFFER));
    }

    /** Reads at most a given number of bytes of the stream under it, then reports its end. */
    private static final class BoundedInputStream extends java.io.FilterInputStream {
        private long left;

        BoundedInputStream(InputStream in, long limit) {
            super(in);
            this.left = limit;
        }

        @Override
        public int read() throws IOException {
            if (left <= 0) {
                return -1;
            }
            int b = super.read();
            if (b >= 0) {
                left--;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (left <= 0) {
                return -1;
            }
            int n = super.read(b, off, (int) Math.min(len, left));
            if (n > 0) {
                left -= n;
            }
            return n;
        }
    }
}
