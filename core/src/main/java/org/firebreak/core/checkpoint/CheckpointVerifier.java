package org.firebreak.core.checkpoint;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.Arrays;
import org.firebreak.core.Firebreak;

/**
 * Checks a checkpoint file whole before anything in it is deserialised, in the order
 * {@link CheckpointFile} gives: signature, format and library version, trailer, SHA-256.
 */
final class CheckpointVerifier {
    /**
     * A file that passed every check.
     *
     * @param header what it says about itself
     * @param payloadStart offset of the deflated payload
     * @param payloadEnd offset just past it, where the trailer starts
     */
    record Verified(CheckpointHeader header, long payloadStart, long payloadEnd) {
    }

    /** The header and where it ends. */
    private record Header(CheckpointHeader header, long end) {
    }

    private CheckpointVerifier() {
    }

    /**
     * @param file the checkpoint
     * @return the checked file's header and where its payload lies
     * @throws CheckpointException if it is not a checkpoint, damaged, or of another format or version
     * @throws IOException if it cannot be read
     */
    static Verified verify(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new CheckpointException("checkpoint " + file + " does not exist or is not a file");
        }
        long size = Files.size(file);
        Header header = readHeader(file, size);
        long contentEnd = size - CheckpointLayout.TRAILER;
        if (contentEnd < header.end()) {
            throw new CheckpointException("checkpoint " + file + " is corrupt (truncated: " + size + " bytes)");
        }
        byte[] expected = readTrailer(file, size, contentEnd);
        checkDigest(file, contentEnd, expected);
        return new Verified(header.header(), header.end(), contentEnd);
    }

    /** Checks the signature, format and library version, and reads the rest of the header. */
    private static Header readHeader(Path file, long size) throws IOException {
        byte[] magicWanted = CheckpointLayout.MAGIC;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            CountingInputStream counted = new CountingInputStream(in);
            DataInputStream d = new DataInputStream(counted);
            byte[] magic = new byte[magicWanted.length];
            if (size < magicWanted.length || d.readNBytes(magic, 0, magic.length) != magicWanted.length
                    || !Arrays.equals(magic, magicWanted)) {
                throw new CheckpointException("checkpoint " + file + " is not a Firebreak checkpoint (it does not start"
                        + " with the signature of one)");
            }
            CheckpointHeader header;
            try {
                int format = d.readInt();
                String version = d.readUTF();
                checkVersion(file, format, version);
                header = new CheckpointHeader(format, version, d.readUTF(), d.readUTF(), d.readLong(), d.readUTF(),
                        d.readUTF(), d.readUTF(), d.readLong(), d.readLong(), d.readDouble());
            } catch (EOFException | java.io.UTFDataFormatException e) {
                throw new CheckpointException("checkpoint " + file + " is corrupt (truncated in its header)", e);
            } catch (IllegalArgumentException e) {
                throw new CheckpointException("checkpoint " + file + " is corrupt (" + e.getMessage() + ")", e);
            }
            return new Header(header, counted.count);
        }
    }

    private static void checkVersion(Path file, int format, String version) throws CheckpointException {
        if (format != CheckpointFile.FORMAT) {
            throw new CheckpointException("checkpoint " + file + " was written by firebreak " + version
                    + " in checkpoint format " + format + "; this build (firebreak " + Firebreak.version()
                    + ") reads format " + CheckpointFile.FORMAT + " only");
        }
        if (!version.equals(Firebreak.version())) {
            throw new CheckpointException("checkpoint " + file + " was written by firebreak " + version
                    + "; this is firebreak " + Firebreak.version() + ", and a run resumes only with the version"
                    + " that started it (a byte-identical continuation needs the same code)");
        }
    }

    /** Checks the end marker and recorded length; returns the recorded digest. */
    private static byte[] readTrailer(Path file, long size, long contentEnd) throws IOException {
        byte[] trailer = new byte[CheckpointLayout.TRAILER];
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
            raf.seek(contentEnd);
            raf.readFully(trailer);
        }
        ByteBuffer t = ByteBuffer.wrap(trailer);
        byte[] end = new byte[CheckpointLayout.END.length];
        t.get(end);
        long length = t.getLong();
        byte[] expected = new byte[CheckpointLayout.DIGEST];
        t.get(expected);
        if (!Arrays.equals(end, CheckpointLayout.END) || length != contentEnd) {
            throw new CheckpointException("checkpoint " + file + " is corrupt (truncated or extended: its end marker"
                    + " is missing or does not match its " + size + " bytes)");
        }
        return expected;
    }

    /** Checks the SHA-256 of header and payload against the trailer's. */
    private static void checkDigest(Path file, long contentEnd, byte[] expected) throws IOException {
        MessageDigest sha = CheckpointLayout.sha256();
        try (InputStream in = new DigestInputStream(new BufferedInputStream(Files.newInputStream(file),
                CheckpointLayout.BUFFER), sha)) {
            byte[] buf = new byte[CheckpointLayout.BUFFER];
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
    }

    /** Counts the bytes read. */
    private static final class CountingInputStream extends java.io.FilterInputStream {
        private long count;

        CountingInputStream(InputStream in) {
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
