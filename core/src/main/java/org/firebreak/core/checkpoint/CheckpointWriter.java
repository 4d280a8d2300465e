package org.firebreak.core.checkpoint;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.NotSerializableException;
import java.io.OutputStream;
import java.io.Serializable;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import org.firebreak.core.output.AtomicFile;

/**
 * Writes checkpoint files: header, deflated payload and trailer in the layout of
 * {@link CheckpointFile}, under a temporary name moved onto the target when complete.
 */
final class CheckpointWriter {
    private CheckpointWriter() {
    }

    /**
     * Writes a checkpoint atomically; see {@link CheckpointFile#write}.
     *
     * @param target the file
     * @param header what it says about itself ({@code format} must be {@link CheckpointFile#FORMAT})
     * @param eventsLength bytes that {@code events} writes
     * @param events writes the events so far
     * @param state the run's state
     * @param live objects written as references by name, to be supplied again on reading
     * @throws CheckpointException if a part of the state cannot be serialised (the message names its class)
     * @throws IOException if the file cannot be written
     */
    static void write(Path target, CheckpointHeader header, long eventsLength, AtomicFile.BytesWriter events,
                      Serializable state, Map<String, Object> live) throws IOException {
        if (header.format() != CheckpointFile.FORMAT) {
            throw new IllegalArgumentException("this build writes checkpoint format " + CheckpointFile.FORMAT + ", not "
                    + header.format());
        }
        Path abs = target.toAbsolutePath();
        Path temp = abs.resolveSibling("." + abs.getFileName() + ".partial");
        boolean done = false;
        try {
            MessageDigest sha = CheckpointLayout.sha256();
            try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(temp), CheckpointLayout.BUFFER)) {
                CountingDigestStream counted = new CountingDigestStream(file, sha);
                writeHeader(new DataOutputStream(counted), header);
                writePayload(counted, eventsLength, events, state, live);
                DataOutputStream t = new DataOutputStream(file);
                t.write(CheckpointLayout.END);
                t.writeLong(counted.count);
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

    private static void writeHeader(DataOutputStream h, CheckpointHeader header) throws IOException {
        h.write(CheckpointLayout.MAGIC);
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
    }

    /** Writes the deflated payload: the events' length and bytes, then the serialised state. */
    private static void writePayload(CountingDigestStream counted, long eventsLength, AtomicFile.BytesWriter events,
                                     Serializable state, Map<String, Object> live) throws IOException {
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try {
            DeflaterOutputStream z = new DeflaterOutputStream(new NonClosing(counted), deflater, CheckpointLayout.BUFFER);
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
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
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
