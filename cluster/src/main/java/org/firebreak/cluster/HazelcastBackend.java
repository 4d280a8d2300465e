package org.firebreak.cluster;

import com.hazelcast.cluster.Member;
import com.hazelcast.core.ExecutionCallback;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.HazelcastInstanceNotActiveException;
import com.hazelcast.core.IExecutorService;
import com.hazelcast.core.MemberLeftException;
import com.hazelcast.spi.exception.RetryableException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.firebreak.core.sweep.SweepBackend;
import org.firebreak.core.sweep.SweepOutcome;
import org.firebreak.core.sweep.SweepRun;
import org.firebreak.core.sweep.SweepTask;

/**
 * Executes a sweep's runs on the members of a Hazelcast cluster, this process's member included.
 *
 * <p>Runs are handed out one at a time to the member with the fewest runs in hand, up to
 * {@code slots} per member (the pool size of the {@value #EXECUTOR} executor in the cluster
 * configuration), so fast and slow members stay busy. If a member leaves, the runs it held are
 * handed to the members that remain; a run whose result has already arrived is never run again, and
 * a result that arrives twice is kept once, so every run's result is reported exactly once. Because a
 * run's result depends only on its seed and values, results are the same as in one process.
 *
 * <p>Only members that have shown the cluster's secret at join are handed runs, and every run travels
 * signed with it ({@link RunCall}); runs executed on this process's member write under the sweep's
 * directory, runs on other members under their own work directories.
 */
public final class HazelcastBackend implements SweepBackend {
    /** Name of the distributed executor the runs execute on; its pool size sets the runs per member. */
    public static final String EXECUTOR = "firebreak-sweep";

    private static final System.Logger LOG = System.getLogger(HazelcastBackend.class.getName());
    private static final long POLL_MILLIS = 500;

    private final HazelcastInstance member;
    private int reassigned;
    private final Set<java.util.UUID> untrusted = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /** @param member this process's member of the cluster */
    public HazelcastBackend(HazelcastInstance member) {
        this.member = member;
    }

    /** What a member sent back for a run: its outcome, or the failure to get one. */
    private record Reply(SweepRun run, Member member, SweepOutcome outcome, Throwable failure) {
    }

    @Override
    public void execute(List<SweepRun> runs, SweepTask task, Path runsDirectory, Consumer<SweepOutcome> results)
            throws InterruptedException {
        MemberContext context = MemberContext.of(member);
        String sweepId = RunCall.sweepId(task);
        context.ownSweep(sweepId, runsDirectory);
        try {
            execute(runs, task, context, sweepId, results);
        } finally {
            context.sweepDone(sweepId);
        }
    }

    private void execute(List<SweepRun> runs, SweepTask task, MemberContext context, String sweepId,
            Consumer<SweepOutcome> results) throws InterruptedException {
        IExecutorService executor = member.getExecutorService(EXECUTOR);
        int slots = Math.max(1, member.getConfig().getExecutorConfig(EXECUTOR).getPoolSize());
        Deque<SweepRun> pending = new ArrayDeque<>(runs);
        BlockingQueue<Reply> replies = new LinkedBlockingQueue<>();
        Map<Member, Integer> inHand = new HashMap<>();
        Set<Integer> done = new HashSet<>();
        while (done.size() < runs.size()) {
            handOut(executor, new Job(context, sweepId, task), slots, pending, inHand, done, replies);
            Reply r = replies.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
            if (r == null) {
                continue;
            }
            inHand.merge(r.member(), -1, Integer::sum);
            if (r.outcome() != null) {
                if (done.add(r.run().index())) {
                    results.accept(r.outcome());
                }
            } else if (lostMember(r.failure())) {
                if (!done.contains(r.run().index())) {
                    LOG.log(System.Logger.Level.WARNING, "member {0} left holding run {1}; running it elsewhere",
                            r.member().getAddress(), r.run().index());
                    inHand.remove(r.member());
                    pending.addFirst(r.run());
                    reassigned++;
                }
            } else if (done.add(r.run().index())) {
                // the run could not be shipped or its result not returned (e.g. not serializable)
                results.accept(SweepOutcome.failed(r.run(), r.failure()));
            }
        }
    }

    /** What every run of one sweep shares. */
    private record Job(MemberContext context, String sweepId, SweepTask task) {
    }

    private void handOut(IExecutorService executor, Job job, int slots, Deque<SweepRun> pending,
            Map<Member, Integer> inHand, Set<Integer> done, BlockingQueue<Reply> replies) {
        Set<Member> members = new java.util.LinkedHashSet<>();
        for (Member m : member.getCluster().getMembers()) {
            if (job.context().trusts(m)) {
                members.add(m);
            } else if (untrusted.add(m.getUuid())) {
                LOG.log(System.Logger.Level.WARNING, "member {0} at {1} has not shown the cluster's secret; it is "
                        + "given no runs", m.getUuid(), m.getAddress());
            }
        }
        inHand.keySet().retainAll(members);
        while (!pending.isEmpty()) {
            Member target = members.stream().filter(m -> inHand.getOrDefault(m, 0) < slots)
                    .min(Comparator.comparingInt((Member m) -> inHand.getOrDefault(m, 0))
                            .thenComparing(m -> m.getUuid().toString()))
                    .orElse(null);
            if (target == null) {
                return;
            }
            SweepRun run = pending.removeFirst();
            if (done.contains(run.index())) {
                continue;
            }
            inHand.merge(target, 1, Integer::sum);
            RunCall call = RunCall.signed(job.context().secret(), member.getCluster().getLocalMember().getUuid(),
                    job.sweepId(), job.task(), run);
            executor.submitToMember(call, target, new ExecutionCallback<SweepOutcome>() {
                @Override
                public void onResponse(SweepOutcome outcome) {
                    replies.add(new Reply(run, target, outcome, null));
                }

                @Override
                public void onFailure(Throwable t) {
                    replies.add(new Reply(run, target, null, t));
                }
            });
        }
    }

    /** @return whether the failure is the loss of the member (or its connection), not of the run */
    private static boolean lostMember(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof MemberLeftException || c instanceof HazelcastInstanceNotActiveException
                    || c instanceof RetryableException) {
                return true;
            }
        }
        return false;
    }

    /** @return how many runs were handed to another member because theirs left, over this backend's sweeps */
    public int reassigned() {
        return reassigned;
    }

    @Override
    public String describe() {
        return "hazelcast(" + member.getCluster().getMembers().size() + " members)";
    }
}
