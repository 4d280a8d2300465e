package org.firebreak.geo.io;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/** The test fixtures under {@code src/test/resources/fixtures} (see PROVENANCE.md there). */
final class Fixtures {

    private Fixtures() {
    }

    static Path path(String name) {
        URL url = Fixtures.class.getResource("/fixtures/" + name);
        if (url == null) {
            throw new IllegalArgumentException("no fixture " + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs a read that must fail, and returns its failure for the message to be checked. */
    static GisInputException catchGis(ThrowingRead read) {
        try {
            read.run();
        } catch (GisInputException e) {
            return e;
        }
        throw new AssertionError("expected a GisInputException");
    }

    /** A read that may throw. */
    interface ThrowingRead {
        void run() throws GisInputException;
    }
}
