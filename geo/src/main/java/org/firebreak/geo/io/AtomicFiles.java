package org.firebreak.geo.io;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file under a temporary name beside it and renames it when complete, as the engine's
 * outputs do ({@code .name.partial}), so that a crash never leaves a half file that looks whole.
 */
final class AtomicFiles {

    /** Writes the content of one file. */
    interface Body {
        void writeTo(Path temporary) throws IOException;
    }

    private AtomicFiles() {
    }

    /**
     * @param keepExtension whether the temporary name must end with the target's extension (some
     *     libraries insist on {@code .gpkg})
     */
    static void write(Path target, boolean keepExtension, Body body) throws IOException {
        String name = target.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String temporaryName = keepExtension && dot > 0
                ? "." + name.substring(0, dot) + ".partial" + name.substring(dot)
                : "." + name + ".partial";
        Path temporary = target.resolveSibling(temporaryName);
        Files.deleteIfExists(temporary);
        try {
            body.writeTo(temporary);
            try {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temporary);
            throw e;
        }
    }
}
