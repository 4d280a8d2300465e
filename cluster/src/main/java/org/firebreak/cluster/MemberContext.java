package org.firebreak.cluster;

import com.hazelcast.cluster.Member;
import com.hazelcast.core.HazelcastInstance;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What this process's member knows that it never receives from the network: the cluster's secret,
 * its own work directory (the only place runs it executes for other members write to), and the runs
 * directories of the sweeps this process itself drives. Kept in the member's user context, which
 * Hazelcast never sends anywhere.
 */
final class MemberContext {
    /** Key of the context in a member's user context. */
    static final String KEY = "org.firebreak.cluster.MemberContext";
    /** Name of the member attribute holding the member's proof of the secret. */
    static final String PROOF = "firebreak.proof";

    private final ClusterSecret secret;
    private final Path workDirectory;
    private final Map<String, Path> ownSweeps = new ConcurrentHashMap<>();

    MemberContext(ClusterSecret secret, Path workDirectory) {
        this.secret = secret;
        this.workDirectory = workDirectory.toAbsolutePath().normalize();
    }

    /**
     * @param member a running member
     * @return its context
     * @throws IllegalStateException if the member was not started by {@link ClusterMembers#start}
     */
    static MemberContext of(HazelcastInstance member) {
        Object c = member.getUserContext().get(KEY);
        if (!(c instanceof MemberContext context)) {
            throw new IllegalStateException("member " + member.getName() + " was not started with a cluster secret "
                    + "(ClusterMembers.start)");
        }
        return context;
    }

    ClusterSecret secret() {
        return secret;
    }

    /** @return the directory under which runs executed for other members write */
    Path workDirectory() {
        return workDirectory;
    }

    /** @return whether a member has shown that it holds the secret */
    boolean trusts(Member m) {
        return secret.acceptsMember(m.getAttribute(PROOF));
    }

    void ownSweep(String sweepId, Path runsDirectory) {
        ownSweeps.put(sweepId, runsDirectory);
    }

    void sweepDone(String sweepId) {
        ownSweeps.remove(sweepId);
    }

    /**
     * @param sweepId a sweep's id
     * @param ownJob whether the job came from this process's own member
     * @return where its runs write on this member: the sweep's own directory for a sweep this process
     *     drives, else a directory of the sweep's id under the work directory
     */
    Path runsDirectory(String sweepId, boolean ownJob) {
        Path own = ownJob ? ownSweeps.get(sweepId) : null;
        return own != null ? own : workDirectory.resolve("sweep-" + sweepId);
    }
}
