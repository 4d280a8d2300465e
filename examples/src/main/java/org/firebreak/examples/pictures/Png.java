package org.firebreak.examples.pictures;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import javax.imageio.ImageIO;

/**
 * Writes a picture as PNG under a temporary name beside its target and renames it onto the
 * target only when complete (the convention of the run's other outputs), so a failure never
 * leaves a half picture that looks whole.
 */
public final class Png {
    private Png() {
    }

    /**
     * @param image the picture
     * @param target the final path
     * @return the target
     * @throws IOException if it cannot be written; the temporary file is then removed
     */
    public static Path write(BufferedImage image, Path target) throws IOException {
        Path abs = target.toAbsolutePath();
        Path temp = abs.resolveSibling("." + abs.getFileName() + ".partial");
        boolean done = false;
        try {
            try (OutputStream out = Files.newOutputStream(temp)) {
                if (!ImageIO.write(image, "png", out)) {
                    throw new IOException("no PNG writer available for " + target);
                }
            }
            try {
                Files.move(temp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, abs, StandardCopyOption.REPLACE_EXISTING);
            }
            done = true;
            return abs;
        } finally {
            if (!done) {
                Files.deleteIfExists(temp);
            }
        }
    }
}
