package org.firebreak.geo.io;

import com.j256.ormlite.logger.LogBackendType;
import com.j256.ormlite.logger.LoggerFactory;

/**
 * Set-up shared by the GeoPackage reader and writer.
 *
 * <p>NGA's library talks to SQLite through ORMLite, which picks a logging backend by looking for
 * slf4j first. The slf4j found here would be the copy bundled in the GeoTools jar, with no binding,
 * which prints a warning to standard error. Unless the user has chosen a backend with ORMLite's own
 * system property, ORMLite is pointed at {@code java.util.logging}, where {@link System.Logger}
 * also goes by default.
 */
final class NgaSupport {

    private static volatile boolean initialised;

    private NgaSupport() {
    }

    static void init() {
        if (!initialised) {
            synchronized (NgaSupport.class) {
                if (!initialised && System.getProperty(LoggerFactory.LOG_TYPE_SYSTEM_PROPERTY) == null) {
                    LoggerFactory.setLogBackendType(LogBackendType.JAVA_UTIL);
                }
                initialised = true;
            }
        }
    }
}
