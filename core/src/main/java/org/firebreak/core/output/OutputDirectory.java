package org.firebreak.core.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Prepares the directory a run writes into, refusing to mix a new run into an old one. */
public final class OutputDirectory {
    private OutputDirectory() {
    }

    /**
     * Creates the directory if needed; refuses a non-empty one unless {@code overwrite}.
     *
     * @param dir the directory
     * @param overwrite whether files of an earlier run may be replaced
     * @return the directory, absolute
     * @throws OutputException if the directory holds files and overwrite is off, is a file, or cannot be
     *     created or written (a read-only place, a parent that is a file, a system directory): bad input,
     *     naming the path and the reason
     * @throws IOException if listing it fails otherwise
     */
    public static Path prepare(Path dir, boolean overwrite) throws IOException {
        Path abs = dir.toAbsolutePath().normalize();
        if (Files.exists(abs) && !Files.isDirectory(abs)) {
            throw new OutputException("output path " + dir + " is a file, not a directory");
        }
        if (Files.isDirectory(abs) && !overwrite) {
            List<String> present;
            try (Stream<Path> s = Files.list(abs)) {
                present = s.map(p -> p.getFileName().toString()).sorted().limit(5).toList();
            }
            if (!present.isEmpty()) {
                throw new OutputException("output directory " + dir + " already holds files (" + String.join(", ",
                        present) + "); choose a new directory or pass --overwrite to replace an earlier run's files");
            }
        }
        try {
            Files.createDirectories(abs);
        } catch (java.nio.file.FileSystemException e) {
            throw new OutputException("output directory " + dir + " cannot be created: " + reason(e)
                    + "; choose a directory you can write");
        }
        // a directory may look writable and still refuse files (procfs, a read-only mount): try one
        Path probe = abs.resolve(".firebreak-write-test");
        try {
            Files.deleteIfExists(probe);
            Files.createFile(probe);
            Files.delete(probe);
        } catch (java.nio.file.FileSystemException e) {
            throw new OutputException("output directory " + dir + " cannot be written: " + reason(e)
                    + "; choose a directory you can write");
        }
        return abs;
    }

    private static String reason(java.nio.file.FileSystemException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.FileAlreadyExistsException) {
            return e.getFile() + " is a file, not a directory";
        }
        return e.getReason() != null ? e.getReason() : e.getClass().getSimpleName();
    }
}
