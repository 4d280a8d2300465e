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
        Files.writeString(config, Files.readString(Path.of("cluster/loopback.yaml"))
                .replace("cluster-name: firebreak-sweep", "cluster-name: test-" + UUID.randomUUID())
                .replace("port: 5701", "port: 5971"));
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
            for (String f : List.of("runs.csv", "aggregate.csv", "aggregate.json", "runs/run-0005/events.csv")) {
                assertThat(Files.mismatch(tmp.resolve("local").resolve(f), tmp.resolve("cluster").resolve(f))).as(f)
                        .isEqualTo(-1);
            }
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
