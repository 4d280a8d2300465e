package org.firebreak.core.output;

import java.io.BufferedWriter;
import java.io.IOException;
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
