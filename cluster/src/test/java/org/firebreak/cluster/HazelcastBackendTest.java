package org.firebreak.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.config.NetworkConfig;
import com.hazelcast.core.HazelcastInstance;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.firebreak.core.sweep.LocalBackend;
import org.firebreak.core.sweep.Sweep;
import org.firebreak.core.sweep.SweepOutcome;
import org.firebreak.core.sweep.SweepParameter;
import org.firebreak.core.sweep.SweepPlan;
import org.firebreak.core.sweep.SweepTask;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two members on loopback in this JVM: the same results as one process, and a member lost mid-sweep. */
class HazelcastBackendTest {
    /** The threads that ran a run, by run index (both members live in this JVM). */
    static final Map<Integer, List<String>> EXECUTED = new ConcurrentHashMap<>();

    /** A stand-in model: a pure function of the run's seed and value, taking 150 ms. */
    /** The runs directory each run was given, by run index. */
    static final Map<Integer, Path> DIRECTORIES = new ConcurrentHashMap<>();

    static final SweepTask TASK = (run, runs) -> {
        DIRECTORIES.put(run.index(), runs);
        EXECUTED.computeIfAbsent(run.index(), i -> java.util.Collections.synchronizedList(new ArrayList<>()))
                .add(Thread.currentThread().getName());
        Thread.sleep(150);
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("value", Double.parseDouble(run.values().get("k")) * 10 + Math.floorMod(run.seed(), 7));
        return m;
    };

    static final byte[] SECRET = "a secret of this test, 32 bytes!".getBytes(java.nio.charset.StandardCharsets.UTF_8);

    @TempDir
    Path tmp;

    private final List<HazelcastInstance> members = new ArrayList<>();

    @AfterEach
    void stop() {
        members.forEach(m -> m.getLifecycleService().terminate());
    }

    private HazelcastInstance member(String cluster, String name) {
        Config c = new Config().setClusterName(cluster).setInstanceName(name);
        c.setProperty("hazelcast.phone.home.enabled", "false");
        c.setProperty("hazelcast.logging.type", "jdk");
        c.setProperty("hazelcast.max.no.heartbeat.seconds", "5");
        c.setProperty("hazelcast.heartbeat.interval.seconds", "1");
        NetworkConfig n = c.getNetworkConfig().setPort(5931).setPortAutoIncrement(true).setPortCount(20);
        n.getInterfaces().setEnabled(true).addInterface("127.0.0.1");
        JoinConfig j = n.getJoin();
        j.getMulticastConfig().setEnabled(false);
        j.getAutoDetectionConfig().setEnabled(false);
        j.getTcpIpConfig().setEnabled(true).addMember("127.0.0.1");
        c.getExecutorConfig(HazelcastBackend.EXECUTOR).setPoolSize(2);
        ClusterMembers.secure(c, SECRET, tmp.resolve("work-" + name));
        HazelcastInstance m = ClusterMembers.start(c);
        members.add(m);
        return m;
    }

    private static SweepPlan plan() {
        return new SweepPlan(5, 4, List.of(SweepParameter.parse("k=1,2,3")), 0);
    }

    @Test
    void aMemberLostMidSweepHasItsRunsRerunAndEveryResultAppearsOnceAsInOneProcess() throws Exception {
        String cluster = "firebreak-test-" + UUID.randomUUID();
        HazelcastInstance a = member(cluster, "member-a");
        HazelcastInstance b = member(cluster, "member-b");
        assertThat(a.getCluster().getMembers()).hasSize(2);
        EXECUTED.clear();

        Path local = Files.createDirectories(tmp.resolve("local"));
        new Sweep(plan(), new LocalBackend(2), TASK, Map.of()).run(local, o -> { });
        EXECUTED.clear();

        Path clustered = Files.createDirectories(tmp.resolve("cluster"));
        List<SweepOutcome> heard = new ArrayList<>();
        HazelcastBackend backend = new HazelcastBackend(a);
        Sweep.Result r = new Sweep(plan(), backend, TASK, Map.of()).run(clustered, o -> {
            heard.add(o);
            if (heard.size() == 3) {
                // member b holds runs right now: it goes away without a goodbye
                b.getLifecycleService().terminate();
            }
        });

        assertThat(heard).hasSize(12);
        assertThat(r.outcomes()).allMatch(SweepOutcome::ok);
        assertThat(heard.stream().map(o -> o.run().index()).distinct()).hasSize(12);
        // both members ran runs; the runs b held when it left went to a, and every run was run
        List<String> threads = EXECUTED.values().stream().flatMap(List::stream).toList();
        assertThat(threads).anyMatch(t -> t.contains("member-a")).anyMatch(t -> t.contains("member-b"));
        assertThat(backend.reassigned()).isPositive();
        assertThat(EXECUTED).hasSize(12);
        for (String f : List.of(Sweep.RUNS, Sweep.FAILURES, Sweep.AGGREGATE_CSV, Sweep.AGGREGATE_JSON)) {
            assertThat(Files.mismatch(local.resolve(f), clustered.resolve(f))).as(f).isEqualTo(-1);
        }
        assertThat(Set.copyOf(a.getCluster().getMembers())).hasSize(1);
        // runs on a wrote under the sweep's directory, runs on b under b's own work directory
        for (Map.Entry<Integer, List<String>> e : EXECUTED.entrySet()) {
            Path d = DIRECTORIES.get(e.getKey());
            if (e.getValue().stream().allMatch(t -> t.contains("member-a"))) {
                assertThat(d).isEqualTo(clustered.resolve(Sweep.RUNS_DIRECTORY));
            } else if (e.getValue().stream().allMatch(t -> t.contains("member-b"))) {
                assertThat(d.getParent()).isEqualTo(tmp.resolve("work-member-b").toAbsolutePath());
                assertThat(d.getFileName().toString()).matches("sweep-[0-9a-f]{12}");
            }
        }
    }
}
