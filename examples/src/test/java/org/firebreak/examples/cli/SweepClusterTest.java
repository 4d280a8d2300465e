package org.firebreak.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.hazelcast.core.HazelcastInstance;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.firebreak.cluster.ClusterMembers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same sweep in one process and on a two-member loopback cluster: the same per-run results. */
class SweepClusterTest {
    @TempDir
    Path tmp;

    @Test
    void aSweepOnTwoMembersGivesTheSameRunsAsInOneProcess() throws IOException {
        // the bundled loopback configuration, on a cluster name and ports of this test's own
        Path config = tmp.resolve("cluster.yaml");
        Path secret = tmp.resolve("loopback.secret");
        Files.writeString(secret, "0123456789abcdef0123456789abcdef\n");
        Files.setPosixFilePermissions(secret, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        Files.writeString(config, Files.readString(Path.of("cluster/loopback.yaml"))
                .replace("cluster-name: firebreak-sweep", "cluster-name: test-" + UUID.randomUUID())
                .replace("port: 5701", "port: 5971")
                .replace("firebreak.work-dir: ../../runs/cluster-work", "firebreak.work-dir: other-work"));
        HazelcastInstance other = ClusterMembers.start(ClusterMembers.config(config));
        try {
            String[] sweep = {"sweep", "--quiet", "--scenario", "synthetic-frontier", "--hours", "1", "--replicates",
                "2", "--param", "crossings.north-crossing.lanes=1,4,8"};
            Cli.Result local = Cli.run(concat(sweep, "--out", tmp.resolve("local").toString()));
            assertThat(local.code()).as(local.err()).isZero();
            Cli.Result cluster = Cli.run(concat(sweep, "--cluster", config.toString(), "--out",
                    tmp.resolve("cluster").toString()));
            assertThat(cluster.code()).as(cluster.err()).isZero();
            assertThat(cluster.out()).contains("6 runs (3 points x 2 replicates), 0 failed");
            // the other member took runs: its executor completed some
            assertThat(other.getExecutorService("firebreak-sweep").getLocalExecutorStats().getCompletedTaskCount())
                    .isPositive();
            for (String f : List.of("runs.csv", "aggregate.csv", "aggregate.json")) {
                assertThat(Files.mismatch(tmp.resolve("local").resolve(f), tmp.resolve("cluster").resolve(f))).as(f)
                        .isEqualTo(-1);
            }
            // each run's own outputs are where the member that ran it keeps them: the sweep's directory
            // for this process's member, the other member's work directory for its runs; the same bytes
            int elsewhere = 0;
            for (int i = 0; i < 6; i++) {
                String run = String.format("run-%04d", i);
                Path here = tmp.resolve("cluster").resolve("runs").resolve(run).resolve("events.csv");
                Path there;
                try (var sweeps = Files.list(tmp.resolve("other-work"))) {
                    there = sweeps.map(d -> d.resolve(run).resolve("events.csv")).filter(Files::exists).findFirst()
                            .orElse(null);
                }
                assertThat(Files.exists(here) ^ there != null).as(run + " written once").isTrue();
                elsewhere += there != null ? 1 : 0;
                assertThat(Files.mismatch(tmp.resolve("local").resolve("runs").resolve(run).resolve("events.csv"),
                        there != null ? there : here)).as(run).isEqualTo(-1);
            }
            assertThat(elsewhere).isPositive();
        } finally {
            other.shutdown();
        }
    }

    private static String[] concat(String[] a, String... b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
