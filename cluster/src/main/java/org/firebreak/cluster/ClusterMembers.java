package org.firebreak.cluster;

import com.hazelcast.config.Config;
import com.hazelcast.config.InvalidConfigurationException;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Starts this process's embedded member of a sweep cluster from a Hazelcast configuration file
 * (YAML or XML, Hazelcast's own format: cluster name, network and join, and the pool size of the
 * {@value HazelcastBackend#EXECUTOR} executor, which sets how many runs a member takes at once).
 * Unless the file says otherwise, members log through java.util.logging (so the library's logging
 * settings apply) and do not report usage to Hazelcast.
 */
public final class ClusterMembers {
    private ClusterMembers() {
    }

    /**
     * @param file a Hazelcast configuration file, {@code .yaml}, {@code .yml} or {@code .xml}
     * @return the configuration
     * @throws IllegalArgumentException naming the file and what is wrong with it
     */
    public static Config config(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("cluster configuration " + file + ": no such file");
        }
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        if (!(name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".xml"))) {
            throw new IllegalArgumentException("cluster configuration " + file
                    + ": expected a Hazelcast configuration file ending in .yaml, .yml or .xml");
        }
        try {
            Config c = Config.loadFromFile(file.toFile());
            defaultProperty(c, "hazelcast.logging.type", "jdk");
            defaultProperty(c, "hazelcast.phone.home.enabled", "false");
            return c;
        } catch (IOException | InvalidConfigurationException | IllegalArgumentException e) {
            throw new IllegalArgumentException("cluster configuration " + file + " is not a valid Hazelcast "
                    + "configuration: " + e.getMessage(), e);
        }
    }

    private static void defaultProperty(Config c, String key, String value) {
        if (c.getProperty(key) == null) {
            c.setProperty(key, value);
        }
    }

    /**
     * Starts a member and waits until it has joined the cluster (or formed it).
     *
     * @param config its configuration
     * @return the member
     */
    public static HazelcastInstance start(Config config) {
        if (config.getProperty("hazelcast.logging.type") != null) {
            System.setProperty("hazelcast.logging.type", config.getProperty("hazelcast.logging.type"));
        }
        return Hazelcast.newHazelcastInstance(config);
    }
}
