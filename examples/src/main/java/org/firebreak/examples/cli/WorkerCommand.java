package org.firebreak.examples.cli;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.LifecycleEvent;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import org.firebreak.cluster.ClusterMembers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code firebreak worker}: a member of a sweep cluster that runs the runs it is given, until stopped. */
@Command(name = "worker", mixinStandardHelpOptions = true,
        description = {"Serve runs to sweeps as a member of a sweep cluster.",
            "Joins a sweep cluster as a member and runs the runs sweeps hand to it, until stopped",
            "with Ctrl-C. If it stops mid-run, the sweep runs its runs on the other members.",
            "Runs it executes write their outputs (run-NNNN) under its own work directory, the cluster",
            "file's firebreak.work-dir; it reads no path a job names, and refuses jobs not signed with",
            "the cluster's secret (firebreak.secret-file or FIREBREAK_CLUSTER_SECRET; docs/sweeps.md)."},
        footer = {"", "Examples:", "  firebreak worker --cluster examples/cluster/loopback.yaml",
            "", "Exit codes: 0 stopped, 2 bad configuration."})
final class WorkerCommand extends CliCommand {
    @Option(names = "--cluster", paramLabel = "FILE", required = true,
            description = "Hazelcast configuration of the cluster (YAML or XML)")
    private Path cluster;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter err = err();
        com.hazelcast.config.Config config;
        try {
            config = ClusterMembers.config(cluster);
        } catch (IllegalArgumentException e) {
            return badInput(e.getMessage());
        }
        HazelcastInstance member = ClusterMembers.start(config);
        CountDownLatch stopped = new CountDownLatch(1);
        member.getLifecycleService().addLifecycleListener(e -> {
            if (e.getState() == LifecycleEvent.LifecycleState.SHUTDOWN) {
                stopped.countDown();
            }
        });
        Runtime.getRuntime().addShutdownHook(new Thread(member::shutdown, "worker-shutdown"));
        err.println("firebreak: member " + member.getCluster().getLocalMember().getAddress() + " of cluster '"
                + config.getClusterName() + "' (" + member.getCluster().getMembers().size()
                + " members); waiting for runs, Ctrl-C to leave");
        err.flush();
        stopped.await();
        return 0;
    }
}
