package org.firebreak.core.checkpoint;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InvalidClassException;
import java.io.NotSerializableException;
import java.io.ObjectStreamException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;
import org.firebreak.core.Firebreak;
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

    private static final byte[] MAGIC = "FBRKCKPT".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] END = "FBRKEND0".getBytes(StandardCharsets.US_ASCII);
    private static final int TRAILER = END.length + 8 + 32;

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
        if (header.format() != FORMAT) {
            throw new IllegalArgumentException("this build writes checkpoint format " + FORMAT + ", not " + header.format());
        }
        Path abs = target.toAbsolutePath();
        Path temp = abs.resolveSibling("." + abs.getFileName() + ".partial");
        boolean done = false;
        try {
            MessageDigest sha = sha256();
            long length;
            try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16)) {
                CountingDigestStream counted = new CountingDigestStream(file, sha);
                DataOutputStream h = new DataOutputStream(counted);
                h.write(MAGIC);
                h.writeInt(header.format());
                h.writeUTF(header.libraryVersion());
                h.writeUTF(header.scenarioName());
                h.writeUTF(header.scenarioHash());
                h.writeLong(header.seed());
                h.writeUTF(header.terrainDataset());
                h.writeUTF(header.terrainCrs());
                h.writeUTF(header.terrainFingerprint());
                h.writeLong(header.steps());
                h.writeLong(header.totalSteps());
                h.writeDouble(header.stepSeconds());
                h.flush();
                Deflater deflater = new Deflater(Deflater.BEST_SPEED);
                try {
                    DeflaterOutputStream z = new DeflaterOutputStream(new NonClosing(counted), deflater, 1 << 16);
                    DataOutputStream d = new DataOutputStream(z);
                    d.writeLong(eventsLength);
                    CountingDigestStream eventsOut = new CountingDigestStream(new NonClosing(d), null);
                    events.writeTo(eventsOut);
                    if (eventsOut.count != eventsLength) {
                        throw new IOException("events of the run changed while the checkpoint was written: "
                                + eventsOut.count + " bytes instead of " + eventsLength);
                    }
                    try (CheckpointStreams.Output o = new CheckpointStreams.Output(new NonClosing(d), live)) {
                        o.writeObject(state);
                    }
                    z.finish();
                } finally {
                    deflater.end();
                }
                length = counted.count;
                DataOutputStream t = new DataOutputStream(file);
                t.write(END);
                t.writeLong(length);
                t.write(sha.digest());
                t.flush();
            }
            move(temp, abs);
            done = true;
        } catch (NotSerializableException e) {
            throw new CheckpointException("cannot write checkpoint " + target + ": the run holds an object of class "
                    + e.getMessage() + ", which is not serialisable (a custom behaviour, detection law or screening "
                    + "must implement java.io.Serializable and mark its caches transient)", e);
        } finally {
            if (!done) {
                Files.deleteIfExists(temp);
            }
        }
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
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
        if (!Files.isRegularFile(file)) {
            throw new CheckpointException("checkpoint " + file + " does not exist or is not a file");
        }
        long size = Files.size(file);
        CheckpointHeader header;
        long payloadStart;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            CountingDigestStream.In counted = new CountingDigestStream.In(in);
            DataInputStream d = new DataInputStream(counted);
            byte[] magic = new byte[MAGIC.length];
            if (size < MAGIC.length || d.readNBytes(magic, 0, magic.length) != MAGIC.length
                    || !Arrays.equals(magic, MAGIC)) {
                throw new CheckpointException("checkpoint " + file + " is not a Firebreak checkpoint (it does not start"
                        + " with the signature of one)");
            }
            try {
                int format = d.readInt();
                String version = d.readUTF();
                if (format != FORMAT) {
                    throw new CheckpointException("checkpoint " + file + " was written by firebreak " + version
                            + " in checkpoint format " + format + "; this build (firebreak " + Firebreak.version()
                            + ") reads format " + FORMAT + " only");
                }
                if (!version.equals(Firebreak.version())) {
                    throw new CheckpointException("checkpoint " + file + " was written by firebreak " + version
                            + "; this is firebreak " + Firebreak.version() + ", and a run resumes only with the version"
                            + " that started it (a byte-identical continuation needs the same code)");
                }
                header = new CheckpointHeader(format, version, d.readUTF(), d.readUTF(), d.readLong(), d.readUTF(),
                        d.readUTF(), d.readUTF(), d.readLong(), d.readLong(), d.readDouble());
            } catch (EOFException | java.io.UTFDataFormatException e) {
                throw new CheckpointException("checkpoint " + file + " is corrupt (truncated in its header)", e);
            } catch (IllegalArgumentException e) {
                throw new CheckpointException("checkpoint " + file + " is corrupt (" + e.getMessage() + ")", e);
            }
            payloadStart = counted.count;
        }
        long contentEnd = size - TRAILER;
        if (contentEnd < payloadStart) {
            throw new CheckpointException("checkpoint " + file + " is corrupt (truncated: " + size + " bytes)");
        }
        byte[] trailer = new byte[TRAILER];
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
            raf.seek(contentEnd);
            raf.readFully(trailer);
        }
        java.nio.ByteBuffer t = java.nio.ByteBuffer.wrap(trailer);
        byte[] end = new byte[END.length];
        t.get(end);
        long length = t.getLong();
        byte[] expected = new byte[32];
        t.get(expected);
        if (!Arrays.equals(end, END) || length != contentEnd) {
            throw new CheckpointException("checkpoint " + file + " is corrupt (truncated or extended: its end marker"
                    + " is missing or does not match its " + size + " bytes)");
        }
        MessageDigest sha = sha256();
        try (InputStream in = new DigestInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16), sha)) {
            byte[] buf = new byte[1 << 16];
            long left = contentEnd;
            while (left > 0) {
                int n = in.read(buf, 0, (int) Math.min(buf.length, left));
                if (n < 0) {
                    throw new CheckpointException("checkpoint " + file + " is corrupt (truncated while being read)");
                }
                left -= n;
            }
        }
        if (!MessageDigest.isEqual(sha.digest(), expected)) {
            throw new CheckpointException("checkpoint " + file + " is corrupt (checksum mismatch: its content is not"
                    + " what was written)");
        }
        return new CheckpointFile(file, header, payloadStart, contentEnd);
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
            byte[] buf = new byte[1 << 16];
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
        InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        raw.skipNBytes(payloadStart);
        InputStream bounded = new java.io.FilterInputStream(raw) {
            private long left = payloadEnd - payloadStart;

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
        };
        return new DataInputStream(new InflaterInputStream(bounded, new java.util.zip.Inflater(), 1 << 16));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    /** Passes bytes on, counting them and feeding a digest; closing it does not close what is under it. */
    private static final class CountingDigestStream extends OutputStream {
        private final OutputStream out;
        private final MessageDigest digest;
        private long count;

        CountingDigestStream(OutputStream out, MessageDigest digest) {
            this.out = out;
            this.digest = digest;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            if (digest != null) {
                digest.update((byte) b);
            }
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            if (digest != null) {
                digest.update(b, off, len);
            }
            count += len;
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }

        @Override
        public void close() throws IOException {
            flush();
        }

        /** Counts the bytes read. */
        static final class In extends java.io.FilterInputStream {
            private long count;

            In(InputStream in) {
                super(in);
            }

            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    count++;
                }
                return b;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = super.read(b, off, len);
                if (n > 0) {
                    count += n;
                }
                return n;
            }
        }
    }

    /** Leaves the stream under it open when closed. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
