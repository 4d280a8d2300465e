package org.firebreak.core.output;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A text file written under a temporary name beside its target and renamed onto it only
 * when complete, so a crash never leaves a half file that looks whole, and an older file of
 * the same name stays intact until the new one is ready.
 */
public final class AtomicFile implements AutoCloseable {
    private final Path target;
    private final Path temp;
    private final BufferedWriter writer;
    private boolean done;

    /**
     * Opens the temporary file.
     *
     * @param target the final path
     * @throws IOException if the temporary file cannot be created
     */
    public AtomicFile(Path target) throws IOException {
        this.target = target.toAbsolutePath();
        this.temp = this.target.resolveSibling("." + this.target.getFileName() + ".partial");
        this.writer = Files.newBufferedWriter(temp, StandardCharsets.UTF_8);
    }

    /**
     * Opens the temporary file with content already in it: the part of a file that a run
     * resumed from a checkpoint had written before it.
     *
     * @param target the final path
     * @param prefix writes the first bytes of the file (UTF-8 text)
     * @throws IOException if the temporary file cannot be created or the prefix written
     */
    public AtomicFile(Path target, BytesWriter prefix) throws IOException {
        this.target = target.toAbsolutePath();
        this.temp = this.target.resolveSibling("." + this.target.getFileName() + ".partial");
        OutputStream out = Files.newOutputStream(temp);
        try {
            prefix.writeTo(out);
        } catch (IOException | RuntimeException e) {
            out.close();
            Files.deleteIfExists(temp);
            throw e;
        }
        this.writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8.newEncoder()));
    }

    /** Writes bytes into a stream it is given. */
    @FunctionalInterface
    public interface BytesWriter {
        /**
         * @param out where the bytes go
         * @throws IOException if they cannot be read or written
         */
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * Flushes what was written so far into the temporary file (to take a copy of it).
     *
     * @return the bytes written so far
     * @throws IOException if it cannot be flushed
     */
    public long flush() throws IOException {
        writer.flush();
        return Files.size(temp);
    }

    /**
     * Copies the content flushed so far (see {@link #flush()}).
     *
     * @param out where it goes
     * @throws IOException if it cannot be read or written
     */
    public void copyFlushedTo(OutputStream out) throws IOException {
        Files.copy(temp, out);
    }

    /** @return the writer for the content */
    public Writer writer() {
        return writer;
    }

    /** @return the final path */
    public Path target() {
        return target;
    }

    /**
     * Flushes, closes and renames the temporary file onto the target.
     *
     * @throws IOException if the file cannot be completed; the temporary file is then removed
     */
    public void commit() throws IOException {
        if (done) {
            return;
        }
        try {
            writer.close();
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            done = true;
        } finally {
            if (!done) {
                abort();
            }
        }
    }

    /** Discards the temporary file; the target is left as it was. */
    public void abort() {
        done = true;
        try {
            writer.close();
        } catch (IOException ignored) {
            // the file is being discarded
        }
        try {
            Files.deleteIfExists(temp);
        } catch (IOException ignored) {
            // nothing more can be done; a .partial name never looks like a finished output
        }
    }

    /** Discards the file unless it was committed. */
    @Override
    public void close() {
        if (!done) {
            abort();
        }
    }

    /**
     * Writes a whole text file atomically.
     *
     * @param target the final path
     * @param content the text
     * @throws IOException if it cannot be written
     */
    public static void write(Path target, String content) throws IOException {
        try (AtomicFile f = new AtomicFile(target)) {
            f.writer().write(content);
            f.commit();
        }
    }
}
