package org.firebreak.cluster;

import com.hazelcast.config.Config;
import com.hazelcast.config.InvalidConfigurationException;
import com.hazelcast.config.JavaSerializationFilterConfig;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Starts this process's embedded member of a sweep cluster from a Hazelcast configuration file
 * (YAML or XML, Hazelcast's own format: cluster name, network and join, and the pool size of the
 * {@value HazelcastBackend#EXECUTOR} executor, which sets how many runs a member takes at once).
 * Unless the file says otherwise, members log through java.util.logging (so the library's logging
 * settings apply) and do not report usage to Hazelcast.
 *
 * <p>Security (docs/sweeps.md states the threat model): a member binds its socket only to the
 * interface it picks from the file's {@code network.interfaces}, never to every interface
 * ({@code hazelcast.socket.bind.any} is false unless the file sets it); it reads objects from the
 * network only of the library's and the JDK's basic classes (Hazelcast's Java serialization
 * filter); and it holds the cluster's secret, from the environment variable
 * {@value #SECRET_ENV} or the file named by the property {@value #SECRET_FILE}, with which jobs are
 * signed and checked and members prove themselves at join. Runs it executes for other members
 * write only under its work directory, the property {@value #WORK_DIR} (default
 * {@code firebreak-work} in the current directory). Paths in the properties are relative to the
 * configuration file.
 */
public final class ClusterMembers {
    /** Property naming the file that holds the cluster's secret. */
    public static final String SECRET_FILE = "firebreak.secret-file";
    /** Environment variable holding the cluster's secret; wins over {@value #SECRET_FILE}. */
    public static final String SECRET_ENV = "FIREBREAK_CLUSTER_SECRET";
    /** Property naming the member's work directory. */
    public static final String WORK_DIR = "firebreak.work-dir";

    private ClusterMembers() {
    }

    /**
     * @param file a Hazelcast configuration file, {@code .yaml}, {@code .yml} or {@code .xml}
     * @return the configuration, secured with the secret and work directory it names
     * @throws IllegalArgumentException naming the file and what is wrong with it, or where the secret is missing
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
        Config c;
        try {
            c = Config.loadFromFile(file.toFile());
        } catch (IOException | InvalidConfigurationException | IllegalArgumentException e) {
            throw new IllegalArgumentException("cluster configuration " + file + " is not a valid Hazelcast "
                    + "configuration: " + e.getMessage(), e);
        }
        defaultProperty(c, "hazelcast.logging.type", "jdk");
        defaultProperty(c, "hazelcast.phone.home.enabled", "false");
        if (!c.getNetworkConfig().getInterfaces().isEnabled() || c.getNetworkConfig().getInterfaces()
                .getInterfaces().isEmpty()) {
            throw new IllegalArgumentException("cluster configuration " + file + ": network.interfaces lists no "
                    + "address; expected the interfaces the member may bind to (127.0.0.1 for one machine)");
        }
        Path dir = file.toAbsolutePath().getParent();
        byte[] secret = secret(file, c, dir);
        String work = c.getProperty(WORK_DIR);
        return secure(c, secret, dir.resolve(work == null ? "firebreak-work" : work).normalize());
    }

    /**
     * Secures a configuration built in code as {@link #config(Path)} secures one read from a file.
     *
     * @param c the configuration
     * @param secret the cluster's secret, at least 16 bytes, the same on every member
     * @param workDirectory where runs executed for other members write
     * @return {@code c}
     */
    public static Config secure(Config c, byte[] secret, Path workDirectory) {
        defaultProperty(c, "hazelcast.socket.bind.any", "false");
        JavaSerializationFilterConfig filter = new JavaSerializationFilterConfig().setDefaultsDisabled(false);
        filter.getWhitelist().addPrefixes("org.firebreak.", "java.lang.", "java.util.", "com.hazelcast.");
        c.getSerializationConfig().setJavaSerializationFilterConfig(filter);
        ConcurrentHashMap<String, Object> user = new ConcurrentHashMap<>(c.getUserContext());
        user.put(MemberContext.KEY, new MemberContext(new ClusterSecret(secret), workDirectory));
        c.setUserContext(user);
        return c;
    }

    private static byte[] secret(Path file, Config c, Path dir) {
        String env = System.getenv(SECRET_ENV);
        if (env != null && !env.isBlank()) {
            return checked(env.trim().getBytes(StandardCharsets.UTF_8), "the environment variable " + SECRET_ENV);
        }
        String named = c.getProperty(SECRET_FILE);
        if (named == null) {
            throw new IllegalArgumentException("cluster configuration " + file + ": no cluster secret; expected the "
                    + "property " + SECRET_FILE + " naming a file that holds it (create one with: openssl rand -hex 32 "
                    + "> FILE; chmod 600 FILE) or the environment variable " + SECRET_ENV);
        }
        Path secretFile = dir.resolve(named).normalize();
        try {
            Set<PosixFilePermission> p = Files.getPosixFilePermissions(secretFile);
            if (p.contains(PosixFilePermission.OTHERS_READ) || p.contains(PosixFilePermission.GROUP_READ)) {
                throw new IllegalArgumentException("cluster secret " + secretFile + " can be read by other users; "
                        + "expected a file only its owner reads (chmod 600 " + secretFile + ")");
            }
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: nothing to check
        } catch (IOException e) {
            throw new IllegalArgumentException("cluster secret " + secretFile + " (" + SECRET_FILE + " of " + file
                    + "): cannot read it: " + e.getMessage(), e);
        }
        try {
            return checked(Files.readString(secretFile, StandardCharsets.UTF_8).trim()
                    .getBytes(StandardCharsets.UTF_8), "cluster secret " + secretFile);
        } catch (IOException e) {
            throw new IllegalArgumentException("cluster secret " + secretFile + ": cannot read it: " + e.getMessage(),
                    e);
        }
    }

    private static byte[] checked(byte[] secret, String where) {
        if (secret.length < ClusterSecret.MIN_BYTES) {
            throw new IllegalArgumentException(where + " has " + secret.length + " bytes; expected at least "
                    + ClusterSecret.MIN_BYTES + " (for example: openssl rand -hex 32)");
        }
        return secret;
    }

    private static void defaultProperty(Config c, String key, String value) {
        if (c.getProperty(key) == null) {
            c.setProperty(key, value);
        }
    }

    /**
     * Starts a member and waits until it has joined the cluster (or formed it). Its proof of the
     * secret goes into its member attributes, where the other members check it.
     *
     * @param config its configuration, secured by {@link #config(Path)} or {@link #secure}
     * @return the member
     * @throws IllegalArgumentException if the configuration holds no secret
     */
    public static HazelcastInstance start(Config config) {
        Object context = config.getUserContext().get(MemberContext.KEY);
        if (!(context instanceof MemberContext m)) {
            throw new IllegalArgumentException("the cluster configuration holds no secret; secure it with "
                    + "ClusterMembers.secure or read it with ClusterMembers.config");
        }
        config.getMemberAttributeConfig().setAttribute(MemberContext.PROOF, m.secret().memberProof());
        if (config.getProperty("hazelcast.logging.type") != null) {
            System.setProperty("hazelcast.logging.type", config.getProperty("hazelcast.logging.type"));
        }
        return Hazelcast.newHazelcastInstance(config);
    }
}
