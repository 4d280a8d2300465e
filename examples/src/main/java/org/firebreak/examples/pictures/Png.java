package org.firebreak.examples.pictures;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

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
            ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0f); // the smallest file: maps are written once and kept
            try (OutputStream out = Files.newOutputStream(temp);
                    ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
                writer.setOutput(stream);
                writer.write(null, new IIOImage(image, null, null), param);
            } finally {
                writer.dispose();
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
