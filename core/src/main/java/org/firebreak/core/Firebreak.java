package org.firebreak.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Library-wide facts: the version recorded in every output. */
public final class Firebreak {
    private static final String VERSION = readVersion();

    private Firebreak() {
    }

    /** @return the library version, as built by Maven (for example {@code 0.1.0-SNAPSHOT}) */
    public static String version() {
        return VERSION;
    }

    private static String readVersion() {
        try (InputStream in = Firebreak.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
