package org.firebreak.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hazelcast.client.HazelcastClient;
import com.hazelcast.client.config.ClientConfig;
import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.config.NetworkConfig;
import com.hazelcast.core.HazelcastInstance;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import org.firebreak.core.sweep.Sweep;
import org.firebreak.core.sweep.SweepParameter;
import org.firebreak.core.sweep.SweepPlan;
import org.firebreak.core.sweep.SweepRun;
import org.firebreak.core.sweep.SweepTask;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a stranger on the network can do to a sweep cluster: nothing. Members bind only to the listed
 * interface; a member without the secret joins Hazelcast's cluster but is given no runs, and its jobs,
 * like a client's, are refused before their content is read; a job of another library version is
 * refused; the secret must be given and kept private.
 */
class ClusterSecurityTest {
    private static final byte[] SECRET = "the cluster's own secret, 32 b!!".getBytes(StandardCharsets.UTF_8);
    private static final byte[] OTHER = "a stranger's guess at the secret".getBytes(StandardCharsets.UTF_8);
    static final List<String> EXECUTED = Collections.synchronizedList(new ArrayList<>());
    static final SweepTask TASK = (run, runs) -> {
        EXECUTED.add(Thread.currentThread().getName());
        Thread.sleep(50);
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("value", (double) run.index());
        return m;
    };

    @TempDir
    Path tmp;

    private final List<HazelcastInstance> members = new ArrayList<>();
    private final String cluster = "firebreak-security-" + UUID.randomUUID();

    @AfterEach
    void stop() {
        members.forEach(m -> m.getLifecycleService().terminate());
    }

    private Config config(String name, int port) {
        Config c = new Config().setClusterName(cluster).setInstanceName(name);
        c.setProperty("hazelcast.phone.home.enabled", "false");
        c.setProperty("hazelcast.logging.type", "jdk");
        NetworkConfig n = c.getNetworkConfig().setPort(port).setPortAutoIncrement(true).setPortCount(10);
        n.getInterfaces().setEnabled(true).addInterface("127.0.0.1");
        JoinConfig j = n.getJoin();
        j.getMulticastConfig().setEnabled(false);
        j.getAutoDetectionConfig().setEnabled(false);
        j.getTcpIpConfig().setEnabled(true).addMember("127.0.0.1");
        c.getExecutorConfig(HazelcastBackend.EXECUTOR).setPoolSize(2);
        return c;
    }

    private HazelcastInstance member(String name, byte[] secret) {
        Config c = ClusterMembers.secure(config(name, 6031), secret, tmp.resolve("work-" + name));
        HazelcastInstance m = ClusterMembers.start(c);
        members.add(m);
        return m;
    }

    private static SweepRun run(int index) {
        return new SweepRun(index, 0, index, 17 + index, Map.of());
    }

    @Test
    void aMemberWithoutTheSecretIsGivenNoRunsAndItsJobsAreRefused() throws Exception {
        HazelcastInstance a = member("honest-a", SECRET);
        HazelcastInstance stranger = member("stranger", OTHER);
        assertThat(a.getCluster().getMembers()).hasSize(2);
        EXECUTED.clear();
        Path out = Files.createDirectories(tmp.resolve("sweep"));
        Sweep.Result r = new Sweep(new SweepPlan(1, 6, List.of(SweepParameter.parse("k=1")), 0),
                new HazelcastBackend(a), TASK, Map.of()).run(out, o -> { });
        assertThat(r.outcomes()).hasSize(6).allMatch(o -> o.ok());
        assertThat(EXECUTED).hasSize(6).allMatch(t -> t.contains("honest-a"));

        // the stranger signs a job with its own guess and sends it to the honest member
        RunCall forged = RunCall.signed(new ClusterSecret(OTHER), stranger.getCluster().getLocalMember().getUuid(),
                "0123456789ab", TASK, run(0));
        assertThatThrownBy(() -> stranger.getExecutorService(HazelcastBackend.EXECUTOR)
                .submitToMember(forged, a.getCluster().getLocalMember()).get())
                .isInstanceOf(ExecutionException.class).hasRootCauseInstanceOf(SecurityException.class)
                .hasMessageContaining("refused a job not signed with this cluster's secret");
        assertThat(EXECUTED).hasSize(6);
    }

    @Test
    void aJobOfAnotherLibraryVersionIsRefused() throws Exception {
        HazelcastInstance a = member("versioned-a", SECRET);
        RunCall old = RunCall.signed(new ClusterSecret(SECRET), "0.0.1", a.getCluster().getLocalMember().getUuid(),
                "0123456789ab", TASK, run(0));
        assertThatThrownBy(() -> a.getExecutorService(HazelcastBackend.EXECUTOR)
                .submitToMember(old, a.getCluster().getLocalMember()).get())
                .hasRootCauseInstanceOf(SecurityException.class).hasMessageContaining("refused a job of firebreak 0.0.1");
    }

    @Test
    void aClientCannotRunAJob() throws Exception {
        HazelcastInstance a = member("client-target", SECRET);
        InetSocketAddress at = a.getCluster().getLocalMember().getSocketAddress();
        ClientConfig cc = new ClientConfig().setClusterName(cluster);
        cc.getNetworkConfig().addAddress("127.0.0.1:" + at.getPort());
        cc.setProperty("hazelcast.logging.type", "jdk");
        HazelcastInstance client = HazelcastClient.newHazelcastClient(cc);
        try {
            RunCall forged = RunCall.signed(new ClusterSecret(OTHER), UUID.randomUUID(), "0123456789ab", TASK, run(0));
            EXECUTED.clear();
            assertThatThrownBy(() -> client.getExecutorService(HazelcastBackend.EXECUTOR)
                    .submitToMember(forged, client.getCluster().getMembers().iterator().next()).get())
                    .hasMessageContaining("refused a job not signed with this cluster's secret");
            assertThat(EXECUTED).isEmpty();
        } finally {
            client.shutdown();
        }
    }

    @Test
    void aMemberFromTheLoopbackFileListensOnLoopbackOnly() throws Exception {
        Optional<InetAddress> other = nonLoopbackAddress();
        Assumptions.assumeTrue(other.isPresent(), "this machine has no address but loopback");
        Path secret = tmp.resolve("cluster.secret");
        Files.writeString(secret, "0123456789abcdef0123456789abcdef\n");
        Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("rw-------"));
        Path file = tmp.resolve("cluster.yaml");
        Files.writeString(file, Files.readString(Path.of("..", "examples", "cluster", "loopback.yaml"))
                .replace("cluster-name: firebreak-sweep", "cluster-name: " + cluster)
                .replace("port: 5701", "port: 6051")
                .replace("firebreak.secret-file: loopback.secret", "firebreak.secret-file: cluster.secret"));
        HazelcastInstance m = ClusterMembers.start(ClusterMembers.config(file));
        members.add(m);
        int port = m.getCluster().getLocalMember().getSocketAddress().getPort();
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), 2000);
            assertThat(s.isConnected()).isTrue();
        }
        assertThatThrownBy(() -> {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress(other.get(), port), 2000);
            }
        }).as("port %d on %s", port, other.get()).isInstanceOf(ConnectException.class);
    }

    @Test
    void theSecretMustBeGivenAndKeptPrivate() throws Exception {
        Assumptions.assumeTrue(System.getenv(ClusterMembers.SECRET_ENV) == null);
        Path file = tmp.resolve("cluster.yaml");
        String yaml = Files.readString(Path.of("..", "examples", "cluster", "loopback.yaml"));
        Files.writeString(file, yaml.replace("    firebreak.secret-file: loopback.secret\n", ""));
        assertThatThrownBy(() -> ClusterMembers.config(file)).hasMessageContaining("no cluster secret")
                .hasMessageContaining("openssl rand -hex 32");
        Files.writeString(file, yaml);
        Path secret = tmp.resolve("loopback.secret");
        Files.writeString(secret, "0123456789abcdef0123456789abcdef");
        Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("rw-r--r--"));
        assertThatThrownBy(() -> ClusterMembers.config(file)).hasMessageContaining("can be read by other users")
                .hasMessageContaining("chmod 600");
        Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("rw-------"));
        Files.writeString(secret, "short");
        assertThatThrownBy(() -> ClusterMembers.config(file)).hasMessageContaining("has 5 bytes; expected at least 16");
        Files.writeString(secret, "0123456789abcdef0123456789abcdef");
        assertThat(ClusterMembers.config(file).getProperty("hazelcast.socket.bind.any")).isEqualTo("false");
    }

    private static Optional<InetAddress> nonLoopbackAddress() throws Exception {
        for (NetworkInterface nif : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (!nif.isUp() || nif.isLoopback()) {
                continue;
            }
            for (InetAddress a : Collections.list(nif.getInetAddresses())) {
                if (a instanceof Inet4Address) {
                    return Optional.of(a);
                }
            }
        }
        return Optional.empty();
    }
}
